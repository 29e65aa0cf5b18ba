import { ZCaseProcessSchema, ZTeamOverviewSchema } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { caseProcess } from './case-process.js';
import { teamOverview } from './team-overview.js';

/** Where cases stand: the process map of one case; the team lead's page of deadlines and open work. */
export function workflowRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['workflow'];
  r.get(
    '/api/cases/:id/process',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'Process map of a case: steps, current step, what is overdue, who acts next (derived)',
        params: z.object({ id: z.uuid({ message: 'Ungültige Fall-ID' }) }),
        response: { 200: ZCaseProcessSchema, ...errorResponses(400, 401, 404) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => caseProcess(scope, request.params.id)),
  );
  r.get(
    '/api/team-overview',
    {
      config: { access: 'staff' },
      schema: {
        tags,
        summary: 'For team leads: overdue reviews, § 8a deadlines and unassigned work of their teams',
        response: { 200: z.array(ZTeamOverviewSchema), ...errorResponses(401, 403) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => teamOverview(scope)),
  );
}
