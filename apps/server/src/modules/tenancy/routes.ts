import { ZRole, ZSocialAreaSchema, ZTeamSchema, ZUserRefSchema } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/connection.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/access.js';
import { listSocialAreas, listStaff, listTeams } from './directory.js';

/** Office directory for staff: teams, colleagues, social areas (no personal data of families). */
export function tenancyRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/teams',
    { config: { access: 'staff' }, schema: { tags: ['office'], response: { 200: z.array(ZTeamSchema) } } },
    async (request) => {
      const actor = actorOf(request);
      return withTenant(ctx.db, actor.tenantId, (tx) => listTeams(tx));
    },
  );
  r.get(
    '/api/users',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['office'],
        response: { 200: z.array(ZUserRefSchema.extend({ roles: z.array(ZRole) })) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return withTenant(ctx.db, actor.tenantId, (tx) => listStaff(tx));
    },
  );
  r.get(
    '/api/social-areas',
    {
      config: { access: 'staff' },
      schema: { tags: ['office'], response: { 200: z.array(ZSocialAreaSchema) } },
    },
    async (request) => {
      const actor = actorOf(request);
      return withTenant(ctx.db, actor.tenantId, (tx) => listSocialAreas(tx));
    },
  );
}
