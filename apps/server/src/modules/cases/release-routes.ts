import { type ZErrorSchema, ZReleaseSchema, ZReleaseStateSchema } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { inActorScope } from '../../platform/scope.js';
import { listReleases, setRelease, withdrawRelease } from './releases.js';

const ZItemParams = z.object({
  id: z.uuid({ message: 'Ungültige Fall-ID' }),
  kind: z.enum(['entry', 'document'], { message: 'entry oder document' }),
  itemId: z.uuid({ message: 'Ungültige ID' }),
});

/** Staff release entries and documents of a case to the family, and take releases back. */
export function releaseRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  ZCaseParams: z.ZodObject<{ id: z.ZodUUID }>,
  errors: Record<number, typeof ZErrorSchema>,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;
  const tags = ['family releases'];

  r.get(
    '/api/cases/:id/releases',
    {
      config: staff,
      schema: {
        tags,
        params: ZCaseParams,
        response: {
          200: z.array(
            z.object({
              itemKind: z.enum(['entry', 'document']),
              itemId: z.string(),
              personIds: z.array(z.string()).nullable(),
              releasedAt: z.string(),
            }),
          ),
          ...errors,
        },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => listReleases(scope, request.params.id)),
  );
  r.put(
    '/api/cases/:id/releases/:kind/:itemId',
    {
      config: staff,
      schema: {
        tags,
        params: ZItemParams,
        body: ZReleaseSchema,
        response: { 200: ZReleaseStateSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        setRelease(
          scope,
          request.params.id,
          request.params.kind,
          request.params.itemId,
          request.body.personIds,
        ),
      ),
  );
  r.delete(
    '/api/cases/:id/releases/:kind/:itemId',
    {
      config: staff,
      schema: { tags, params: ZItemParams, response: { 200: ZReleaseStateSchema, ...errors } },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        withdrawRelease(scope, request.params.id, request.params.kind, request.params.itemId),
      ),
  );
}
