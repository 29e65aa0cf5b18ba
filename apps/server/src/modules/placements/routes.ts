import {
  ZCaseOfferChoicesSchema,
  ZCasePlacementsSchema,
  ZFamilyOffersSchema,
  ZFamilyWishInputSchema,
  ZInquiryAnswerSchema,
  ZInquiryConfirmSchema,
  ZInquiryInputSchema,
  ZOfferChoiceInputSchema,
  ZPlacementSearchQuerySchema,
  ZPlacementSearchResponseSchema,
  ZProviderInquirySchema,
  ZPublicOfferQuerySchema,
  ZPublicOffersSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope, inFamilyScope, inOfficeScope } from '../../platform/scope.js';
import { officeOffers } from '../providers/index.js';
import { resolvePublicOffice } from '../tenancy/index.js';
import { caseOfferChoices, familyOffers, recordWish, releaseOffers } from './choice.js';
import { cancelInquiry, confirmPlacement, endPlacement } from './decisions.js';
import { casePlacements, createInquiry } from './inquiries.js';
import { answerInquiry, providerInquiries } from './provider-inquiries.js';
import { searchPlacements } from './search.js';

const errors = errorResponses();
const ZIdParams = z.object({ id: z.uuid({ message: 'Ungültige ID' }) });
const ZCaseParams = z.object({ caseId: z.uuid({ message: 'Ungültige Fall-ID' }) });

/** The placement exchange: search free places, ask providers, confirm one; providers answer. */
export function placementRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;
  const tags = ['placements'];

  r.get(
    '/api/placements/search',
    {
      config: staff,
      schema: {
        tags,
        querystring: ZPlacementSearchQuerySchema,
        response: { 200: ZPlacementSearchResponseSchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => searchPlacements(scope, request.query)),
  );
  r.get(
    '/api/cases/:caseId/placements',
    {
      config: staff,
      schema: { tags, params: ZCaseParams, response: { 200: ZCasePlacementsSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => casePlacements(scope, request.params.caseId)),
  );
  r.post(
    '/api/cases/:caseId/placement-inquiries',
    {
      config: { ...staff, rateLimit: { max: 30, timeWindow: '1 hour' } },
      schema: {
        tags,
        params: ZCaseParams,
        body: ZInquiryInputSchema,
        response: { 201: ZCasePlacementsSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await inActorScope(ctx, request, (scope) =>
        createInquiry(scope, ctx.keys, request.params.caseId, request.body),
      );
      return reply.status(201).send(result);
    },
  );
  r.post(
    '/api/placement-inquiries/:id/confirm',
    {
      config: staff,
      schema: {
        tags,
        params: ZIdParams,
        body: ZInquiryConfirmSchema,
        response: { 200: ZCasePlacementsSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        confirmPlacement(scope, ctx.keys, request.params.id, request.body.recipientId),
      ),
  );
  r.post(
    '/api/placement-inquiries/:id/cancel',
    {
      config: staff,
      schema: { tags, params: ZIdParams, response: { 200: ZCasePlacementsSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => cancelInquiry(scope, ctx.keys, request.params.id)),
  );
  r.post(
    '/api/placements/:id/end',
    {
      config: staff,
      schema: { tags, params: ZIdParams, response: { 200: ZCasePlacementsSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => endPlacement(scope, request.params.id)),
  );

  r.get(
    '/api/provider/inquiries',
    {
      config: staff,
      schema: { tags, response: { 200: z.object({ items: z.array(ZProviderInquirySchema) }), ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => providerInquiries(scope)),
  );
  r.post(
    '/api/provider/inquiries/:id/answer',
    {
      config: staff,
      schema: {
        tags,
        params: ZIdParams,
        body: ZInquiryAnswerSchema,
        response: { 200: ZProviderInquirySchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => answerInquiry(scope, request.params.id, request.body)),
  );

  r.get(
    '/api/cases/:caseId/offer-choices',
    {
      config: staff,
      schema: { tags, params: ZCaseParams, response: { 200: ZCaseOfferChoicesSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => caseOfferChoices(scope, request.params.caseId)),
  );
  r.post(
    '/api/cases/:caseId/offer-choices',
    {
      config: staff,
      schema: {
        tags,
        params: ZCaseParams,
        body: ZOfferChoiceInputSchema,
        response: { 201: ZCaseOfferChoicesSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await inActorScope(ctx, request, (scope) =>
        releaseOffers(scope, request.params.caseId, request.body.offerIds),
      );
      return reply.status(201).send(result);
    },
  );
  r.get(
    '/api/family/offers',
    { config: { access: 'family' }, schema: { tags, response: { 200: ZFamilyOffersSchema, ...errors } } },
    (request) => inFamilyScope(ctx, request, (scope) => familyOffers(scope)),
  );
  r.post(
    '/api/family/offers/wish',
    {
      config: { access: 'family', rateLimit: { max: 20, timeWindow: '1 hour' } },
      schema: { tags, body: ZFamilyWishInputSchema, response: { 200: ZFamilyOffersSchema, ...errors } },
    },
    (request) => inFamilyScope(ctx, request, (scope) => recordWish(scope, request.body)),
  );
  r.get(
    '/api/public/offers',
    {
      config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags,
        querystring: ZPublicOfferQuerySchema,
        response: { 200: ZPublicOffersSchema, ...errors },
      },
    },
    async (request) => {
      const office = await resolvePublicOffice(ctx);
      return inOfficeScope(ctx, office.id, null, ({ tx }) => officeOffers(tx, request.query));
    },
  );
}
