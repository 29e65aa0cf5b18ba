import { ZHintSchema } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { listHints } from './list-hints.js';

const errors = errorResponses(400, 401, 404);

/** Blind-spot hints on a case: each names its rule and the paragraph of law; the caseworker decides. */
export function hintRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/cases/:id/hints',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['hints'],
        params: z.object({ id: z.uuid({ message: 'Ungültige Fall-ID' }) }),
        response: { 200: z.array(ZHintSchema), ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => listHints(scope, request.params.id)),
  );
}
