import type { SessionCache } from '../auth/session-cache.js';
import type { RealtimeHub } from './hub.js';

const PREFIX = 'session-revoked:';

/**
 * Ends sessions on every instance: a revocation travels over the realtime bus (LISTEN/NOTIFY) and
 * each instance, this one included, forgets the cached session and closes its live sockets (4401).
 * Nobody can subscribe to these channels; the payload is the session id, a hash of the cookie that
 * cannot be used as one.
 */
export function shareSessionRevocations(hub: RealtimeHub, cache: SessionCache): void {
  hub.register({
    prefix: PREFIX,
    canSubscribe: async () => false,
    observe: (envelope) => {
      const sessionId = envelope.channel.slice(PREFIX.length);
      cache.forget(sessionId);
      hub.endSession(sessionId);
    },
  });
  // The NOTIFY is sent before the answer to the logout leaves (SessionCache.revocationsSent).
  cache.onRevoke = (sessionId) => hub.publish(`${PREFIX}${sessionId}`, {});
}
