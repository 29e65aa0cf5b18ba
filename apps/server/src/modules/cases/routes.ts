import {
  ZAddCasePersonRequestSchema,
  ZAddRelationRequestSchema,
  ZCaseAssigneeSchema,
  ZCaseDetailSchema,
  ZCaseListQuerySchema,
  ZCaseListResponseSchema,
  ZCreateCaseRequestSchema,
  ZCreateEntryRequestSchema,
  ZCreateTaskRequestSchema,
  ZDiscloseEntryRequestSchema,
  ZEntrySchema,
  ZMyDayResponseSchema,
  ZTaskSchema,
  ZUpdateCaseRequestSchema,
  ZUpdatePersonRequestSchema,
  ZUpdateTaskRequestSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import { listCaseAssignees } from './case-assignees.js';
import { addPersonToCase, addRelation, editCasePerson } from './case-persons.js';
import { createCase } from './create-case.js';
import { discloseEntry, revokeDisclosure } from './disclosures.js';
import { documentRoutes } from './document-routes.js';
import { createEntry, listEntries } from './entries.js';
import { caseDetail, getCase } from './get-case.js';
import { householdRoutes } from './household-routes.js';
import { listCases } from './list-cases.js';
import { getMyDay } from './my-day.js';
import { releaseRoutes } from './release-routes.js';
import { createTask, updateTask } from './tasks.js';
import { updateCase } from './update-case.js';

const ZCaseParams = z.object({ id: z.uuid({ message: 'Ungültige Fall-ID' }) });
const errors = errorResponses();
const staff = { access: 'staff' } as const;

/** Case file routes: authenticate → validate → one use case in the actor's transaction → present. */
export function caseRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/cases',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        querystring: ZCaseListQuerySchema,
        response: { 200: ZCaseListResponseSchema, ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => listCases(scope, request.query)),
  );

  r.post(
    '/api/cases',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        body: ZCreateCaseRequestSchema,
        response: { 201: ZCaseDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const detail = await inActorScope(ctx, request, async (scope) => {
        const id = await createCase(scope, request.body);
        return caseDetail(scope, id);
      });
      return reply.status(201).send(detail);
    },
  );

  r.get(
    '/api/cases/:id',
    {
      config: staff,
      schema: { tags: ['cases'], params: ZCaseParams, response: { 200: ZCaseDetailSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => getCase(scope, request.params.id)),
  );

  r.patch(
    '/api/cases/:id',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        params: ZCaseParams,
        body: ZUpdateCaseRequestSchema,
        response: { 200: ZCaseDetailSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, async (scope) => {
        await updateCase(scope, ctx.keys, request.params.id, request.body);
        return caseDetail(scope, request.params.id);
      }),
  );

  r.post(
    '/api/cases/:id/persons',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        params: ZCaseParams,
        body: ZAddCasePersonRequestSchema,
        response: { 201: ZCaseDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const detail = await inActorScope(ctx, request, async (scope) => {
        await addPersonToCase(scope, request.params.id, request.body);
        return caseDetail(scope, request.params.id);
      });
      return reply.status(201).send(detail);
    },
  );

  r.patch(
    '/api/cases/:id/persons/:personId',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        params: ZCaseParams.extend({ personId: z.uuid({ message: 'Ungültige Personen-ID' }) }),
        body: ZUpdatePersonRequestSchema,
        response: { 200: ZCaseDetailSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, async (scope) => {
        await editCasePerson(scope, request.params.id, request.params.personId, request.body);
        return caseDetail(scope, request.params.id);
      }),
  );

  r.post(
    '/api/cases/:id/relations',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        params: ZCaseParams,
        body: ZAddRelationRequestSchema,
        response: { 201: ZCaseDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const detail = await inActorScope(ctx, request, async (scope) => {
        await addRelation(scope, request.params.id, request.body);
        return caseDetail(scope, request.params.id);
      });
      return reply.status(201).send(detail);
    },
  );

  r.get(
    '/api/cases/:id/entries',
    {
      config: staff,
      schema: { tags: ['cases'], params: ZCaseParams, response: { 200: z.array(ZEntrySchema), ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => listEntries(scope, ctx.keys, request.params.id)),
  );

  r.post(
    '/api/cases/:id/entries',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        params: ZCaseParams,
        body: ZCreateEntryRequestSchema,
        response: { 201: ZEntrySchema, ...errors },
      },
    },
    async (request, reply) => {
      const entry = await inActorScope(ctx, request, async (scope) => {
        const id = await createEntry(scope, ctx.keys, request.params.id, request.body);
        const entries = await listEntries(scope, ctx.keys, request.params.id);
        const created = entries.find((e) => e.id === id);
        if (!created) throw new Error('created entry not found');
        return created;
      });
      return reply.status(201).send(entry);
    },
  );

  r.post(
    '/api/cases/:id/entries/:entryId/disclosures',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        params: ZCaseParams.extend({ entryId: z.uuid({ message: 'Ungültige Eintrags-ID' }) }),
        body: ZDiscloseEntryRequestSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await inActorScope(ctx, request, (scope) =>
        discloseEntry(scope, request.params.id, request.params.entryId, request.body),
      );
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/cases/:id/entries/:entryId/disclosures/:disclosureId/revoke',
    {
      config: staff,
      schema: {
        tags: ['cases'],
        params: ZCaseParams.extend({
          entryId: z.uuid({ message: 'Ungültige Eintrags-ID' }),
          disclosureId: z.uuid({ message: 'Ungültige ID der Weitergabe' }),
        }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const { id, entryId, disclosureId } = request.params;
      await inActorScope(ctx, request, (scope) => revokeDisclosure(scope, id, entryId, disclosureId));
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/cases/:id/assignees',
    {
      config: staff,
      schema: {
        tags: ['tasks'],
        params: ZCaseParams,
        response: { 200: z.array(ZCaseAssigneeSchema), ...errors },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => listCaseAssignees(scope, request.params.id)),
  );

  r.post(
    '/api/cases/:id/tasks',
    {
      config: staff,
      schema: {
        tags: ['tasks'],
        params: ZCaseParams,
        body: ZCreateTaskRequestSchema,
        response: { 201: ZTaskSchema, ...errors },
      },
    },
    async (request, reply) => {
      const task = await inActorScope(ctx, request, (scope) =>
        createTask(scope, request.params.id, request.body),
      );
      return reply.status(201).send(task);
    },
  );

  r.patch(
    '/api/tasks/:id',
    {
      config: staff,
      schema: {
        tags: ['tasks'],
        params: z.object({ id: z.uuid({ message: 'Ungültige Aufgaben-ID' }) }),
        body: ZUpdateTaskRequestSchema,
        response: { 200: ZTaskSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => updateTask(scope, request.params.id, request.body.done)),
  );

  r.get(
    '/api/my-day',
    { config: staff, schema: { tags: ['cases'], response: { 200: ZMyDayResponseSchema, ...errors } } },
    (request) => inActorScope(ctx, request, (scope) => getMyDay(scope)),
  );

  householdRoutes(app, ctx, ZCaseParams, errors);
  documentRoutes(app, ctx, ZCaseParams, errors);
  releaseRoutes(app, ctx, ZCaseParams, errors);
}
