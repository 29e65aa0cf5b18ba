import type { SessionCache } from '../auth/session-cache.js';
import type { RealtimeHub } from './hub.js';

const PREFIX = 'session-revoked:';

/**
 * Ends cached sessions on every instance: a revocation travels over the realtime bus (LISTEN/NOTIFY)
 * and each instance forgets the session. Nobody can subscribe to these channels; the payload is the
 * session id, a hash of the cookie that cannot be used as one.
 */
export function shareSessionRevocations(hub: RealtimeHub, cache: SessionCache): void {
  hub.register({
    prefix: PREFIX,
    canSubscribe: async () => false,
    observe: (envelope) => cache.forget(envelope.channel.slice(PREFIX.length)),
  });
  cache.onRevoke = (sessionId) => {
    void hub.publish(`${PREFIX}${sessionId}`, {});
  };
}
