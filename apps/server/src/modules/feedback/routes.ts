import {
  ZCaseFeedbackSchema,
  ZFamilyFeedbackSchema,
  ZFeedbackAnswerInputSchema,
  ZFeedbackSettingsSchema,
  ZFeedbackSubmittedSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope, inFamilyScope } from '../../platform/scope.js';
import { caseFeedback, caseFeedbackUnaudited } from './case-feedback.js';
import { checkCommentSafety, familyFeedback, submitFeedback } from './check-in.js';
import { setFeedbackInterval } from './settings.js';

const errors = errorResponses();
const ZCaseParams = z.object({ id: z.uuid({ message: 'Ungültige Fall-ID' }) });

/** Feedback check-ins: the family answers in its app; staff see the trend and set the interval. */
export function feedbackRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;
  const family = { access: 'family' } as const;
  const tags = ['feedback'];

  r.get(
    '/api/family/feedback',
    { config: family, schema: { tags, response: { 200: ZFamilyFeedbackSchema, ...errors } } },
    (request) => inFamilyScope(ctx, request, (scope) => familyFeedback(scope)),
  );
  r.post(
    '/api/family/feedback',
    {
      config: family,
      schema: {
        tags,
        body: ZFeedbackAnswerInputSchema,
        response: { 201: ZFeedbackSubmittedSchema, ...errors },
      },
    },
    async (request, reply) => {
      const safety = await checkCommentSafety(request.body);
      const feedback = await inFamilyScope(ctx, request, (scope) =>
        submitFeedback(scope, request.body, safety),
      );
      return reply.status(201).send(feedback);
    },
  );
  r.get(
    '/api/cases/:id/feedback',
    {
      config: staff,
      schema: { tags, params: ZCaseParams, response: { 200: ZCaseFeedbackSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => caseFeedback(scope, request.params.id)),
  );
  r.put(
    '/api/cases/:id/feedback/settings',
    {
      config: staff,
      schema: {
        tags,
        params: ZCaseParams,
        body: ZFeedbackSettingsSchema,
        response: { 200: ZCaseFeedbackSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, async (scope) => {
        await setFeedbackInterval(scope, request.params.id, request.body.intervalWeeks);
        return caseFeedbackUnaudited(scope, request.params.id);
      }),
  );
}
