import { ZAdminFlowResponseSchema, ZFlowDefinitionSchema, ZRoutingRulesSchema } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { inActorScope } from '../../platform/scope.js';
import { currentFlowForAdmin, publishFlow } from './flow.js';
import { listRoutingRules, replaceRoutingRules } from './routing-rules.js';

const errors = errorResponses(400, 401, 403);
const staff = { access: 'staff' } as const;

/** /admin: the office edits its intake flow (versioned) and routing rules. */
export function intakeAdminRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/admin/intake/flow',
    { config: staff, schema: { tags: ['admin'], response: { 200: ZAdminFlowResponseSchema, ...errors } } },
    (request) =>
      inActorScope(ctx, request, async (scope) => {
        requireOfficeAction(scope.actor, 'administer');
        return currentFlowForAdmin(scope.tx);
      }),
  );

  r.post(
    '/api/admin/intake/flow',
    {
      config: staff,
      schema: {
        tags: ['admin'],
        body: ZFlowDefinitionSchema,
        response: { 201: ZAdminFlowResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const flow = await inActorScope(ctx, request, async (scope) => {
        requireOfficeAction(scope.actor, 'administer');
        await publishFlow(scope.tx, scope.actor.tenantId, scope.actor.userId, request.body);
        const published = await currentFlowForAdmin(scope.tx);
        await scope.audit({
          action: 'settings.update',
          resourceType: 'settings',
          resourceId: `intake-flow:v${published.version}`,
        });
        return published;
      });
      return reply.status(201).send(flow);
    },
  );

  r.get(
    '/api/admin/routing-rules',
    { config: staff, schema: { tags: ['admin'], response: { 200: ZRoutingRulesSchema, ...errors } } },
    (request) => inActorScope(ctx, request, (scope) => listRoutingRules(scope)),
  );

  r.put(
    '/api/admin/routing-rules',
    {
      config: staff,
      schema: {
        tags: ['admin'],
        body: ZRoutingRulesSchema,
        response: { 200: ZRoutingRulesSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, async (scope) => {
        const rules = await replaceRoutingRules(scope, request.body);
        await scope.audit({
          action: 'settings.update',
          resourceType: 'settings',
          resourceId: 'routing-rules',
          details: { rules: rules.length },
        });
        return rules;
      }),
  );
}
