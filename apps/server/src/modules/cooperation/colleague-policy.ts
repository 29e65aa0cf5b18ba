import type { TColleagueConversationAction } from '@lotse/shared';
import type { Actor } from '../../platform/actor.js';
import { HttpError } from '../../platform/errors.js';
import { allowedActionsOf, canInOffice, type Policy } from '../../platform/policy.js';

/** What the policy needs to know of a conversation between offices. */
export interface ColleagueConversationFacts {
  participants: { officeId: string; userId: string }[];
  /** Offices that linked one of their cases (with its ground) to the conversation. */
  linkedOffices: string[];
}

export type ColleagueConversationAction = 'read' | TColleagueConversationAction;

/**
 * Messaging other offices is for everyone working in an office (as the knowledge base; not provider
 * staff). The directory lists only those who do case work or lead teams: they are the ones asked.
 */
export const mayMessageColleagues = (actor: Actor) =>
  canInOffice(actor, 'use_knowledge', { tenantId: actor.tenantId });

/** Throws a clear 403 unless the actor may write to colleagues of other offices at all. */
export function requireColleagueMessaging(actor: Actor): void {
  if (!mayMessageColleagues(actor)) {
    throw new HttpError(
      403,
      'forbidden',
      'Nachrichten an andere Jugendämter schreiben nur Mitarbeitende eines Jugendamts.',
    );
  }
}

const takesPart = (actor: Actor, c: ColleagueConversationFacts) =>
  c.participants.some((p) => p.officeId === actor.tenantId && p.userId === actor.userId);

/**
 * A conversation between offices belongs to the people taking part, not to their offices: nobody
 * else reads it, not even a team lead. A participant who works on cases may link one case of their
 * office, once, with a recorded legal ground or consent (the case policy decides which case).
 */
export const canOnColleagueConversation: Policy<ColleagueConversationAction, ColleagueConversationFacts> = (
  actor,
  action,
  c,
) => {
  if (!mayMessageColleagues(actor) || !takesPart(actor, c)) return false;
  switch (action) {
    case 'read':
    case 'send':
      return true;
    case 'link_case':
      return (
        canInOffice(actor, 'work_on_cases', { tenantId: actor.tenantId }) &&
        !c.linkedOffices.includes(actor.tenantId)
      );
  }
};

/** The actions the UI may offer on the conversation. */
export const allowedColleagueActions = (actor: Actor, c: ColleagueConversationFacts) =>
  allowedActionsOf(canOnColleagueConversation, ['send', 'link_case'] as const, actor, c);
