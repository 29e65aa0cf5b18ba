import { ZConversationSchema, ZSendMessageSchema } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope, inFamilyScope } from '../../platform/scope.js';
import {
  closeConversationAsStaff,
  readConversationAsFamily,
  readConversationAsStaff,
  sendAsFamily,
  sendAsStaff,
} from './messaging.js';

const ZParams = z.object({ id: z.uuid({ message: 'Ungültige Anfrage-ID' }) });
const staff = { access: 'staff' } as const;

/** The messenger between a family and the office: staff answer a request, the family its own one. */
export function conversationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const errors = errorResponses();

  r.get(
    '/api/inbox/:id/conversation',
    {
      config: staff,
      schema: { tags: ['messages'], params: ZParams, response: { 200: ZConversationSchema, ...errors } },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => readConversationAsStaff(ctx, scope, request.params.id)),
  );

  r.post(
    '/api/inbox/:id/conversation/messages',
    {
      config: staff,
      schema: {
        tags: ['messages'],
        params: ZParams,
        body: ZSendMessageSchema,
        response: { 201: ZConversationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const conversation = await inActorScope(ctx, request, (scope) =>
        sendAsStaff(ctx, scope, request.params.id, { body: request.body.body }),
      );
      return reply.status(201).send(conversation);
    },
  );

  r.post(
    '/api/inbox/:id/conversation/close',
    {
      config: staff,
      schema: { tags: ['messages'], params: ZParams, response: { 200: ZConversationSchema, ...errors } },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => closeConversationAsStaff(ctx, scope, request.params.id)),
  );

  const familyErrors = errorResponses(400, 401, 429);
  r.get(
    '/api/family/conversation',
    {
      config: { access: 'family' },
      schema: { tags: ['family'], response: { 200: ZConversationSchema, ...familyErrors } },
    },
    (request) => inFamilyScope(ctx, request, (scope) => readConversationAsFamily(ctx, scope)),
  );

  r.post(
    '/api/family/conversation/messages',
    {
      config: { access: 'family', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['family'],
        body: ZSendMessageSchema,
        response: { 201: ZConversationSchema, ...familyErrors, ...errorResponses(409) },
      },
    },
    async (request, reply) => {
      const conversation = await inFamilyScope(ctx, request, (scope) =>
        sendAsFamily(ctx, scope, { body: request.body.body }),
      );
      return reply.status(201).send(conversation);
    },
  );
}
