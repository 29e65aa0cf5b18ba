import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { runtimeDatabaseUrl } from '../../db/connection.js';
import { FAMILY_COOKIE, lookupFamilySession } from '../auth/family-sessions.js';
import { lookupSession, SESSION_COOKIE } from '../auth/sessions.js';
import type { AppContext } from '../context.js';
import { type Bus, LocalBus, PgBus } from './bus.js';
import {
  CLOSE_UNAUTHENTICATED,
  type HubOptions,
  maxRealtimeMessageBytes,
  RealtimeHub,
  type Who,
} from './hub.js';

/** Finds who is calling from the request's cookies; `revalidate` re-checks later (null: not this kind). */
export type IdentityResolver = (
  request: FastifyRequest,
) => Promise<{ who: Who; revalidate: () => Promise<boolean> } | null>;

export interface Realtime {
  hub: RealtimeHub;
  /** Adds a way to sign in (e.g. meeting guests); tried after staff and family sessions. */
  addIdentityResolver(resolver: IdentityResolver): void;
  /** The caller of an HTTP request or socket: staff (with second factor), family or guest. */
  identify(request: FastifyRequest): Promise<{ who: Who; revalidate: () => Promise<boolean> } | null>;
}

declare module 'fastify' {
  interface FastifyInstance {
    realtime: Realtime;
  }
}

/**
 * Registers `GET /api/realtime` (WebSocket) and the hub behind it. With a PostgreSQL server the hub
 * fans out across instances through LISTEN/NOTIFY; on PGlite (one process) it stays in-process.
 */
export async function registerRealtime(
  app: FastifyInstance,
  ctx: AppContext,
  opts: HubOptions & { bus?: Bus } = {},
): Promise<Realtime> {
  const log = (error: unknown) => app.log.warn({ err: error }, 'realtime');
  const bus =
    opts.bus ??
    (ctx.db.engine === 'postgres' && ctx.config.databaseUrl
      ? await PgBus.connect(runtimeDatabaseUrl(ctx.config.databaseUrl, ctx.config.databaseMigrationUrl), log)
      : new LocalBus());
  const hub = new RealtimeHub(bus, { log, ...opts });
  const idle = ctx.config.sessionIdleSeconds;

  const staff: IdentityResolver = async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? (request.session ?? (await lookupSession(ctx.db, token, idle))) : null;
    if (!token || !session?.mfaPassed) return null;
    const actor = session.actor;
    return {
      who: { kind: 'staff', tenantId: actor.tenantId, actor },
      revalidate: async () => (await lookupSession(ctx.db, token, idle))?.mfaPassed === true,
    };
  };
  const family: IdentityResolver = async (request) => {
    const token = request.cookies[FAMILY_COOKIE];
    const found = token ? await lookupFamilySession(ctx.db, token, idle) : null;
    if (!token || !found) return null;
    return {
      who: { kind: 'family', ...found },
      revalidate: async () => (await lookupFamilySession(ctx.db, token, idle)) !== null,
    };
  };
  const resolvers: IdentityResolver[] = [staff, family];

  const realtime: Realtime = {
    hub,
    addIdentityResolver: (resolver) => {
      resolvers.push(resolver);
    },
    identify: async (request) => {
      for (const resolve of resolvers) {
        const found = await resolve(request);
        if (found) return found;
      }
      return null;
    },
  };

  await app.register(websocket, { options: { maxPayload: maxRealtimeMessageBytes } });
  app.decorate('realtime', realtime);
  app.addHook('onClose', () => hub.close());

  const identities = new WeakMap<FastifyRequest, Awaited<ReturnType<IdentityResolver>>>();
  app.get(
    '/api/realtime',
    {
      websocket: true,
      // The socket authenticates itself: staff, family or guest; anyone else is closed with 4401.
      config: { access: 'public' },
      schema: { hide: true },
      preHandler: async (request) => {
        identities.set(request, await realtime.identify(request));
      },
    },
    (socket, request) => {
      const found = identities.get(request);
      if (!found) {
        socket.close(CLOSE_UNAUTHENTICATED, 'unauthenticated');
        return;
      }
      hub.accept(socket, found.who, found.revalidate);
    },
  );
  return realtime;
}
