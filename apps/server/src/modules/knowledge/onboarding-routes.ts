import {
  ZOnboardingAssignInputSchema,
  ZOnboardingAssignmentSchema,
  ZOnboardingOverviewSchema,
  ZOnboardingPathInputSchema,
  ZOnboardingPathSchema,
  ZOnboardingPeopleSchema,
  ZOnboardingTickInputSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope } from '../../platform/scope.js';
import {
  assignPath,
  onboardingOverview,
  onboardingPeople,
  readAssignment,
  readPath,
  tickStep,
} from './onboarding.js';
import { createPath, updatePath } from './onboarding-paths.js';

const ZId = z.uuid({ message: 'Ungültige ID' });

/** Onboarding paths: my steps, the progress of those I mentor or lead, putting someone on a path. */
export function onboardingRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'staff' } as const;
  const tags = ['onboarding'];
  r.get(
    '/api/onboarding',
    { config, schema: { tags, response: { 200: ZOnboardingOverviewSchema, ...errorResponses(401, 403) } } },
    (request) => inActorScope(ctx, request, (scope) => onboardingOverview(scope)),
  );
  r.get(
    '/api/onboarding/people',
    { config, schema: { tags, response: { 200: ZOnboardingPeopleSchema, ...errorResponses(401, 403) } } },
    (request) => inActorScope(ctx, request, (scope) => onboardingPeople(scope)),
  );
  r.get(
    '/api/onboarding/paths/:id',
    {
      config,
      schema: {
        tags,
        params: z.object({ id: ZId }),
        response: { 200: ZOnboardingPathSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => readPath(scope, request.params.id)),
  );
  r.post(
    '/api/onboarding/paths',
    {
      config,
      schema: {
        tags,
        summary: 'Write an onboarding path (team leads and administrators)',
        body: ZOnboardingPathInputSchema,
        response: { 201: ZOnboardingPathSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await inActorScope(ctx, request, (scope) => createPath(scope, request.body))),
  );
  r.put(
    '/api/onboarding/paths/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Change a path: steps with an id keep their ticks, steps left out are removed',
        params: z.object({ id: ZId }),
        body: ZOnboardingPathInputSchema,
        response: { 200: ZOnboardingPathSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => updatePath(scope, request.params.id, request.body)),
  );
  r.post(
    '/api/onboarding/assignments',
    {
      config,
      schema: {
        tags,
        body: ZOnboardingAssignInputSchema,
        response: { 201: ZOnboardingAssignmentSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await inActorScope(ctx, request, (scope) => assignPath(scope, request.body))),
  );
  r.get(
    '/api/onboarding/assignments/:id',
    {
      config,
      schema: {
        tags,
        params: z.object({ id: ZId }),
        response: { 200: ZOnboardingAssignmentSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) => inActorScope(ctx, request, (scope) => readAssignment(scope, request.params.id)),
  );
  r.put(
    '/api/onboarding/assignments/:id/steps/:stepId',
    {
      config,
      schema: {
        tags,
        summary: 'Tick a step of my own path done (or take it back)',
        params: z.object({ id: ZId, stepId: ZId }),
        body: ZOnboardingTickInputSchema,
        response: { 200: ZOnboardingAssignmentSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        tickStep(scope, request.params.id, request.params.stepId, request.body.done),
      ),
  );
}
