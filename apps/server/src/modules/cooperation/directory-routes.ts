import {
  ZDirectoryEntrySchema,
  ZDirectoryFacetsSchema,
  ZDirectoryInputSchema,
  ZDirectoryQuery,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { directoryEntry, directoryFacets, searchDirectory } from './directory.js';
import { createDirectoryEntry, updateDirectoryEntry } from './edit-directory-entry.js';

const ZEntryParams = z.object({ id: z.uuid({ message: 'Ungültige ID des Eintrags' }) });

/** The directory of experts and services in the region, kept by the offices together. */
export function directoryRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'staff' } as const;
  const tags = ['cooperation'];
  r.get(
    '/api/cooperation/directory',
    {
      config,
      schema: {
        tags,
        summary: 'Search experts and services by words, kind, topic, language and postcode',
        querystring: ZDirectoryQuery,
        response: { 200: z.array(ZDirectoryEntrySchema), ...errorResponses(400, 401, 403) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => searchDirectory(scope, request.query)),
  );
  r.get(
    '/api/cooperation/directory/facets',
    {
      config,
      schema: { tags, response: { 200: ZDirectoryFacetsSchema, ...errorResponses(401, 403) } },
    },
    (request) => inActorScope(ctx, request, (scope) => directoryFacets(scope)),
  );
  r.post(
    '/api/cooperation/directory',
    {
      config,
      schema: {
        tags,
        body: ZDirectoryInputSchema,
        response: { 201: ZDirectoryEntrySchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const entry = await inActorScope(ctx, request, (scope) => createDirectoryEntry(scope, request.body));
      return reply.code(201).send(entry);
    },
  );
  r.get(
    '/api/cooperation/directory/:id',
    {
      config,
      schema: {
        tags,
        params: ZEntryParams,
        response: { 200: ZDirectoryEntrySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => directoryEntry(scope, request.params.id)),
  );
  r.put(
    '/api/cooperation/directory/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Change an entry the own office added',
        params: ZEntryParams,
        body: ZDirectoryInputSchema,
        response: { 200: ZDirectoryEntrySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => updateDirectoryEntry(scope, request.params.id, request.body)),
  );
}
