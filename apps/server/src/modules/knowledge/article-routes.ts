import {
  ZArticleInputSchema,
  ZArticleListQuery,
  ZArticleSchema,
  ZArticleSummarySchema,
  ZArticleUpdateSchema,
  ZArticleVersionSchema,
  ZKnowledgeSearchQuery,
  ZKnowledgeSearchResultSchema,
  ZTagCountSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import {
  archiveArticle,
  articleVersions,
  createArticle,
  listArticles,
  listTags,
  readArticle,
  updateArticle,
} from './articles.js';
import { searchKnowledge } from './search.js';

const ZArticleParams = z.object({ id: z.uuid({ message: 'Ungültige Artikel-ID' }) });

/** The knowledge base: search together with the law, articles with versions, tags. */
export function articleRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'staff' } as const;
  const tags = ['knowledge'];
  r.get(
    '/api/knowledge/search',
    {
      config,
      schema: {
        tags,
        summary: 'Search articles, staff questions and the law together',
        querystring: ZKnowledgeSearchQuery,
        response: { 200: ZKnowledgeSearchResultSchema, ...errorResponses(400, 401, 403) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => searchKnowledge(scope, request.query)),
  );
  r.get(
    '/api/knowledge/articles',
    {
      config,
      schema: {
        tags,
        querystring: ZArticleListQuery,
        response: { 200: z.array(ZArticleSummarySchema), ...errorResponses(400, 401, 403) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => listArticles(scope, request.query)),
  );
  r.get(
    '/api/knowledge/tags',
    { config, schema: { tags, response: { 200: z.array(ZTagCountSchema), ...errorResponses(401, 403) } } },
    (request) => inActorScope(ctx, request, (scope) => listTags(scope)),
  );
  r.post(
    '/api/knowledge/articles',
    {
      config,
      schema: {
        tags,
        summary: 'Write an article (version 1, owned by the writer)',
        body: ZArticleInputSchema,
        response: { 201: ZArticleSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const article = await inActorScope(ctx, request, (scope) => createArticle(scope, request.body));
      return reply.code(201).send(article);
    },
  );
  r.get(
    '/api/knowledge/articles/:id',
    {
      config,
      schema: {
        tags,
        params: ZArticleParams,
        response: { 200: ZArticleSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => readArticle(scope, request.params.id)),
  );
  r.put(
    '/api/knowledge/articles/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Save a new version (409 when someone saved since baseVersion)',
        params: ZArticleParams,
        body: ZArticleUpdateSchema,
        response: { 200: ZArticleSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => updateArticle(scope, request.params.id, request.body)),
  );
  r.get(
    '/api/knowledge/articles/:id/versions',
    {
      config,
      schema: {
        tags,
        params: ZArticleParams,
        response: { 200: z.array(ZArticleVersionSchema), ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => articleVersions(scope, request.params.id)),
  );
  r.post(
    '/api/knowledge/articles/:id/archive',
    {
      config,
      schema: {
        tags,
        params: ZArticleParams,
        response: { 200: ZArticleSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => archiveArticle(scope, request.params.id)),
  );
}
