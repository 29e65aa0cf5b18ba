import { ZBriefQuerySchema, ZCaseBriefSchema, ZErrorSchema } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { readBrief } from './read-brief.js';
import { rephraseBrief } from './rephrase-brief.js';

const ZCaseParams = z.object({ id: z.uuid({ message: 'Ungültige Fall-ID' }) });

/** The case brief (Kurzbericht) and, with the office's AI service, its rephrasing. */
export function briefRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;
  const tags = ['brief'];
  r.get(
    '/api/cases/:id/brief',
    {
      config: staff,
      schema: {
        tags,
        summary: 'A brief of the case built from its data, every sentence with its source (audited)',
        params: ZCaseParams,
        querystring: ZBriefQuerySchema,
        response: { 200: ZCaseBriefSchema, ...errorResponses(400, 401, 404) },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        readBrief(scope, request.params.id, request.query.purpose, ctx.config.ai !== undefined),
      ),
  );
  r.post(
    '/api/cases/:id/brief/rephrase',
    {
      config: staff,
      schema: {
        tags,
        summary:
          'The brief rephrased by the office’s AI service: sent pseudonymised, marked machine-written, never stored',
        params: ZCaseParams,
        querystring: ZBriefQuerySchema,
        response: {
          200: ZCaseBriefSchema,
          ...errorResponses(400, 401, 404, 503),
          502: ZErrorSchema,
          504: ZErrorSchema,
        },
      },
    },
    (request) =>
      rephraseBrief(
        ctx.config.ai,
        (work) => inActorScope(ctx, request, work),
        request.params.id,
        request.query.purpose,
      ),
  );
}
