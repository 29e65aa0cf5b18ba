import {
  ZAvailabilityHistorySchema,
  ZAvailabilityInputSchema,
  ZOfferUpdateSchema,
  ZProviderFacilitiesSchema,
  ZProviderFacilitySchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { editOffer } from './edit-offer.js';
import { availabilityHistory, listOwnFacilities, updateAvailability } from './own-facilities.js';

const errors = errorResponses();
const ZIdParams = z.object({ id: z.uuid({ message: 'Ungültige ID' }) });

/** The provider portal (/traeger): provider staff keep their own facilities' free places current. */
export function providerRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;
  const tags = ['providers'];

  r.get(
    '/api/provider/facilities',
    { config: staff, schema: { tags, response: { 200: ZProviderFacilitiesSchema, ...errors } } },
    (request) => inActorScope(ctx, request, (scope) => listOwnFacilities(scope)),
  );
  r.put(
    '/api/provider/facilities/:id/availability',
    {
      config: staff,
      schema: {
        tags,
        params: ZIdParams,
        body: ZAvailabilityInputSchema,
        response: { 200: ZProviderFacilitySchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        updateAvailability(scope, ctx.keys, request.params.id, request.body),
      ),
  );
  r.get(
    '/api/provider/facilities/:id/availability-history',
    {
      config: staff,
      schema: { tags, params: ZIdParams, response: { 200: ZAvailabilityHistorySchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => availabilityHistory(scope, request.params.id)),
  );
  r.put(
    '/api/provider/offers/:id',
    {
      config: staff,
      schema: {
        tags,
        params: ZIdParams,
        body: ZOfferUpdateSchema,
        response: { 200: ZProviderFacilitySchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => editOffer(scope, request.params.id, request.body)),
  );
}
