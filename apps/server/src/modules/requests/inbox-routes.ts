import {
  ZCaseDetailSchema,
  ZClaimRequestSchema,
  ZInboxDetailSchema,
  ZInboxItemSchema,
  ZOpenCaseFromRequestSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { caseDetail } from '../cases/index.js';
import { claimRequest, listInbox, readRequest, requestDetail } from './inbox.js';
import { openCaseFromRequest } from './open-case.js';

const errors = errorResponses();
const ZParams = z.object({ id: z.uuid({ message: 'Ungültige Anfrage-ID' }) });
const staff = { access: 'staff' } as const;

/** The team inbox: requests from the family app, claim/assign, open a case (the messenger is `messaging`). */
export function inboxRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/inbox',
    {
      config: staff,
      schema: {
        tags: ['inbox'],
        querystring: z.object({
          teamId: z.uuid().optional(),
          includeDone: z.enum(['true', 'false']).default('false'),
        }),
        response: { 200: z.array(ZInboxItemSchema), ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        listInbox(scope, { teamId: request.query.teamId, includeDone: request.query.includeDone === 'true' }),
      ),
  );

  r.get(
    '/api/inbox/:id',
    {
      config: staff,
      schema: { tags: ['inbox'], params: ZParams, response: { 200: ZInboxDetailSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => readRequest(scope, ctx.keys, request.params.id)),
  );

  r.post(
    '/api/inbox/:id/claim',
    {
      config: staff,
      schema: {
        tags: ['inbox'],
        params: ZParams,
        body: ZClaimRequestSchema,
        response: { 200: ZInboxDetailSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, async (scope) => {
        await claimRequest(scope, request.params.id, request.body.assigneeId ?? null);
        return requestDetail(scope, ctx.keys, request.params.id);
      }),
  );

  r.post(
    '/api/inbox/:id/open-case',
    {
      config: staff,
      schema: {
        tags: ['inbox'],
        params: ZParams,
        body: ZOpenCaseFromRequestSchema,
        response: { 201: ZCaseDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const detail = await inActorScope(ctx, request, async (scope) => {
        const caseId = await openCaseFromRequest(scope, ctx.keys, request.params.id, request.body);
        return caseDetail(scope, caseId);
      });
      return reply.status(201).send(detail);
    },
  );
}
