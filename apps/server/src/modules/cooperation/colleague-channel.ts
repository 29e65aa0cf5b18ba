import type { AppContext } from '../../platform/context.js';
import type { ChannelModule } from '../../platform/realtime/hub.js';
import { inWhoScope } from '../../platform/scope.js';
import { mayMessageColleagues } from './colleague-policy.js';

const CONVERSATION = 'colleague-conversation:';
const INBOX = 'colleague-inbox:';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Live updates of a conversation between offices (`colleague-conversation:<id>`): only the staff
 * taking part may listen, whichever office they are in. Events say `changed`; the page refetches.
 */
export function colleagueConversationChannelModule(ctx: AppContext): ChannelModule {
  return {
    prefix: CONVERSATION,
    async canSubscribe(who, channel) {
      const id = channel.slice(CONVERSATION.length);
      if (who.kind !== 'staff' || !UUID.test(id) || !mayMessageColleagues(who.actor)) return false;
      const row = await inWhoScope(ctx, who, null, ({ tx }) =>
        tx
          .selectFrom('colleague_participants')
          .select('user_id')
          .where('conversation_id', '=', id)
          .where('office_id', '=', who.tenantId)
          .where('user_id', '=', who.actor.userId)
          .executeTakeFirst(),
      );
      return row !== undefined;
    },
  };
}

/** One person's list of conversations with other offices (`colleague-inbox:<officeId>:<userId>`): theirs alone. */
export function colleagueInboxChannelModule(): ChannelModule {
  return {
    prefix: INBOX,
    async canSubscribe(who, channel) {
      if (who.kind !== 'staff' || !mayMessageColleagues(who.actor)) return false;
      return channel === `${INBOX}${who.tenantId}:${who.actor.userId}`;
    },
  };
}
