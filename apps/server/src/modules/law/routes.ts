import {
  ZLawHitSchema,
  ZLawParagraphParams,
  ZLawParagraphSchema,
  ZLawSearchQuery,
  ZLawTocSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { lawContents, readParagraph } from './read-law.js';
import { searchLaw } from './search-law.js';

/**
 * The law at hand for everyone signed in (staff and provider users): public texts, no personal data,
 * so reads are not audited.
 */
export function lawRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'staff' } as const;
  const tags = ['law'];
  r.get(
    '/api/law',
    { config, schema: { tags, summary: 'The books and their paragraphs', response: { 200: ZLawTocSchema } } },
    (request) => inActorScope(ctx, request, (scope) => lawContents(scope.tx)),
  );
  r.get(
    '/api/law/search',
    {
      config,
      schema: {
        tags,
        summary: 'Full-text search in SGB VIII, SGB I, SGB X and KKG (German stemming, prefixes)',
        querystring: ZLawSearchQuery,
        response: { 200: z.array(ZLawHitSchema), ...errorResponses(400, 401) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => searchLaw(scope.tx, request.query)),
  );
  r.get(
    '/api/law/:book/:paragraph',
    {
      config,
      schema: {
        tags,
        summary: 'One paragraph with its subsections and sentences ("/api/law/sgb8/8a")',
        params: ZLawParagraphParams,
        response: { 200: ZLawParagraphSchema, ...errorResponses(400, 401, 404) },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        readParagraph(scope.tx, request.params.book, request.params.paragraph),
      ),
  );
}
