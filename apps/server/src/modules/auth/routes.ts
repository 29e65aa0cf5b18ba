import {
  ZErrorSchema,
  ZLoginRequestSchema,
  ZLoginResponseSchema,
  ZMeResponseSchema,
  ZMfaRequestSchema,
  ZMfaSetupResponseSchema,
} from '@lotse/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { deleteSession, SESSION_COOKIE } from '../../platform/auth/sessions.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/access.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope, inScopeOf } from '../../platform/scope.js';
import { login } from './login.js';
import { describeMe } from './me.js';
import { confirmMfa, startMfaSetup } from './mfa.js';

const errors = errorResponses(400, 401, 409, 429);

/** Sign-in with password and TOTP, sign-out, and who am I. */
export function authRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      maxAge: ctx.config.sessionAbsoluteSeconds,
    });
  // A flood guard per address only: guessing is slowed by the growing waits of platform/auth/throttle.ts,
  // and an office behind one address (or the browser tests) signs in many people a minute.
  const loginRateLimit = { max: 60, timeWindow: '1 minute' };

  r.post(
    '/api/auth/login',
    {
      config: { access: 'public', rateLimit: loginRateLimit },
      schema: {
        tags: ['auth'],
        body: ZLoginRequestSchema,
        response: { 200: ZLoginResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const previousSessionId = request.session?.actor.sessionId ?? null;
      const result = await login(ctx, { ...request.body, ip: request.ip, previousSessionId });
      if (previousSessionId) ctx.sessions.revoke(previousSessionId);
      setSessionCookie(reply, result.token);
      return {
        ok: !result.mfaRequired && !result.mfaSetupRequired,
        mfaRequired: result.mfaRequired,
        mfaSetupRequired: result.mfaSetupRequired,
      };
    },
  );

  r.post(
    '/api/auth/mfa',
    {
      config: { access: 'session', rateLimit: loginRateLimit },
      schema: { tags: ['auth'], body: ZMfaRequestSchema, response: { 200: ZLoginResponseSchema, ...errors } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const token = await confirmMfa(ctx, actor, {
        code: request.body.code,
        ip: request.ip,
        enrol: false,
      });
      ctx.sessions.revoke(actor.sessionId); // rotated: the old id is gone
      setSessionCookie(reply, token);
      return { ok: true };
    },
  );

  r.post(
    '/api/auth/mfa/setup',
    {
      config: { access: 'session' },
      schema: { tags: ['auth'], response: { 200: ZMfaSetupResponseSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => startMfaSetup(ctx, scope)),
  );

  r.post(
    '/api/auth/mfa/enable',
    {
      config: { access: 'session', rateLimit: loginRateLimit },
      schema: { tags: ['auth'], body: ZMfaRequestSchema, response: { 200: ZLoginResponseSchema, ...errors } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const token = await confirmMfa(ctx, actor, {
        code: request.body.code,
        ip: request.ip,
        enrol: true,
      });
      ctx.sessions.revoke(actor.sessionId); // rotated: the old id is gone
      setSessionCookie(reply, token);
      return { ok: true };
    },
  );

  r.post(
    '/api/auth/logout',
    { config: { access: 'public' }, schema: { tags: ['auth'], response: { 204: ZErrorSchema.nullable() } } },
    async (request, reply) => {
      const actor = request.session?.actor;
      if (actor) {
        await inScopeOf(ctx, actor, request.ip, async ({ tx, audit }) => {
          await deleteSession(tx, actor.sessionId);
          await audit({ action: 'auth.logout', resourceType: 'session' });
        });
        ctx.sessions.revoke(actor.sessionId);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'strict' });
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/me',
    {
      config: { access: 'staff' },
      schema: { tags: ['auth'], response: { 200: ZMeResponseSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => describeMe(scope, ctx.config.demo)),
  );
}
