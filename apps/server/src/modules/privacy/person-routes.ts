import {
  ZDataSubjectRequestListSchema,
  ZDataSubjectRequestSchema,
  ZDecideDataSubjectRequestSchema,
  ZErasureCheckSchema,
  ZPrivacyExportSchema,
  ZPrivacyPersonSearchResponseSchema,
  ZPrivacyPersonSearchSchema,
  ZRecordDataSubjectRequestSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { renderAccessiblePdf } from '../../platform/pdf/render.js';
import { inActorScope } from '../../platform/scope.js';
import { downloadHeaders } from '../../platform/uploads.js';
import { checkErasure, queueErasure } from './erase-person.js';
import { exportDocument } from './export-pdf.js';
import { exportPerson } from './export-person.js';
import { decideRequest, listRequests, recordRequest } from './requests.js';
import { searchPersons } from './search-persons.js';

const tags = ['privacy'];
const staff = { access: 'staff' } as const;
const errors = errorResponses(400, 401, 403, 404, 409);
const ZIdParams = z.object({ id: z.uuid({ message: 'Ungültige ID' }) });

/** Persons: search, the Art. 15 export (JSON, PDF), recorded requests and erasure (DSGVO Art. 15–21). */
export function personRightsRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/privacy/persons',
    {
      config: staff,
      schema: {
        tags,
        querystring: ZPrivacyPersonSearchSchema,
        response: { 200: ZPrivacyPersonSearchResponseSchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => searchPersons(scope, request.query.q)),
  );
  r.get(
    '/api/privacy/persons/:id/export',
    {
      config: staff,
      schema: {
        tags,
        description: 'Everything stored about the person (Art. 15 DSGVO), machine-readable.',
        params: ZIdParams,
        querystring: z.object({ download: z.enum(['1']).optional() }),
        response: { 200: ZPrivacyExportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const data = await inActorScope(ctx, request, (scope) =>
        exportPerson(scope, ctx.keys, request.params.id),
      );
      if (request.query.download) {
        reply.headers(downloadHeaders(`Auskunft-${data.person.name}.json`, 'application/json'));
      }
      return data;
    },
  );
  r.get(
    '/api/privacy/persons/:id/export.pdf',
    {
      config: staff,
      schema: {
        tags,
        description: 'The Art. 15 export as an accessible (tagged) PDF.',
        params: ZIdParams,
        response: { 200: z.any(), ...errors },
      },
    },
    async (request, reply) => {
      const data = await inActorScope(ctx, request, (scope) =>
        exportPerson(scope, ctx.keys, request.params.id),
      );
      const pdf = await renderAccessiblePdf(exportDocument(data));
      return reply.headers(downloadHeaders(`Auskunft-${data.person.name}.pdf`, 'application/pdf')).send(pdf);
    },
  );
  r.get(
    '/api/privacy/persons/:id/requests',
    {
      config: staff,
      schema: { tags, params: ZIdParams, response: { 200: ZDataSubjectRequestListSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => listRequests(scope, request.params.id)),
  );
  r.post(
    '/api/privacy/persons/:id/requests',
    {
      config: staff,
      schema: {
        tags,
        params: ZIdParams,
        body: ZRecordDataSubjectRequestSchema,
        response: { 200: ZDataSubjectRequestSchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => recordRequest(scope, request.params.id, request.body)),
  );
  r.post(
    '/api/privacy/requests/:id/decision',
    {
      config: staff,
      schema: {
        tags,
        params: ZIdParams,
        body: ZDecideDataSubjectRequestSchema,
        response: { 200: ZDataSubjectRequestSchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => decideRequest(scope, request.params.id, request.body)),
  );
  r.get(
    '/api/privacy/persons/:id/erasure',
    {
      config: staff,
      schema: {
        tags,
        description: 'Whether the person may be erased now (Art. 17 DSGVO), and the reasons that prevent it.',
        params: ZIdParams,
        response: { 200: ZErasureCheckSchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => checkErasure(scope, ctx.keys, request.params.id)),
  );
  r.post(
    '/api/privacy/persons/:id/erasure',
    {
      config: staff,
      schema: {
        tags,
        description:
          'Queues the erasure of the person with their cases and requests; 409 with the reasons if something prevents it.',
        params: ZIdParams,
        response: { 202: ZErasureCheckSchema, ...errors },
      },
    },
    async (request, reply) => {
      const check = await inActorScope(ctx, request, (scope) =>
        queueErasure(scope, ctx.keys, request.params.id),
      );
      return reply.code(202).send(check);
    },
  );
}
