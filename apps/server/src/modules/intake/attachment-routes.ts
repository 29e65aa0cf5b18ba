import { limits, ZConversationSchema, ZErrorSchema } from '@lotse/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/connection.js';
import type { AppContext } from '../../platform/context.js';
import { HttpError, unauthenticated } from '../../platform/errors.js';
import { inActorScope } from '../../platform/http/actor-tx.js';
import { downloadHeaders, readUpload } from '../../platform/uploads.js';
import { readAttachment } from './conversation.js';
import { announceConversationChange } from './conversation-channel.js';
import { loadRequestForActor } from './inbox.js';
import { type Outgoing, recordFamilyAction, sendAsFamily, sendAsStaff } from './messaging.js';

const errors = {
  400: ZErrorSchema,
  401: ZErrorSchema,
  404: ZErrorSchema,
  409: ZErrorSchema,
  413: ZErrorSchema,
  415: ZErrorSchema,
  429: ZErrorSchema,
};
const ZAttachmentId = z.uuid({ message: 'Ungültige Datei-ID' });
const uploadRoute = {
  bodyLimit: limits.messageAttachmentBytes + 64 * 1024,
  consumes: ['multipart/form-data'],
};

/** A file plus an optional text (multipart field `body`) as one outgoing message. */
async function readOutgoing(request: FastifyRequest): Promise<Outgoing> {
  const file = await readUpload(request, limits.messageAttachmentBytes);
  const body = (file.fields.body ?? '').trim();
  if (body.length > limits.messageText) {
    throw new HttpError(400, 'bad_request', `Die Nachricht hat höchstens ${limits.messageText} Zeichen.`);
  }
  return { body, attachment: file };
}

/** Files in the messenger: sent by either side (type-checked, encrypted), downloaded as attachments. */
export function attachmentRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/inbox/:id/conversation/attachments',
    {
      config: { access: 'staff' },
      bodyLimit: uploadRoute.bodyLimit,
      schema: {
        tags: ['messages'],
        consumes: uploadRoute.consumes,
        params: z.object({ id: z.uuid({ message: 'Ungültige Anfrage-ID' }) }),
        response: { 201: ZConversationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const outgoing = await readOutgoing(request);
      const conversation = await inActorScope(ctx, request, (scope) =>
        sendAsStaff(ctx, scope, request.params.id, outgoing),
      );
      await announceConversationChange(app.realtime.hub, request.params.id);
      return reply.status(201).send(conversation);
    },
  );

  r.get(
    '/api/inbox/:id/conversation/attachments/:attachmentId',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['messages'],
        params: z.object({ id: z.uuid({ message: 'Ungültige Anfrage-ID' }), attachmentId: ZAttachmentId }),
        response: { ...errors }, // 200: the file itself
      },
    },
    async (request, reply) => {
      const file = await inActorScope(ctx, request, async (scope) => {
        const row = await loadRequestForActor(scope, request.params.id);
        const found = await readAttachment(scope.tx, ctx, row.id, request.params.attachmentId);
        await scope.audit({
          action: 'message.attachment',
          resourceType: 'message',
          resourceId: request.params.attachmentId,
          caseId: row.case_id,
        });
        return found;
      });
      return reply.headers(downloadHeaders(file.filename, file.mediaType)).send(file.data as never);
    },
  );

  r.post(
    '/api/family/conversation/attachments',
    {
      config: { access: 'family', rateLimit: { max: 10, timeWindow: '1 minute' } },
      bodyLimit: uploadRoute.bodyLimit,
      schema: {
        tags: ['family'],
        consumes: uploadRoute.consumes,
        response: { 201: ZConversationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const family = request.family;
      if (!family) throw unauthenticated();
      const outgoing = await readOutgoing(request);
      const conversation = await withTenant(ctx.db, family.tenantId, (tx) =>
        sendAsFamily(ctx, tx, family, request.ip, outgoing),
      );
      await announceConversationChange(app.realtime.hub, family.intakeRequestId);
      return reply.status(201).send(conversation);
    },
  );

  r.get(
    '/api/family/conversation/attachments/:attachmentId',
    {
      config: { access: 'family' },
      schema: {
        tags: ['family'],
        params: z.object({ attachmentId: ZAttachmentId }),
        response: { ...errors }, // 200: the file itself
      },
    },
    async (request, reply) => {
      const family = request.family;
      if (!family) throw unauthenticated();
      const file = await withTenant(ctx.db, family.tenantId, async (tx) => {
        const found = await readAttachment(tx, ctx, family.intakeRequestId, request.params.attachmentId);
        await recordFamilyAction(tx, family, 'message.attachment', request.ip);
        return found;
      });
      return reply.headers(downloadHeaders(file.filename, file.mediaType)).send(file.data as never);
    },
  );
}
