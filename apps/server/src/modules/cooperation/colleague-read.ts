import type { TColleagueConversation, TColleagueConversationSummary } from '@lotse/shared';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import type { ActorScope } from '../../platform/scope.js';
import { announceColleagueChange } from './colleague-announce.js';
import {
  conversationFor,
  markConversationRead,
  ownCaseId,
  presentConversation,
} from './colleague-conversation.js';
import { conversationPeople } from './colleague-directory.js';
import { requireColleagueMessaging } from './colleague-policy.js';
import { openColleagueText, subjectContext } from './colleague-sealing.js';

/** The actor's conversations with other offices, the latest first, with their unread messages. */
export async function listColleagueConversations(
  ctx: AppContext,
  scope: ActorScope,
): Promise<TColleagueConversationSummary[]> {
  requireColleagueMessaging(scope.actor);
  const { tx, tenantId, actor } = scope;
  const rows = await sql<{
    id: string;
    subject_enc: Uint8Array;
    last_message_at: Date | string;
    unread: number;
    case_linked: boolean;
  }>`
    SELECT c.id, c.subject_enc,
           COALESCE((SELECT max(m.sent_at) FROM colleague_messages m WHERE m.conversation_id = c.id),
                    c.created_at) AS last_message_at,
           (SELECT count(*)::int FROM colleague_messages m
             WHERE m.conversation_id = c.id
               AND NOT (m.sender_office_id = p.office_id AND m.sender_user_id = p.user_id)
               AND m.sent_at > COALESCE(p.last_read_at, '-infinity'::timestamptz)) AS unread,
           EXISTS (SELECT 1 FROM colleague_case_links l WHERE l.conversation_id = c.id) AS case_linked
      FROM colleague_participants p
      JOIN colleague_conversations c ON c.id = p.conversation_id
     WHERE p.office_id = ${tenantId} AND p.user_id = ${actor.userId}
     ORDER BY last_message_at DESC
     LIMIT 200`.execute(tx);
  const people = await conversationPeople(
    tx,
    rows.rows.map((r) => r.id),
  );
  await scope.audit({ action: 'colleague.conversation_list', resourceType: 'colleague_conversation' });
  return rows.rows.map((r) => ({
    id: r.id,
    subject: openColleagueText(ctx.keys, r.subject_enc, subjectContext(r.id)),
    others: (people.get(r.id) ?? []).filter((p) => !(p.officeId === tenantId && p.userId === actor.userId)),
    lastMessageAt: new Date(r.last_message_at).toISOString(),
    unread: Number(r.unread),
    caseLinked: Boolean(r.case_linked),
  }));
}

/**
 * A participant reads a conversation (audited as a read of its messages; on the linked case of the
 * reader's office, if any). What was new counts as read, and the writers hear it live.
 */
export async function readColleagueConversation(
  ctx: AppContext,
  scope: ActorScope,
  conversationId: string,
): Promise<TColleagueConversation> {
  const c = await conversationFor(scope, conversationId, 'read');
  if (await markConversationRead(scope, conversationId)) announceColleagueChange(scope, conversationId, c);
  await scope.audit({
    action: 'colleague.conversation_read',
    resourceType: 'colleague_conversation',
    resourceId: conversationId,
    caseId: ownCaseId(scope, c),
  });
  return presentConversation(ctx.keys, scope, c);
}
