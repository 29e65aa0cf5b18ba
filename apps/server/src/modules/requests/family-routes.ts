import { ZFamilyLoginAnswerSchema, ZFamilyLoginSchema, ZFamilyRequestViewSchema } from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FAMILY_COOKIE, setFamilyCookie } from '../../platform/auth/family-sessions.js';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inFamilyScope } from '../../platform/scope.js';
import { familyLogin } from './family-access.js';
import { endFamilySession, readFamilyRequest } from './family-view.js';

const errors = errorResponses(400, 401, 429);

/** Families coming back with code and PIN: sign in, see the state of their request, sign out. */
export function familyRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/family/login',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['family'],
        body: ZFamilyLoginSchema,
        response: { 200: ZFamilyLoginAnswerSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { token, kind } = await familyLogin(ctx, { ...request.body, ip: request.ip });
      setFamilyCookie(reply, token);
      return { ok: true, kind };
    },
  );

  r.post(
    '/api/family/logout',
    { config: { access: 'family' }, schema: { tags: ['family'], response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await inFamilyScope(ctx, request, endFamilySession);
      // Other instances close this family's live sockets at once (as for staff).
      if (request.family) ctx.sessions.revoke(request.family.sessionId);
      reply.clearCookie(FAMILY_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'strict' });
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/family/request',
    {
      config: { access: 'family' },
      schema: { tags: ['family'], response: { 200: ZFamilyRequestViewSchema, ...errors } },
    },
    (request) => inFamilyScope(ctx, request, readFamilyRequest),
  );
}
