import {
  ZAdminTeamSchema,
  ZErrorSchema,
  ZRole,
  ZSocialAreaSchema,
  ZTeamContactEditSchema,
  ZTeamSchema,
  ZUserRefSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/connection.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/access.js';
import { inActorScope } from '../../platform/http/actor-tx.js';
import { requireAdmin } from '../intake/admin.js';
import { listSocialAreas, listStaff, listTeams } from './directory.js';
import { listTeamContactsForAdmin, updateTeamContact } from './team-contacts.js';

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

  const adminErrors = { 400: ZErrorSchema, 401: ZErrorSchema, 403: ZErrorSchema, 404: ZErrorSchema };
  r.get(
    '/api/admin/teams',
    {
      config: { access: 'staff' },
      schema: { tags: ['admin'], response: { 200: z.array(ZAdminTeamSchema), ...adminErrors } },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => {
        requireAdmin(scope);
        return listTeamContactsForAdmin(scope.tx);
      }),
  );
  r.put(
    '/api/admin/teams/:id/contact',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['admin'],
        params: z.object({ id: z.uuid({ message: 'Ungültige Team-ID' }) }),
        body: ZTeamContactEditSchema,
        response: { 200: ZAdminTeamSchema, ...adminErrors },
      },
    },
    (request) =>
      inActorScope(ctx, request, async (scope) => {
        requireAdmin(scope);
        await scope.audit({
          action: 'settings.update',
          resourceType: 'settings',
          resourceId: `team-contact:${request.params.id}`,
        });
        return updateTeamContact(scope.tx, request.params.id, request.body);
      }),
  );
}
