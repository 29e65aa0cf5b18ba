import { ZHintDismissInputSchema, ZHintRuleParam, ZHintSchema } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { dismissHint, restoreHint } from './dismissals.js';
import { listHints } from './list-hints.js';

const ZCaseParams = z.object({ id: z.uuid({ message: 'Ungültige Fall-ID' }) });
const ZRuleParams = ZCaseParams.extend({ rule: ZHintRuleParam });
const ZHints = z.array(ZHintSchema);

/** Blind-spot hints on a case: each names its rule and the paragraph of law; the caseworker decides. */
export function hintRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;
  const tags = ['hints'];
  r.get(
    '/api/cases/:id/hints',
    {
      config: staff,
      schema: { tags, params: ZCaseParams, response: { 200: ZHints, ...errorResponses(400, 401, 404) } },
    },
    (request) => inActorScope(ctx, request, (scope) => listHints(scope, request.params.id)),
  );
  r.post(
    '/api/cases/:id/hints/:rule/dismissal',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Set a hint aside for this case, with a reason (audited); answers with the case’s hints',
        params: ZRuleParams,
        body: ZHintDismissInputSchema,
        response: { 200: ZHints, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        dismissHint(scope, request.params.id, request.params.rule, request.body.reason),
      ),
  );
  r.delete(
    '/api/cases/:id/hints/:rule/dismissal',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Take a dismissal back: the hint counts again (the record stays)',
        params: ZRuleParams,
        response: { 200: ZHints, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => restoreHint(scope, request.params.id, request.params.rule)),
  );
}
