import { limits, ZConversationSchema } from '@lotse/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { HttpError } from '../../platform/errors.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope, inFamilyScope } from '../../platform/scope.js';
import { downloadHeaders, readUpload } from '../../platform/uploads.js';
import {
  downloadAttachmentAsFamily,
  downloadAttachmentAsStaff,
  type Outgoing,
  sendAsFamily,
  sendAsStaff,
} from './messaging.js';

const errors = errorResponses(400, 401, 404, 409, 413, 415, 429);
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
      const file = await inActorScope(ctx, request, (scope) =>
        downloadAttachmentAsStaff(ctx, scope, request.params.id, request.params.attachmentId),
      );
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
      const outgoing = await readOutgoing(request);
      const conversation = await inFamilyScope(ctx, request, (scope) => sendAsFamily(ctx, scope, outgoing));
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
      const file = await inFamilyScope(ctx, request, (scope) =>
        downloadAttachmentAsFamily(ctx, scope, request.params.attachmentId),
      );
      return reply.headers(downloadHeaders(file.filename, file.mediaType)).send(file.data as never);
    },
  );
}
