import { limits, ZDocumentSchema, type ZErrorSchema } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { inActorScope } from '../../platform/scope.js';
import { downloadHeaders, readUpload } from '../../platform/uploads.js';
import { listDocuments, readDocument, uploadDocument } from './documents.js';

/** Documents of a case: multipart upload (content-checked, encrypted), list, download as attachment. */
export function documentRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  ZCaseParams: z.ZodObject<{ id: z.ZodUUID }>,
  errors: Record<number, typeof ZErrorSchema>,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;

  r.get(
    '/api/cases/:id/documents',
    {
      config: staff,
      schema: {
        tags: ['documents'],
        params: ZCaseParams,
        response: { 200: z.array(ZDocumentSchema), ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => listDocuments(scope, request.params.id)),
  );

  r.post(
    '/api/cases/:id/documents',
    {
      config: staff,
      bodyLimit: limits.uploadBytes + 64 * 1024,
      schema: {
        tags: ['documents'],
        params: ZCaseParams,
        consumes: ['multipart/form-data'],
        response: { 201: ZDocumentSchema, ...errors, 413: errors[400]!, 415: errors[400]! },
      },
    },
    async (request, reply) => {
      const file = await readUpload(request, limits.uploadBytes);
      const doc = await inActorScope(ctx, request, (scope) =>
        uploadDocument(scope, ctx, request.params.id, file),
      );
      return reply.status(201).send(doc);
    },
  );

  r.get(
    '/api/cases/:id/documents/:documentId/content',
    {
      config: staff,
      schema: {
        tags: ['documents'],
        params: ZCaseParams.extend({ documentId: z.uuid({ message: 'Ungültige Dokument-ID' }) }),
        response: { ...errors }, // 200: the file itself
      },
    },
    async (request, reply) => {
      const doc = await inActorScope(ctx, request, (scope) =>
        readDocument(scope, ctx, request.params.id, request.params.documentId),
      );
      return reply.headers(downloadHeaders(doc.filename, doc.mediaType)).send(doc.data as never);
    },
  );
}
