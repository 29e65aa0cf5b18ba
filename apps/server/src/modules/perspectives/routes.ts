import {
  ZCasePerspectivesSchema,
  ZEcomapInputSchema,
  ZEcomapSchema,
  ZPerspective,
  ZPerspectiveEntryInputSchema,
  ZPerspectiveRoundInputSchema,
  ZPerspectiveRoundSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { getEcomap, saveEcomap } from './ecomap.js';
import { createRound, listPerspectives, ratePerspective } from './rounds.js';

const errors = errorResponses(400, 401, 403, 404);
const ZCaseParams = z.object({ id: z.uuid({ message: 'Ungültige Fall-ID' }) });
const ZEntryParams = ZCaseParams.extend({
  roundId: z.uuid({ message: 'Ungültige ID der Bewertungsrunde' }),
  perspective: ZPerspective,
});

/** Perspectives (Sichtweisen): rating rounds per case, one perspective at a time; the ecomap. */
export function perspectivesRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;
  const tags = ['perspectives'];

  r.get(
    '/api/cases/:id/perspectives',
    {
      config: staff,
      schema: { tags, params: ZCaseParams, response: { 200: ZCasePerspectivesSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => listPerspectives(scope, request.params.id)),
  );
  r.post(
    '/api/cases/:id/perspectives',
    {
      config: staff,
      schema: {
        tags,
        description: 'Starts a rating round (date, optional help plan version) with any first entries.',
        params: ZCaseParams,
        body: ZPerspectiveRoundInputSchema,
        response: { 201: ZPerspectiveRoundSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inActorScope(ctx, request, (scope) => createRound(scope, request.params.id, request.body)),
        ),
  );
  r.put(
    '/api/cases/:id/perspectives/:roundId/:perspective',
    {
      config: staff,
      schema: {
        tags,
        description: "Enters one perspective's ratings in the round, replacing what it said there before.",
        params: ZEntryParams,
        body: ZPerspectiveEntryInputSchema,
        response: { 200: ZPerspectiveRoundSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        ratePerspective(
          scope,
          request.params.id,
          request.params.roundId,
          request.params.perspective,
          request.body,
        ),
      ),
  );
  r.get(
    '/api/cases/:id/ecomap',
    { config: staff, schema: { tags, params: ZCaseParams, response: { 200: ZEcomapSchema, ...errors } } },
    (request) => inActorScope(ctx, request, (scope) => getEcomap(scope, request.params.id)),
  );
  r.put(
    '/api/cases/:id/ecomap',
    {
      config: staff,
      schema: {
        tags,
        description: 'Replaces the ecomap (people and services around the child) with the nodes given.',
        params: ZCaseParams,
        body: ZEcomapInputSchema,
        response: { 200: ZEcomapSchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => saveEcomap(scope, request.params.id, request.body)),
  );
}
