import { colleagueConversationChannel, colleagueInboxChannel } from '@lotse/shared';
import type { ActorScope } from '../../platform/scope.js';
import type { ColleagueConversationFacts } from './colleague-policy.js';

/**
 * Tells everyone watching the conversation, and the lists of the others taking part, that it changed
 * (after the commit; they fetch it over HTTP, so reading stays audited and decryption in one place).
 * `by` lets the actor's own open pages skip a refetch of what they already have.
 */
export function announceColleagueChange(scope: ActorScope, id: string, c: ColleagueConversationFacts): void {
  scope.publish(colleagueConversationChannel(id), { type: 'changed', by: scope.actor.userId });
  for (const p of c.participants) {
    if (p.officeId === scope.tenantId && p.userId === scope.actor.userId) continue;
    scope.publish(colleagueInboxChannel(p.officeId, p.userId), { type: 'changed' });
  }
}
