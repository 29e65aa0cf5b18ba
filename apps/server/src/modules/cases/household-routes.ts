import {
  ZCaseDetailSchema,
  ZCreateHouseholdRequestSchema,
  type ZErrorSchema,
  ZUpdateHouseholdRequestSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { inActorScope } from '../../platform/scope.js';
import { caseDetail } from './get-case.js';
import { addHousehold, deleteHousehold, updateHousehold } from './households.js';

/** Households of a case: record, rename and change members, delete when empty. Each answers the case. */
export function householdRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  ZCaseParams: z.ZodObject<{ id: z.ZodUUID }>,
  errors: Record<number, typeof ZErrorSchema>,
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;
  const ZHouseholdParams = ZCaseParams.extend({
    householdId: z.uuid({ message: 'Ungültige Haushalts-ID' }),
  });

  r.post(
    '/api/cases/:id/households',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        params: ZCaseParams,
        body: ZCreateHouseholdRequestSchema,
        response: { 201: ZCaseDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const detail = await inActorScope(ctx, request, async (scope) => {
        await addHousehold(scope, request.params.id, request.body);
        return caseDetail(scope, request.params.id);
      });
      return reply.status(201).send(detail);
    },
  );

  r.patch(
    '/api/cases/:id/households/:householdId',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        params: ZHouseholdParams,
        body: ZUpdateHouseholdRequestSchema,
        response: { 200: ZCaseDetailSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, async (scope) => {
        const { id, householdId } = request.params;
        await updateHousehold(scope, id, householdId, request.body);
        return caseDetail(scope, id);
      }),
  );

  r.delete(
    '/api/cases/:id/households/:householdId',
    {
      config: staff,
      schema: { tags: ['cases'], params: ZHouseholdParams, response: { 200: ZCaseDetailSchema, ...errors } },
    },
    (request) =>
      inActorScope(ctx, request, async (scope) => {
        const { id, householdId } = request.params;
        await deleteHousehold(scope, id, householdId);
        return caseDetail(scope, id);
      }),
  );
}
