import {
  ZAnswerInputSchema,
  ZArticleSchema,
  ZQuestionInputSchema,
  ZQuestionListQuery,
  ZQuestionSchema,
  ZQuestionSummarySchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import {
  acceptAnswer,
  answerQuestion,
  askQuestion,
  listQuestions,
  questionToArticle,
  readQuestion,
} from './questions.js';

const ZQuestionParams = z.object({ id: z.uuid({ message: 'Ungültige Fragen-ID' }) });
const ZAnswerParams = ZQuestionParams.extend({ answerId: z.uuid({ message: 'Ungültige Antwort-ID' }) });

/** Staff Q&A: ask the office, answer, mark the answer that helped, turn it into an article. */
export function questionRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'staff' } as const;
  const tags = ['knowledge'];
  r.get(
    '/api/knowledge/questions',
    {
      config,
      schema: {
        tags,
        querystring: ZQuestionListQuery,
        response: { 200: z.array(ZQuestionSummarySchema), ...errorResponses(400, 401, 403) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => listQuestions(scope, request.query.open)),
  );
  r.post(
    '/api/knowledge/questions',
    {
      config,
      schema: {
        tags,
        body: ZQuestionInputSchema,
        response: { 201: ZQuestionSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await inActorScope(ctx, request, (scope) => askQuestion(scope, request.body))),
  );
  r.get(
    '/api/knowledge/questions/:id',
    {
      config,
      schema: {
        tags,
        params: ZQuestionParams,
        response: { 200: ZQuestionSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => readQuestion(scope, request.params.id)),
  );
  r.post(
    '/api/knowledge/questions/:id/answers',
    {
      config,
      schema: {
        tags,
        params: ZQuestionParams,
        body: ZAnswerInputSchema,
        response: { 201: ZQuestionSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await inActorScope(ctx, request, (scope) =>
            answerQuestion(scope, request.params.id, request.body.body),
          ),
        ),
  );
  r.post(
    '/api/knowledge/questions/:id/answers/:answerId/accept',
    {
      config,
      schema: {
        tags,
        params: ZAnswerParams,
        response: { 200: ZQuestionSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => acceptAnswer(scope, request.params.id, request.params.answerId)),
  );
  r.post(
    '/api/knowledge/questions/:id/article',
    {
      config,
      schema: {
        tags,
        summary: 'Make an article of the question and its accepted answer',
        params: ZQuestionParams,
        response: { 201: ZArticleSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await inActorScope(ctx, request, (scope) => questionToArticle(scope, request.params.id))),
  );
}
