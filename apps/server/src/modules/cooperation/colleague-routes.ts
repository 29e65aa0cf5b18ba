import {
  ZColleagueCaseLinkInputSchema,
  ZColleagueConversationSchema,
  ZColleagueConversationSummarySchema,
  ZColleagueSchema,
  ZColleagueSearchQuery,
  ZSendColleagueMessageSchema,
  ZStartColleagueConversationSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { searchColleagues } from './colleague-directory.js';
import { listColleagueConversations, readColleagueConversation } from './colleague-read.js';
import { linkColleagueCase, sendColleagueMessage } from './colleague-send.js';
import { startColleagueConversation } from './colleague-start.js';

const ZParams = z.object({ id: z.uuid({ message: 'Ungültige Unterhaltungs-ID' }) });

/** Staff of different offices write to each other: directory, conversations, messages, case links. */
export function colleagueRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'staff' } as const;
  const tags = ['colleagues'];
  const errors = errorResponses(400, 401, 403, 404);

  r.get(
    '/api/colleagues/directory',
    {
      config,
      schema: {
        tags,
        summary: 'Colleagues of other offices by name, office or team',
        querystring: ZColleagueSearchQuery,
        response: { 200: z.array(ZColleagueSchema), ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => searchColleagues(scope, request.query.q)),
  );

  r.get(
    '/api/colleagues/conversations',
    {
      config,
      schema: { tags, response: { 200: z.array(ZColleagueConversationSummarySchema), ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => listColleagueConversations(ctx, scope)),
  );

  r.post(
    '/api/colleagues/conversations',
    {
      config,
      schema: {
        tags,
        body: ZStartColleagueConversationSchema,
        response: { 201: ZColleagueConversationSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await inActorScope(ctx, request, (scope) => startColleagueConversation(ctx, scope, request.body)),
        ),
  );

  r.get(
    '/api/colleagues/conversations/:id',
    {
      config,
      schema: { tags, params: ZParams, response: { 200: ZColleagueConversationSchema, ...errors } },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => readColleagueConversation(ctx, scope, request.params.id)),
  );

  r.post(
    '/api/colleagues/conversations/:id/messages',
    {
      config,
      schema: {
        tags,
        params: ZParams,
        body: ZSendColleagueMessageSchema,
        response: { 201: ZColleagueConversationSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await inActorScope(ctx, request, (scope) =>
            sendColleagueMessage(ctx, scope, request.params.id, request.body.body),
          ),
        ),
  );

  r.post(
    '/api/colleagues/conversations/:id/case-link',
    {
      config,
      schema: {
        tags,
        summary: 'Link a case of the own office with its legal ground or consent',
        params: ZParams,
        body: ZColleagueCaseLinkInputSchema,
        response: { 201: ZColleagueConversationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await inActorScope(ctx, request, (scope) =>
            linkColleagueCase(ctx, scope, request.params.id, request.body),
          ),
        ),
  );
}
