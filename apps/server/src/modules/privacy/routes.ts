import {
  ZDataSubjectRequestListSchema,
  ZDataSubjectRequestSchema,
  ZDecideDataSubjectRequestSchema,
  ZErasureCheckSchema,
  ZPlaceHoldSchema,
  ZPrivacyExportSchema,
  ZPrivacyPersonSearchResponseSchema,
  ZPrivacyPersonSearchSchema,
  ZRecordDataSubjectRequestSchema,
  ZRetentionHoldListSchema,
  ZRetentionHoldSchema,
  ZRetentionRunListSchema,
  ZRetentionRunSchema,
  ZRetentionSettingsSchema,
  ZStartErasureRunSchema,
  ZUpdateRetentionSettingsSchema,
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
import { liftHold, listHolds, placeHold } from './retention-holds.js';
import { readRuns, startDryRun, startErasureRun } from './retention-runs.js';
import { readRetentionSettings, updateRetentionSettings } from './retention-settings.js';
import { searchPersons } from './search-persons.js';

const tags = ['privacy'];
const staff = { access: 'staff' } as const;
const errors = errorResponses(400, 401, 403, 404, 409);
const ZIdParams = z.object({ id: z.uuid({ message: 'Ungültige ID' }) });

/** The data protection officer's work on data-subject rights (DSGVO Art. 15–21). */
export function privacyRoutes(app: FastifyInstance, ctx: AppContext) {
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
  r.get(
    '/api/privacy/retention/settings',
    { config: staff, schema: { tags, response: { 200: ZRetentionSettingsSchema, ...errors } } },
    (request) => inActorScope(ctx, request, (scope) => readRetentionSettings(scope)),
  );
  r.put(
    '/api/privacy/retention/settings',
    {
      config: staff,
      schema: {
        tags,
        body: ZUpdateRetentionSettingsSchema,
        response: { 200: ZRetentionSettingsSchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => updateRetentionSettings(scope, request.body)),
  );
  r.get(
    '/api/privacy/retention/runs',
    { config: staff, schema: { tags, response: { 200: ZRetentionRunListSchema, ...errors } } },
    (request) => inActorScope(ctx, request, (scope) => readRuns(scope)),
  );
  r.post(
    '/api/privacy/retention/dry-runs',
    {
      config: staff,
      schema: {
        tags,
        description: 'What is due for erasure now; nothing is deleted.',
        response: { 200: ZRetentionRunSchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => startDryRun(scope)),
  );
  r.post(
    '/api/privacy/retention/runs',
    {
      config: staff,
      schema: {
        tags,
        description: 'Queues the erasure of what a dry run (at most 7 days old) listed and is still due.',
        body: ZStartErasureRunSchema,
        response: { 202: z.object({ queued: z.literal(true) }), ...errors },
      },
    },
    async (request, reply) => {
      const result = await inActorScope(ctx, request, (scope) =>
        startErasureRun(scope, ctx.keys, request.body.dryRunId),
      );
      return reply.code(202).send(result);
    },
  );
  r.get(
    '/api/privacy/retention/holds',
    { config: staff, schema: { tags, response: { 200: ZRetentionHoldListSchema, ...errors } } },
    (request) => inActorScope(ctx, request, (scope) => listHolds(scope)),
  );
  r.post(
    '/api/privacy/retention/holds',
    {
      config: staff,
      schema: { tags, body: ZPlaceHoldSchema, response: { 200: ZRetentionHoldSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => placeHold(scope, request.body)),
  );
  r.post(
    '/api/privacy/retention/holds/:id/lift',
    {
      config: staff,
      schema: { tags, params: ZIdParams, response: { 200: ZRetentionHoldListSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => liftHold(scope, request.params.id)),
  );
}
