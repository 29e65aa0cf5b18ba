import {
  ZCaseSharingSchema,
  ZConsentInputSchema,
  ZFamilyConsentDecisionSchema,
  ZFamilyConsentsSchema,
  ZProviderCaseSchema,
  ZProviderCaseSummarySchema,
  ZProviderEntryInputSchema,
  ZShareInputSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope, inFamilyScope } from '../../platform/scope.js';
import { downloadHeaders } from '../../platform/uploads.js';
import { decideConsent, familyConsents } from './family-consents.js';
import { addProviderCaseEntry, providerCase, providerCases, providerDocument } from './provider-cases.js';
import { caseSharing, createShare, endShare, recordConsent, revokeConsentByStaff } from './staff-sharing.js';

const errors = errorResponses();
const ZCaseParams = z.object({ caseId: z.uuid({ message: 'Ungültige Fall-ID' }) });
const ZCaseItemParams = ZCaseParams.extend({ id: z.uuid({ message: 'Ungültige ID' }) });

/** Consents, shares with providers, the provider's view of a shared case, the family's consents. */
export function consentRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;
  const family = { access: 'family' } as const;
  const tags = ['consent'];
  const sharing = { 200: ZCaseSharingSchema, ...errors };

  r.get(
    '/api/cases/:caseId/sharing',
    { config: staff, schema: { tags, params: ZCaseParams, response: sharing } },
    (request) => inActorScope(ctx, request, (scope) => caseSharing(scope, request.params.caseId)),
  );
  r.post(
    '/api/cases/:caseId/consents',
    {
      config: staff,
      schema: {
        tags,
        params: ZCaseParams,
        body: ZConsentInputSchema,
        response: { 201: ZCaseSharingSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await inActorScope(ctx, request, (scope) =>
        recordConsent(scope, request.params.caseId, request.body),
      );
      return reply.status(201).send(result);
    },
  );
  r.post(
    '/api/cases/:caseId/consents/:id/revoke',
    { config: staff, schema: { tags, params: ZCaseItemParams, response: sharing } },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        revokeConsentByStaff(scope, request.params.caseId, request.params.id),
      ),
  );
  r.post(
    '/api/cases/:caseId/shares',
    {
      config: staff,
      schema: {
        tags,
        params: ZCaseParams,
        body: ZShareInputSchema,
        response: { 201: ZCaseSharingSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await inActorScope(ctx, request, (scope) =>
        createShare(scope, request.params.caseId, request.body),
      );
      return reply.status(201).send(result);
    },
  );
  r.post(
    '/api/cases/:caseId/shares/:id/end',
    { config: staff, schema: { tags, params: ZCaseItemParams, response: sharing } },
    (request) =>
      inActorScope(ctx, request, (scope) => endShare(scope, request.params.caseId, request.params.id)),
  );

  r.get(
    '/api/provider/cases',
    {
      config: staff,
      schema: {
        tags,
        response: { 200: z.object({ items: z.array(ZProviderCaseSummarySchema) }), ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => providerCases(scope)),
  );
  r.get(
    '/api/provider/cases/:caseId',
    {
      config: staff,
      schema: { tags, params: ZCaseParams, response: { 200: ZProviderCaseSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => providerCase(scope, ctx.keys, request.params.caseId)),
  );
  r.get(
    '/api/provider/cases/:caseId/documents/:id/content',
    { config: staff, schema: { tags, params: ZCaseItemParams, response: { ...errors } } },
    async (request, reply) => {
      const doc = await inActorScope(ctx, request, (scope) =>
        providerDocument(scope, ctx, request.params.caseId, request.params.id),
      );
      return reply.headers(downloadHeaders(doc.filename, doc.mediaType)).send(doc.data as never);
    },
  );
  r.post(
    '/api/provider/cases/:caseId/entries',
    {
      config: staff,
      schema: {
        tags,
        params: ZCaseParams,
        body: ZProviderEntryInputSchema,
        response: { 201: ZProviderCaseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await inActorScope(ctx, request, (scope) =>
        addProviderCaseEntry(scope, ctx.keys, request.params.caseId, request.body),
      );
      return reply.status(201).send(result);
    },
  );

  r.get(
    '/api/family/consents',
    { config: family, schema: { tags, response: { 200: ZFamilyConsentsSchema, ...errors } } },
    (request) => inFamilyScope(ctx, request, (scope) => familyConsents(scope)),
  );
  r.post(
    '/api/family/consents/:id',
    {
      config: family,
      schema: {
        tags,
        params: z.object({ id: z.uuid({ message: 'Ungültige ID' }) }),
        body: ZFamilyConsentDecisionSchema,
        response: { 200: ZFamilyConsentsSchema, ...errors },
      },
    },
    (request) =>
      inFamilyScope(ctx, request, (scope) => decideConsent(scope, request.params.id, request.body.decision)),
  );
}
