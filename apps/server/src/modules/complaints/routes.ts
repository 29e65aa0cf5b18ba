import {
  ZComplaintAnswerSchema,
  ZComplaintDetailSchema,
  ZComplaintInputSchema,
  ZComplaintListQuerySchema,
  ZComplaintSummarySchema,
  ZFamilyComplaintsSchema,
  ZOmbudsOfficeSchema,
  ZSharedComplaintSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope, inFamilyScope } from '../../platform/scope.js';
import { familyComplaints, submitComplaint } from './family-complaints.js';
import {
  answerComplaint,
  listComplaints,
  readComplaint,
  shareComplaint,
  takeComplaint,
} from './handle-complaints.js';
import { ombudsOffice, saveOmbudsOffice } from './ombuds.js';
import { sharedComplaintsOfCase } from './shared-complaints.js';

const errors = errorResponses();
const ZIdParams = z.object({ id: z.uuid({ message: 'Ungültige ID' }) });

/** Complaints (§ 9a): the family complains and follows the status; the complaint office handles them. */
export function complaintRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;
  const family = { access: 'family' } as const;
  const tags = ['complaints'];

  r.get(
    '/api/family/complaints',
    { config: family, schema: { tags, response: { 200: ZFamilyComplaintsSchema, ...errors } } },
    (request) => inFamilyScope(ctx, request, (scope) => familyComplaints(scope)),
  );
  r.post(
    '/api/family/complaints',
    {
      config: { ...family, rateLimit: { max: 10, timeWindow: '1 hour' } },
      schema: { tags, body: ZComplaintInputSchema, response: { 201: ZFamilyComplaintsSchema, ...errors } },
    },
    async (request, reply) => {
      const result = await inFamilyScope(ctx, request, (scope) => submitComplaint(scope, request.body));
      return reply.status(201).send(result);
    },
  );

  r.get(
    '/api/complaints',
    {
      config: staff,
      schema: {
        tags,
        querystring: ZComplaintListQuerySchema,
        response: { 200: z.array(ZComplaintSummarySchema), ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => listComplaints(scope, request.query.status)),
  );
  r.get(
    '/api/complaints/:id',
    {
      config: staff,
      schema: { tags, params: ZIdParams, response: { 200: ZComplaintDetailSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => readComplaint(scope, request.params.id)),
  );
  r.post(
    '/api/complaints/:id/take',
    {
      config: staff,
      schema: { tags, params: ZIdParams, response: { 200: ZComplaintDetailSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => takeComplaint(scope, request.params.id)),
  );
  r.post(
    '/api/complaints/:id/answer',
    {
      config: staff,
      schema: {
        tags,
        params: ZIdParams,
        body: ZComplaintAnswerSchema,
        response: { 200: ZComplaintDetailSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => answerComplaint(scope, request.params.id, request.body.answer)),
  );
  r.post(
    '/api/complaints/:id/share',
    {
      config: staff,
      schema: { tags, params: ZIdParams, response: { 200: ZComplaintDetailSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => shareComplaint(scope, request.params.id)),
  );
  r.get(
    '/api/cases/:id/complaints',
    {
      config: staff,
      schema: { tags, params: ZIdParams, response: { 200: z.array(ZSharedComplaintSchema), ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => sharedComplaintsOfCase(scope, request.params.id)),
  );

  r.get(
    '/api/admin/ombuds-office',
    {
      config: staff,
      schema: { tags, response: { 200: ZOmbudsOfficeSchema.nullable(), ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => ombudsOffice(scope)),
  );
  r.put(
    '/api/admin/ombuds-office',
    {
      config: staff,
      schema: { tags, body: ZOmbudsOfficeSchema, response: { 200: ZOmbudsOfficeSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => saveOmbudsOffice(scope, request.body)),
  );
}
