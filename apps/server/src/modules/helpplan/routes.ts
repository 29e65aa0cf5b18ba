import {
  ZHelpPlanContentSchema,
  ZHelpPlanDiffSchema,
  ZHelpPlanResponseSchema,
  ZHelpPlanSchema,
  ZHelpPlanSummarySchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { downloadHeaders } from '../../platform/uploads.js';
import { diffHelpPlanVersions } from './diff.js';
import { listFamilyResponses } from './family-responses.js';
import {
  createHelpPlan,
  finalizeDraft,
  getHelpPlan,
  listHelpPlans,
  startReview,
  updateDraft,
} from './plans.js';
import { helpPlanProtocol } from './protocol.js';

const errors = errorResponses(400, 401, 403, 404, 409);
const ZCaseParams = z.object({ id: z.uuid({ message: 'Ungültige Fall-ID' }) });
const ZPlanParams = z.object({ id: z.uuid({ message: 'Ungültige Hilfeplan-ID' }) });

/** Help plans (§ 36 SGB VIII): list per case, open, start, edit the draft, finalise, review. */
export function helpPlanRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;
  const tags = ['help plans'];

  r.get(
    '/api/cases/:id/help-plans',
    {
      config: staff,
      schema: { tags, params: ZCaseParams, response: { 200: z.array(ZHelpPlanSummarySchema), ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => listHelpPlans(scope, request.params.id)),
  );
  r.post(
    '/api/cases/:id/help-plans',
    {
      config: staff,
      schema: {
        tags,
        params: ZCaseParams,
        body: ZHelpPlanContentSchema,
        response: { 201: ZHelpPlanSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inActorScope(ctx, request, (scope) => createHelpPlan(scope, request.params.id, request.body)),
        ),
  );
  r.get(
    '/api/help-plans/:id',
    { config: staff, schema: { tags, params: ZPlanParams, response: { 200: ZHelpPlanSchema, ...errors } } },
    (request) => inActorScope(ctx, request, (scope) => getHelpPlan(scope, request.params.id)),
  );
  r.put(
    '/api/help-plans/:id/draft',
    {
      config: staff,
      schema: {
        tags,
        params: ZPlanParams,
        body: ZHelpPlanContentSchema,
        response: { 200: ZHelpPlanSchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => updateDraft(scope, request.params.id, request.body)),
  );
  r.post(
    '/api/help-plans/:id/finalize',
    { config: staff, schema: { tags, params: ZPlanParams, response: { 200: ZHelpPlanSchema, ...errors } } },
    (request) => inActorScope(ctx, request, (scope) => finalizeDraft(scope, request.params.id, ctx.keys)),
  );
  r.get(
    '/api/help-plans/:id/protocol.pdf',
    {
      config: staff,
      schema: {
        tags,
        description:
          'The meeting protocol as an accessible (tagged) PDF, from the newest version or `?version=`.',
        params: ZPlanParams,
        querystring: z.object({ version: z.coerce.number().int().min(1).max(10_000).optional() }),
        response: { 200: z.any(), ...errors },
      },
    },
    async (request, reply) => {
      const { filename, pdf } = await inActorScope(ctx, request, (scope) =>
        helpPlanProtocol(scope, request.params.id, request.query.version),
      );
      return reply.headers(downloadHeaders(filename, 'application/pdf')).send(pdf);
    },
  );
  r.get(
    '/api/help-plans/:id/family-responses',
    {
      config: staff,
      schema: {
        tags,
        description: 'What the persons of the case said to the agreed plan in the family app, newest first.',
        params: ZPlanParams,
        response: { 200: z.array(ZHelpPlanResponseSchema), ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => listFamilyResponses(scope, request.params.id)),
  );
  r.get(
    '/api/help-plans/:id/diff',
    {
      config: staff,
      schema: {
        tags,
        description: 'What changed from version `from` to version `to` (German labels, values as text).',
        params: ZPlanParams,
        querystring: z.object({
          from: z.coerce.number().int().min(1, 'Ungültige Fassung').max(10_000, 'Ungültige Fassung'),
          to: z.coerce.number().int().min(1, 'Ungültige Fassung').max(10_000, 'Ungültige Fassung'),
        }),
        response: { 200: ZHelpPlanDiffSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        diffHelpPlanVersions(scope, request.params.id, request.query.from, request.query.to),
      ),
  );
  r.post(
    '/api/help-plans/:id/reviews',
    { config: staff, schema: { tags, params: ZPlanParams, response: { 201: ZHelpPlanSchema, ...errors } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inActorScope(ctx, request, (scope) => startReview(scope, request.params.id))),
  );
}
