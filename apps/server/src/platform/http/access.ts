import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../actor.js';
import { FAMILY_COOKIE, lookupFamilySession } from '../auth/family-sessions.js';
import type { SessionCache } from '../auth/session-cache.js';
import { lookupSessionCached, SESSION_COOKIE } from '../auth/sessions.js';
import { HttpError, unauthenticated } from '../errors.js';
import './types.js';

/**
 * Resolves the session cookie on every request and enforces each route's declared access.
 * A route without `config.access` is refused at start-up, so none is open by accident.
 */
export function registerAccessControl(app: FastifyInstance, db: Db, config: Config, sessions: SessionCache) {
  app.decorateRequest('session', null);
  app.decorateRequest('family', null);
  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api/') || url.startsWith('/api/docs')) return;
    if (!route.config?.access) throw new Error(`Route ${route.method} ${url} declares no access`);
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') {
      // Public routes still learn who is calling (e.g. /api/auth/logout) but never require it.
      if (request.url.startsWith('/api/')) request.session = await resolve(request, db, config, sessions);
      return;
    }
    if (access === 'family') {
      const token = request.cookies[FAMILY_COOKIE];
      request.family = token ? await lookupFamilySession(db, token, config.sessionIdleSeconds) : null;
      if (!request.family) {
        throw new HttpError(401, 'unauthenticated', 'Bitte melden Sie sich mit Ihrem Code und Ihrer PIN an.');
      }
      return;
    }
    request.session = await resolve(request, db, config, sessions);
    if (!request.session) throw unauthenticated();
    if (access === 'staff' && !request.session.mfaPassed) {
      throw new HttpError(401, 'mfa_required', 'Bitte bestätigen Sie die Anmeldung mit Ihrem Einmalcode.');
    }
  });
  // A request that ended a session (logout, rotation) answers only once the other instances were
  // told: whichever instance the next request reaches refuses the old cookie.
  app.addHook('onSend', (_request, _reply, payload, done) => {
    const sent = sessions.revocationsSent();
    if (!sent) return done(null, payload);
    sent.then(
      () => done(null, payload),
      () => done(null, payload),
    );
  });
}

async function resolve(request: FastifyRequest, db: Db, config: Config, sessions: SessionCache) {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  return lookupSessionCached(db, sessions, token, config.sessionIdleSeconds);
}

/** The signed-in staff member; only call on routes declared `staff` or `session`. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.session) throw unauthenticated();
  return request.session.actor;
}
