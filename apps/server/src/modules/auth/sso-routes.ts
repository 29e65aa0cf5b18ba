import { timingSafeEqual } from 'node:crypto';
import { ZSignInMethodsSchema } from '@lotse/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type IdentityProvider, ProviderError, ProviderRefusal } from '../../platform/auth/oidc.js';
import {
  openPendingSignIn,
  SSO_LOGOUT_COOKIE,
  SSO_PENDING_COOKIE,
  sealLogoutHint,
  sealPendingSignIn,
} from '../../platform/auth/oidc-cookies.js';
import type { AppContext } from '../../platform/context.js';
import { HttpError } from '../../platform/errors.js';
import { errorResponses } from '../../platform/http/responses.js';
import { ProviderSignInRefused, signInWithProvider } from './sign-in-with-provider.js';
import { continuePage, failurePage, safeNext } from './sso-pages.js';

const notConfigured = () =>
  new HttpError(404, 'not_found', 'Die Anmeldung mit Dienstkonto ist hier nicht eingerichtet.');

/** What the login page says after a refused sign-in (`/fachkraft/login?sso=…`). */
const REFUSAL_PARAM = {
  unknown: 'unbekannt',
  disabled: 'gesperrt',
  no_role: 'keine-rolle',
  cancelled: 'abgebrochen',
  failed: 'fehler',
} as const;

const ZCallbackQuery = z.object({
  state: z.string().max(2000).optional(),
  code: z.string().max(4000).optional(),
  error: z.string().max(200).optional(),
});

/** An HTML page for the browser (the JSON schemas of the route cover its error answers only). */
const sendPage = (reply: FastifyReply, status: number, html: string) =>
  reply.status(status).type('text/html; charset=utf-8').send(html);

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Sign-in through the office's identity provider (OpenID Connect, authorization code flow with PKCE):
 * `GET /api/auth/oidc/login` sends the browser there, `GET /api/auth/oidc/callback` takes it back and
 * opens the Lotse session; `GET /api/auth/methods` tells the login page what to offer. Without OIDC
 * settings the two flow routes answer 404.
 */
export function ssoRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  opts: {
    idp: IdentityProvider | undefined;
    setSessionCookie: (reply: FastifyReply, token: string) => void;
    rateLimit: { max: number; timeWindow: string };
  },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { idp } = opts;

  r.get(
    '/api/auth/methods',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], response: { 200: ZSignInMethodsSchema } },
    },
    () => ({ sso: idp !== undefined, passwords: ctx.config.localPasswords }),
  );

  r.get(
    '/api/auth/oidc/login',
    {
      config: { access: 'public', rateLimit: opts.rateLimit },
      schema: {
        tags: ['auth'],
        querystring: z.object({ next: z.string().max(500).optional() }),
        response: errorResponses(404, 429),
      },
    },
    async (request, reply) => {
      if (!idp) throw notConfigured();
      let started: Awaited<ReturnType<IdentityProvider['startSignIn']>>;
      try {
        started = await idp.startSignIn(safeNext(request.query.next));
      } catch (error) {
        request.log.warn({ err: error }, 'identity provider unreachable');
        return sendPage(
          reply,
          503,
          failurePage(
            'Der Anmeldedienst Ihres Jugendamts ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
          ),
        );
      }
      reply.setCookie(SSO_PENDING_COOKIE, sealPendingSignIn(ctx.keys, started.pending), {
        path: '/',
        httpOnly: true,
        secure: true,
        sameSite: 'lax',
        maxAge: 600,
      });
      return reply.redirect(started.url.href, 302);
    },
  );

  r.get(
    '/api/auth/oidc/callback',
    {
      config: { access: 'public', rateLimit: opts.rateLimit },
      schema: { tags: ['auth'], querystring: ZCallbackQuery, response: errorResponses(404, 429) },
    },
    async (request, reply) => {
      if (!idp) throw notConfigured();
      const pending = openPendingSignIn(ctx.keys, request.cookies[SSO_PENDING_COOKIE]);
      reply.clearCookie(SSO_PENDING_COOKIE, { path: '/', httpOnly: true, secure: true, sameSite: 'lax' });
      const { state } = request.query;
      if (!pending || !state || !sameText(state, pending.state)) {
        return sendPage(
          reply,
          400,
          failurePage(
            'Die Anmeldung ist abgelaufen oder passt nicht zu diesem Browser. Bitte melden Sie sich erneut an.',
          ),
        );
      }
      const toLogin = (reason: keyof typeof REFUSAL_PARAM) =>
        reply.redirect(`/fachkraft/login?sso=${REFUSAL_PARAM[reason]}`, 303);
      // The registered redirect URI with the provider's answer: what openid-client checks and redeems.
      const callbackUrl = new URL(idp.settings.redirectUri);
      callbackUrl.search = new URL(request.url, 'http://lotse.invalid').search;
      const wanted = [idp.settings.userClaim, idp.settings.rolesClaim, idp.settings.teamsClaim].filter(
        (claim): claim is string => claim !== undefined,
      );
      let identity: Awaited<ReturnType<IdentityProvider['finishSignIn']>>;
      try {
        identity = await idp.finishSignIn(callbackUrl, pending, wanted);
      } catch (error) {
        if (error instanceof ProviderRefusal) return toLogin('cancelled');
        if (!(error instanceof ProviderError)) throw error;
        request.log.warn({ err: error }, 'sign-in through the identity provider failed');
        return toLogin('failed');
      }
      const previousSessionId = request.session?.actor.sessionId ?? null;
      let result: Awaited<ReturnType<typeof signInWithProvider>>;
      try {
        result = await signInWithProvider(ctx, idp.settings, { identity, ip: request.ip, previousSessionId });
      } catch (error) {
        if (error instanceof ProviderSignInRefused) return toLogin(error.reason);
        throw error;
      }
      if (previousSessionId) ctx.sessions.revoke(previousSessionId);
      opts.setSessionCookie(reply, result.token);
      reply.setCookie(
        SSO_LOGOUT_COOKIE,
        sealLogoutHint(ctx.keys, { userId: result.userId, idToken: identity.idToken }),
        {
          path: '/',
          httpOnly: true,
          secure: true,
          sameSite: 'strict',
          maxAge: ctx.config.sessionAbsoluteSeconds,
        },
      );
      const next = encodeURIComponent(pending.next);
      const target = result.mfaRequired
        ? `/fachkraft/login?schritt=code&next=${next}`
        : result.mfaSetupRequired
          ? `/fachkraft/login?schritt=einrichten&next=${next}`
          : pending.next;
      return sendPage(reply, 200, continuePage(target));
    },
  );
}
