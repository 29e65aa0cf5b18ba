import {
  ZCaseDetailSchema,
  ZClaimRequestSchema,
  ZConversationSchema,
  ZErrorSchema,
  ZInboxDetailSchema,
  ZInboxItemSchema,
  ZOpenCaseFromRequestSchema,
  ZSendMessageSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { inActorScope } from '../../platform/http/actor-tx.js';
import { getCase } from '../cases/get-case.js';
import { closeConversation, readConversation } from './conversation.js';
import { announceConversationChange } from './conversation-channel.js';
import { claimRequest, listInbox, loadRequestForActor, readRequest } from './inbox.js';
import { sendAsStaff } from './messaging.js';
import { openCaseFromRequest } from './open-case.js';

const errors = {
  400: ZErrorSchema,
  401: ZErrorSchema,
  403: ZErrorSchema,
  404: ZErrorSchema,
  409: ZErrorSchema,
};
const ZParams = z.object({ id: z.uuid({ message: 'Ungültige Anfrage-ID' }) });
const staff = { access: 'staff' } as const;

/** The team inbox: requests from the family app, claim/assign, open a case, answer in the messenger. */
export function inboxRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/inbox',
    {
      config: staff,
      schema: {
        tags: ['inbox'],
        querystring: z.object({
          teamId: z.uuid().optional(),
          includeDone: z.enum(['true', 'false']).default('false'),
        }),
        response: { 200: z.array(ZInboxItemSchema), ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        listInbox(scope, { teamId: request.query.teamId, includeDone: request.query.includeDone === 'true' }),
      ),
  );

  r.get(
    '/api/inbox/:id',
    {
      config: staff,
      schema: { tags: ['inbox'], params: ZParams, response: { 200: ZInboxDetailSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => readRequest(scope, ctx.keys, request.params.id)),
  );

  r.post(
    '/api/inbox/:id/claim',
    {
      config: staff,
      schema: {
        tags: ['inbox'],
        params: ZParams,
        body: ZClaimRequestSchema,
        response: { 200: ZInboxDetailSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, async (scope) => {
        await claimRequest(scope, request.params.id, request.body.assigneeId ?? null);
        return readRequest(scope, ctx.keys, request.params.id);
      }),
  );

  r.post(
    '/api/inbox/:id/open-case',
    {
      config: staff,
      schema: {
        tags: ['inbox'],
        params: ZParams,
        body: ZOpenCaseFromRequestSchema,
        response: { 201: ZCaseDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const detail = await inActorScope(ctx, request, async (scope) => {
        const caseId = await openCaseFromRequest(scope, ctx.keys, request.params.id, request.body);
        return getCase(scope, caseId);
      });
      return reply.status(201).send(detail);
    },
  );

  r.get(
    '/api/inbox/:id/conversation',
    {
      config: staff,
      schema: { tags: ['messages'], params: ZParams, response: { 200: ZConversationSchema, ...errors } },
    },
    async (request) => {
      let markedRead = false;
      const conversation = await inActorScope(ctx, request, async (scope) => {
        await loadRequestForActor(scope, request.params.id);
        await scope.audit({
          action: 'message.list',
          resourceType: 'conversation',
          resourceId: request.params.id,
        });
        return readConversation(scope.tx, ctx.keys, request.params.id, 'staff', () => {
          markedRead = true;
        });
      });
      // The family (and colleagues) see the read status at once.
      if (markedRead) await announceConversationChange(app.realtime.hub, request.params.id);
      return conversation;
    },
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
      await announceConversationChange(app.realtime.hub, request.params.id);
      return reply.status(201).send(conversation);
    },
  );

  r.post(
    '/api/inbox/:id/conversation/close',
    {
      config: staff,
      schema: { tags: ['messages'], params: ZParams, response: { 200: ZConversationSchema, ...errors } },
    },
    async (request) => {
      const conversation = await inActorScope(ctx, request, async (scope) => {
        await loadRequestForActor(scope, request.params.id);
        await closeConversation(scope.tx, request.params.id);
        await scope.audit({
          action: 'conversation.close',
          resourceType: 'conversation',
          resourceId: request.params.id,
        });
        return readConversation(scope.tx, ctx.keys, request.params.id, 'staff');
      });
      // The family's page shows at once that the conversation has ended.
      await announceConversationChange(app.realtime.hub, request.params.id);
      return conversation;
    },
  );
}
