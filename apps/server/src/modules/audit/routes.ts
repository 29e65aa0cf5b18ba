import { ZAuditListResponseSchema, ZAuditQuerySchema } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { listAudit } from './list-audit.js';

export function auditRoutes(app: FastifyInstance, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['audit'],
        querystring: ZAuditQuerySchema,
        response: { 200: ZAuditListResponseSchema, ...errorResponses(400, 401, 403) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => listAudit(scope, request.query)),
  );
}
