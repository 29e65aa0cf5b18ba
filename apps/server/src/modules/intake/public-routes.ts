import {
  ZChallengeSchema,
  ZClassifyRequestSchema,
  ZClassifyResponseSchema,
  ZCreateIntakeRequestSchema,
  ZCreateIntakeResponseSchema,
  ZFlowResponseSchema,
  ZHelpLineKey,
  ZRouteRequestSchema,
  ZTeamContactSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inOfficeScope } from '../../platform/scope.js';
import { allTeamContacts, publicHelpLines, resolvePublicOffice } from '../tenancy/index.js';
import { intakeClassifier } from './classifier/index.js';
import { currentFlow } from './flow.js';
import { responsibleTeam } from './routing.js';
import { sendIntakeRequest } from './send-request.js';

const errors = errorResponses(400, 429, 503);
const publicAccess = (max: number) => ({
  access: 'public' as const,
  rateLimit: { max, timeWindow: '1 minute' },
});

/** What the family app needs before anyone signs in. Nothing here stores personal data, except sending a request. */
export function intakePublicRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/public/office',
    {
      config: publicAccess(120),
      schema: {
        tags: ['family'],
        response: {
          200: z.object({
            name: z.string(),
            crisisPhone: z.string().nullable(),
            teams: z.array(ZTeamContactSchema),
            /** Emergency, crisis and counselling lines (office data; names are texts of the app). */
            helpLines: z.array(z.object({ key: ZHelpLineKey, phone: z.string() })),
          }),
          ...errors,
        },
      },
    },
    async () => {
      const office = await resolvePublicOffice(ctx);
      const { teams, helpLines } = await inOfficeScope(ctx, office.id, null, async ({ tx }) => ({
        teams: await allTeamContacts(tx),
        helpLines: await publicHelpLines(tx),
      }));
      return { name: office.name, crisisPhone: office.crisisPhone, teams, helpLines };
    },
  );

  r.post(
    '/api/intake/classify',
    {
      config: publicAccess(60),
      schema: {
        tags: ['family'],
        body: ZClassifyRequestSchema,
        response: { 200: ZClassifyResponseSchema, ...errors },
      },
    },
    async (request) => {
      const classifier = await intakeClassifier();
      const result = await classifier.classify(request.body.text, request.body.lang);
      return {
        topic: result.topic,
        confidence: result.confidence,
        danger: result.danger,
        signals: result.dangerSignals,
        uncertain: result.uncertain,
        language: result.language,
      };
    },
  );

  r.get(
    '/api/intake/flow',
    {
      config: publicAccess(120),
      schema: { tags: ['family'], response: { 200: ZFlowResponseSchema, ...errors } },
    },
    async () => {
      const office = await resolvePublicOffice(ctx);
      return inOfficeScope(ctx, office.id, null, ({ tx }) => currentFlow(tx));
    },
  );

  r.get(
    '/api/intake/challenge',
    {
      config: publicAccess(30),
      schema: { tags: ['family'], response: { 200: ZChallengeSchema, ...errors } },
    },
    () => ctx.pow.challenge(),
  );

  r.post(
    '/api/intake/route',
    {
      config: publicAccess(60),
      schema: {
        tags: ['family'],
        body: ZRouteRequestSchema,
        response: { 200: ZTeamContactSchema, ...errors },
      },
    },
    async (request) => {
      const office = await resolvePublicOffice(ctx);
      return inOfficeScope(ctx, office.id, null, (scope) => responsibleTeam(scope, request.body));
    },
  );

  r.post(
    '/api/intake/requests',
    {
      config: publicAccess(10),
      bodyLimit: 64 * 1024,
      schema: {
        tags: ['family'],
        body: ZCreateIntakeRequestSchema,
        response: { 201: ZCreateIntakeResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const office = await resolvePublicOffice(ctx);
      const result = await sendIntakeRequest(ctx, office.id, request.body, request.ip);
      return reply.status(201).send(result);
    },
  );
}
