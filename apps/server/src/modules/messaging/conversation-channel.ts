import type { AppContext } from '../../platform/context.js';
import type { ChannelModule } from '../../platform/realtime/hub.js';
import { inWhoScope } from '../../platform/scope.js';
import { canOnRequest, findRequestRef } from '../requests/index.js';

const PREFIX = 'conversation:';
export const conversationChannel = (intakeRequestId: string) => `${PREFIX}${intakeRequestId}`;

/**
 * Live updates of a family ↔ office conversation. Subscribers get `{type:'changed'}` and fetch the
 * messages over HTTP (so reading stays audited and decryption stays in one place).
 */
export function conversationChannelModule(ctx: AppContext): ChannelModule {
  return {
    prefix: PREFIX,
    async canSubscribe(who, channel) {
      const requestId = channel.slice(PREFIX.length);
      if (!/^[0-9a-f-]{36}$/.test(requestId)) return false;
      if (who.kind === 'family') return who.intakeRequestId === requestId;
      if (who.kind !== 'staff') return false;
      const request = await inWhoScope(ctx, who, null, ({ tx }) => findRequestRef(tx, requestId));
      return request ? canOnRequest(who.actor, 'read', request) : false;
    },
  };
}
