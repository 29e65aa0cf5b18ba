import { withTenant } from '../../db/connection.js';
import type { AppContext } from '../../platform/context.js';
import type { ChannelModule, RealtimeHub } from '../../platform/realtime/hub.js';
import { canWorkOnRequest } from './policy.js';

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
      const row = await withTenant(ctx.db, who.tenantId, (tx) =>
        tx
          .selectFrom('intake_requests')
          .select(['tenant_id', 'team_id'])
          .where('id', '=', requestId)
          .executeTakeFirst(),
      );
      return row ? canWorkOnRequest(who.actor, { tenantId: row.tenant_id, teamId: row.team_id }) : false;
    },
  };
}

/** Tells the subscribers of a conversation that something changed (call after the commit). */
export async function announceConversationChange(hub: RealtimeHub, intakeRequestId: string): Promise<void> {
  await hub.publish(conversationChannel(intakeRequestId), { type: 'changed' });
}
