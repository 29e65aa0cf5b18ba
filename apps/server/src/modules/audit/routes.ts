import { ZAuditListResponseSchema, ZAuditQuerySchema, ZErrorSchema } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { inActorScope } from '../../platform/http/actor-tx.js';
import { listAudit } from './list-audit.js';

export function auditRoutes(app: FastifyInstance, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      config: { access: 'staff' },
      schema: {
        tags: ['audit'],
        querystring: ZAuditQuerySchema,
        response: { 200: ZAuditListResponseSchema, 400: ZErrorSchema, 401: ZErrorSchema, 403: ZErrorSchema },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => listAudit(scope, request.query)),
  );
}
