import {
  ZPublicationImportResultSchema,
  ZPublicationListQuery,
  ZPublicationSchema,
  ZPublicationSummarySchema,
  ZPublishRequestSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { importPublication } from './import-publication.js';
import { listPublications, readPublication } from './publications.js';
import { publishTemplate } from './publish-template.js';
import { withdrawPublication } from './withdraw-publication.js';

const ZPublicationParams = z.object({ id: z.uuid({ message: 'Ungültige ID der Veröffentlichung' }) });

/** The shared space of the offices on this installation: list, look at, publish, withdraw, take a copy. */
export function publicationRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'staff' } as const;
  const tags = ['cooperation'];
  r.get(
    '/api/cooperation/publications',
    {
      config,
      schema: {
        tags,
        summary: "Every office's live publications (or the own office's, withdrawn ones too)",
        querystring: ZPublicationListQuery,
        response: { 200: z.array(ZPublicationSummarySchema), ...errorResponses(400, 401, 403) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => listPublications(scope, request.query)),
  );
  r.post(
    '/api/cooperation/publications',
    {
      config,
      schema: {
        tags,
        summary:
          'Publish an own article or template, or an imported § 8a catalogue (checked for personal data)',
        body: ZPublishRequestSchema,
        response: { 201: ZPublicationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const publication = await inActorScope(ctx, request, (scope) => publishTemplate(scope, request.body));
      return reply.code(201).send(publication);
    },
  );
  r.get(
    '/api/cooperation/publications/:id',
    {
      config,
      schema: {
        tags,
        params: ZPublicationParams,
        response: { 200: ZPublicationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => readPublication(scope, request.params.id)),
  );
  r.post(
    '/api/cooperation/publications/:id/withdraw',
    {
      config,
      schema: {
        tags,
        summary: 'Withdraw an own publication',
        params: ZPublicationParams,
        response: { 200: ZPublicationSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => withdrawPublication(scope, request.params.id)),
  );
  r.post(
    '/api/cooperation/publications/:id/import',
    {
      config,
      schema: {
        tags,
        summary: "Take a copy of another office's publication into the own office (once)",
        params: ZPublicationParams,
        response: { 201: ZPublicationImportResultSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await inActorScope(ctx, request, (scope) => importPublication(scope, request.params.id));
      return reply.code(201).send(result);
    },
  );
}
