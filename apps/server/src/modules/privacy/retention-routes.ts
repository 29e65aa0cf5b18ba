import {
  ZPlaceHoldSchema,
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
import { inActorScope } from '../../platform/scope.js';
import { liftHold, listHolds, placeHold } from './retention-holds.js';
import { readRuns, startDryRun, startErasureRun } from './retention-runs.js';
import { readRetentionSettings, updateRetentionSettings } from './retention-settings.js';

const tags = ['privacy'];
const staff = { access: 'staff' } as const;
const errors = errorResponses(400, 401, 403, 404, 409);
const ZIdParams = z.object({ id: z.uuid({ message: 'Ungültige ID' }) });

/** Retention: the office's periods, legal holds, dry runs and erasure runs (§ 84 SGB X, Art. 17 DSGVO). */
export function retentionRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
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
