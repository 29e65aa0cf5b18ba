import {
  ZChallengeSchema,
  ZClassifyRequestSchema,
  ZClassifyResponseSchema,
  ZCreateIntakeRequestSchema,
  ZCreateIntakeResponseSchema,
  ZErrorSchema,
  ZFlowResponseSchema,
  ZRouteRequestSchema,
  ZTeamContactSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/connection.js';
import type { AppContext } from '../../platform/context.js';
import { resolvePublicOffice } from '../tenancy/public-office.js';
import { resolveSocialArea } from '../tenancy/resolve-social-area.js';
import { allTeamContacts, teamContact } from '../tenancy/team-contacts.js';
import { createIntakeRequest } from './create-request.js';
import { currentFlow } from './flow.js';
import { routeToTeam } from './routing.js';

const errors = { 400: ZErrorSchema, 429: ZErrorSchema, 503: ZErrorSchema };
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
          }),
          ...errors,
        },
      },
    },
    async () => {
      const office = await resolvePublicOffice(ctx);
      const teams = await withTenant(ctx.db, office.id, (tx) => allTeamContacts(tx));
      return { name: office.name, crisisPhone: office.crisisPhone, teams };
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
      const classifier = await ctx.classifier();
      const result = await classifier.classify(request.body.text, request.body.lang);
      return {
        topic: result.topic,
        confidence: result.confidence,
        danger: result.danger,
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
      return withTenant(ctx.db, office.id, (tx) => currentFlow(tx));
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
      return withTenant(ctx.db, office.id, async (tx) => {
        const area = await resolveSocialArea(tx, request.body);
        const teamId = await routeToTeam(tx, request.body.topic, area);
        if (!teamId) throw new Error('office has no teams');
        return teamContact(tx, teamId);
      });
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
      const result = await createIntakeRequest(ctx, office.id, request.body, request.ip);
      return reply.status(201).send(result);
    },
  );
}
