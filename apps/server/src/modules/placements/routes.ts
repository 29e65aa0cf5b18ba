import { ZPlacementSearchQuerySchema, ZPlacementSearchResponseSchema } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { searchPlacements } from './search.js';

const errors = errorResponses();

/** The placement exchange for caseworkers: search free places by fit. */
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
}
