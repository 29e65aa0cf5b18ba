import {
  ZAssessmentInputSchema,
  ZChecklistInputSchema,
  ZParticipantsInputSchema,
  ZProtectionCatalogueEntrySchema,
  ZProtectionCatalogueListSchema,
  ZProtectionProcedureSchema,
  ZProtectionProcedureSummarySchema,
  ZProtectionReportInputSchema,
  ZProtectionResultInputSchema,
  ZSurveyInputSchema,
  ZSurveyRecordSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { downloadHeaders } from '../../platform/uploads.js';
import { addAssessment } from './assess.js';
import { getCatalogue, importCatalogue, listCatalogues } from './catalogues.js';
import { updateChecklist, updateParticipants } from './checklist.js';
import { proposeResult, signOff } from './outcome.js';
import { getProcedure, listProcedures, reportConcern } from './procedures.js';
import { protectionRecord } from './record.js';
import { getSurvey, updateSurvey } from './survey.js';

const errors = errorResponses(400, 401, 403, 404, 409);
const ZCaseParams = z.object({ id: z.uuid({ message: 'Ungültige Fall-ID' }) });
const ZProcedureParams = z.object({ id: z.uuid({ message: 'Ungültige Verfahrens-ID' }) });
const ZCatalogueParams = z.object({ id: z.string().min(1).max(80) });

/** Child protection (§ 8a SGB VIII): procedures per case, their steps, assessments, result, survey; catalogues. */
export function protectionRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;
  const tags = ['child protection'];
  const procedure = { 200: ZProtectionProcedureSchema, ...errors };

  r.get(
    '/api/cases/:id/protection-procedures',
    {
      config: staff,
      schema: {
        tags,
        params: ZCaseParams,
        response: { 200: z.array(ZProtectionProcedureSummarySchema), ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => listProcedures(scope, request.params.id)),
  );
  r.post(
    '/api/cases/:id/protection-procedures',
    {
      config: staff,
      schema: {
        tags,
        description:
          'Records a report (Meldung) and opens the procedure; the first-contact deadline follows the urgency.',
        params: ZCaseParams,
        body: ZProtectionReportInputSchema,
        response: { 201: ZProtectionProcedureSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inActorScope(ctx, request, (scope) => reportConcern(scope, request.params.id, request.body)),
        ),
  );
  r.get(
    '/api/protection-procedures/:id',
    { config: staff, schema: { tags, params: ZProcedureParams, response: procedure } },
    (request) => inActorScope(ctx, request, (scope) => getProcedure(scope, request.params.id)),
  );
  r.get(
    '/api/protection-procedures/:id/record.pdf',
    {
      config: staff,
      schema: {
        tags,
        description:
          'The record of the procedure (report, steps, participants, assessments, result, sign-off) as an accessible, tagged PDF.',
        params: ZProcedureParams,
        response: { 200: z.any(), ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { filename, pdf } = await inActorScope(ctx, request, (scope) =>
        protectionRecord(scope, request.params.id),
      );
      return reply.headers(downloadHeaders(filename, 'application/pdf')).send(pdf);
    },
  );
  r.put(
    '/api/protection-procedures/:id/checklist',
    {
      config: staff,
      schema: { tags, params: ZProcedureParams, body: ZChecklistInputSchema, response: procedure },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => updateChecklist(scope, request.params.id, request.body)),
  );
  r.put(
    '/api/protection-procedures/:id/participants',
    {
      config: staff,
      schema: { tags, params: ZProcedureParams, body: ZParticipantsInputSchema, response: procedure },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => updateParticipants(scope, request.params.id, request.body)),
  );
  r.post(
    '/api/protection-procedures/:id/assessments',
    {
      config: staff,
      schema: {
        tags,
        description:
          'Adds an assessment with a catalogue (ratings 0–3 per factor key); earlier ones are kept.',
        params: ZProcedureParams,
        body: ZAssessmentInputSchema,
        response: { 201: ZProtectionProcedureSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inActorScope(ctx, request, (scope) => addAssessment(scope, request.params.id, request.body)),
        ),
  );
  r.put(
    '/api/protection-procedures/:id/result',
    {
      config: staff,
      schema: {
        tags,
        description:
          'Proposes the result; another person signs it off. 409 while required steps are missing.',
        params: ZProcedureParams,
        body: ZProtectionResultInputSchema,
        response: procedure,
      },
    },
    (request) => inActorScope(ctx, request, (scope) => proposeResult(scope, request.params.id, request.body)),
  );
  r.post(
    '/api/protection-procedures/:id/sign-off',
    {
      config: staff,
      schema: {
        tags,
        description:
          'The second sign-off by someone other than the proposer (409 otherwise); closes the procedure.',
        params: ZProcedureParams,
        response: procedure,
      },
    },
    (request) => inActorScope(ctx, request, (scope) => signOff(scope, request.params.id)),
  );
  r.get(
    '/api/protection-procedures/:id/survey',
    {
      config: staff,
      schema: {
        tags,
        description: 'The official § 8a survey record (§ 99 Abs. 6 SGB VIII) and the items still missing.',
        params: ZProcedureParams,
        response: { 200: ZSurveyRecordSchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => getSurvey(scope, request.params.id)),
  );
  r.put(
    '/api/protection-procedures/:id/survey',
    {
      config: staff,
      schema: {
        tags,
        params: ZProcedureParams,
        body: ZSurveyInputSchema,
        response: { 200: ZSurveyRecordSchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => updateSurvey(scope, request.params.id, request.body)),
  );
  r.get(
    '/api/protection-catalogues',
    { config: staff, schema: { tags, response: { 200: ZProtectionCatalogueListSchema, ...errors } } },
    (request) => inActorScope(ctx, request, (scope) => listCatalogues(scope)),
  );
  r.get(
    '/api/protection-catalogues/:id',
    {
      config: staff,
      schema: {
        tags,
        params: ZCatalogueParams,
        querystring: z.object({ version: z.string().min(1).max(40).optional() }),
        response: { 200: ZProtectionCatalogueEntrySchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => getCatalogue(scope, request.params.id, request.query.version)),
  );
  r.post(
    '/api/protection-catalogues',
    {
      config: staff,
      schema: {
        tags,
        description:
          "Imports an office's own factor catalogue (JSON in the format of data/protection/README.md); team leads and administrators.",
        body: z.record(z.string(), z.unknown()),
        response: { 201: ZProtectionCatalogueEntrySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await inActorScope(ctx, request, (scope) => importCatalogue(scope, request.body))),
  );
}
