import {
  ZErrorSchema,
  ZLoginRequestSchema,
  ZLoginResponseSchema,
  ZLogoutResponseSchema,
  ZMeResponseSchema,
  ZMfaRequestSchema,
  ZMfaSetupResponseSchema,
} from '@lotse/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdentityProvider } from '../../platform/auth/oidc.js';
import { openLogoutHint, SSO_LOGOUT_COOKIE } from '../../platform/auth/oidc-cookies.js';
import { deleteSession, SESSION_COOKIE } from '../../platform/auth/sessions.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/access.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope, inScopeOf } from '../../platform/scope.js';
import { login } from './login.js';
import { describeMe } from './me.js';
import { confirmMfa, startMfaSetup } from './mfa.js';
import { ssoRoutes } from './sso-routes.js';

const errors = errorResponses(400, 401, 403, 409, 429);
const strictCookie = { path: '/', secure: true, httpOnly: true, sameSite: 'strict' } as const;

/** Sign-in with password and TOTP or through the office's identity provider, sign-out, and who am I. */
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
  const idp = ctx.config.oidc ? new IdentityProvider(ctx.config.oidc) : undefined;
  ssoRoutes(app, ctx, { idp, setSessionCookie, rateLimit: loginRateLimit });

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
      // This session did not come from the identity provider: logging out must not send anyone there.
      if (request.cookies[SSO_LOGOUT_COOKIE]) reply.clearCookie(SSO_LOGOUT_COOKIE, strictCookie);
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
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        response: { 200: ZLogoutResponseSchema, 204: ZErrorSchema.nullable() },
      },
    },
    async (request, reply) => {
      const actor = request.session?.actor;
      if (actor) {
        await inScopeOf(ctx, actor, request.ip, async ({ tx, audit }) => {
          await deleteSession(tx, actor.sessionId);
          await audit({ action: 'auth.logout', resourceType: 'session' });
        });
        ctx.sessions.revoke(actor.sessionId);
      }
      reply.clearCookie(SESSION_COOKIE, strictCookie);
      // Signed in through the identity provider: the browser ends the provider's session there too.
      const hint = openLogoutHint(ctx.keys, request.cookies[SSO_LOGOUT_COOKIE]);
      if (hint) reply.clearCookie(SSO_LOGOUT_COOKIE, strictCookie);
      const providerLogoutUrl =
        idp && hint && (!actor || actor.userId === hint.userId) ? await idp.logoutUrl(hint.idToken) : null;
      if (providerLogoutUrl) return reply.status(200).send({ providerLogoutUrl });
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
