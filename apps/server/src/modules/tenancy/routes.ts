import {
  ZAdminTeamSchema,
  ZHelpLineEditSchema,
  ZHelpLineSchema,
  ZSocialAreaSchema,
  ZStaffMemberSchema,
  ZTeamContactEditSchema,
  ZTeamSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { inActorScope } from '../../platform/scope.js';
import { listSocialAreas, listTeams } from './directory.js';
import { listHelpLines, updateHelpLines } from './help-lines.js';
import { listVisibleStaff } from './list-staff.js';
import { listTeamContactsForAdmin, updateTeamContact } from './team-contacts.js';

/** Office directory for staff: teams, colleagues, social areas (no personal data of families). */
export function tenancyRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/teams',
    { config: { access: 'staff' }, schema: { tags: ['office'], response: { 200: z.array(ZTeamSchema) } } },
    (request) => inActorScope(ctx, request, ({ tx, actor }) => listTeams(tx, actor)),
  );
  r.get(
    '/api/users',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['office'],
        response: { 200: z.array(ZStaffMemberSchema) },
      },
    },
    // Only whom the caller's work needs (policy.ts `canOnStaffMember`), never the whole office.
    (request) => inActorScope(ctx, request, (scope) => listVisibleStaff(scope)),
  );
  r.get(
    '/api/social-areas',
    {
      config: { access: 'staff' },
      schema: { tags: ['office'], response: { 200: z.array(ZSocialAreaSchema) } },
    },
    (request) => inActorScope(ctx, request, ({ tx }) => listSocialAreas(tx)),
  );

  const adminErrors = errorResponses(400, 401, 403, 404);
  r.get(
    '/api/admin/teams',
    {
      config: { access: 'staff' },
      schema: { tags: ['admin'], response: { 200: z.array(ZAdminTeamSchema), ...adminErrors } },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => {
        requireOfficeAction(scope.actor, 'administer');
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
        requireOfficeAction(scope.actor, 'administer');
        await scope.audit({
          action: 'settings.update',
          resourceType: 'settings',
          resourceId: `team-contact:${request.params.id}`,
        });
        return updateTeamContact(scope.tx, request.params.id, request.body);
      }),
  );

  r.get(
    '/api/admin/help-lines',
    {
      config: { access: 'staff' },
      schema: { tags: ['admin'], response: { 200: z.array(ZHelpLineSchema), ...adminErrors } },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => {
        requireOfficeAction(scope.actor, 'administer');
        return listHelpLines(scope.tx);
      }),
  );
  r.put(
    '/api/admin/help-lines',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['admin'],
        body: ZHelpLineEditSchema,
        response: { 200: z.array(ZHelpLineSchema), ...adminErrors },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => {
        requireOfficeAction(scope.actor, 'administer');
        return updateHelpLines(scope, request.body);
      }),
  );
}
