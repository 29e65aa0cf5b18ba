import {
  ZPlanningFiguresQuerySchema,
  ZPlanningFiguresSchema,
  ZPlanningIndicatorsResponseSchema,
  ZPlanningMapSchema,
  ZPlanningRebuildSchema,
} from '@lotse/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/access.js';
import { errorResponses } from '../../platform/http/responses.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { inActorScope } from '../../platform/scope.js';
import { downloadHeaders } from '../../platform/uploads.js';
import { areaMap } from './map.js';
import {
  exportFigures,
  figures,
  listIndicators,
  requestRebuild,
  uploadAreaShapes,
  uploadPopulation,
} from './use-cases.js';

const errors = errorResponses();

/** Planners and office management only (checked before the query is validated). */
async function plannersOnly(request: FastifyRequest) {
  requireOfficeAction(actorOf(request), 'plan');
}
const ZExportQuery = ZPlanningFiguresQuerySchema.extend({ format: z.enum(['csv', 'xlsx']).default('csv') });
const ZPopulationBody = z.object({
  csv: z.string().min(1, 'Die Datei ist leer').max(2_000_000, 'Höchstens 2 MB'),
});

/** The planning face's API: indicators, protected figures and their download, map, rebuild, imports. */
export function planningRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'staff' } as const;
  // Who may ask is checked before the query is: others get 403, never a validation answer.
  const preValidation = plannersOnly;
  const tags = ['planning'];

  r.get(
    '/api/planning/indicators',
    {
      config,
      preValidation,
      schema: { tags, response: { 200: ZPlanningIndicatorsResponseSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => listIndicators(scope)),
  );
  r.get(
    '/api/planning/figures',
    {
      config,
      preValidation,
      schema: {
        tags,
        querystring: ZPlanningFiguresQuerySchema,
        response: { 200: ZPlanningFiguresSchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => figures(scope, request.query)),
  );
  r.get(
    '/api/planning/figures/export',
    { config, preValidation, schema: { tags, querystring: ZExportQuery, response: errors } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const file = await inActorScope(ctx, request, (scope) => exportFigures(scope, query, format));
      return reply.headers(downloadHeaders(file.filename, file.mediaType)).send(file.data as never);
    },
  );
  r.get(
    '/api/planning/map',
    { config, preValidation, schema: { tags, response: { 200: ZPlanningMapSchema, ...errors } } },
    (request) =>
      inActorScope(ctx, request, (scope) => {
        requireOfficeAction(scope.actor, 'plan');
        return areaMap(scope.tx);
      }),
  );
  r.put(
    '/api/planning/map',
    {
      config,
      preValidation,
      bodyLimit: 5_000_000,
      schema: { tags, body: z.unknown(), response: { 200: z.object({ areas: z.number() }), ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => uploadAreaShapes(scope, request.body)),
  );
  r.post(
    '/api/planning/rebuild',
    { config, preValidation, schema: { tags, response: { 200: ZPlanningRebuildSchema, ...errors } } },
    (request) => inActorScope(ctx, request, (scope) => requestRebuild(scope, ctx.keys)),
  );
  r.put(
    '/api/planning/population',
    {
      config,
      preValidation,
      bodyLimit: 2_500_000,
      schema: {
        tags,
        body: ZPopulationBody,
        response: { 200: z.object({ rows: z.number(), years: z.array(z.number()) }), ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => uploadPopulation(scope, request.body.csv)),
  );
}
