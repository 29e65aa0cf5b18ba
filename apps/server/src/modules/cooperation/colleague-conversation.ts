import type {
  TColleague,
  TColleagueCaseLink,
  TColleagueConversation,
  TColleagueMessage,
} from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import type { KeyRing } from '../../platform/crypto.js';
import { HttpError } from '../../platform/errors.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { conversationPeople } from './colleague-directory.js';
import {
  allowedColleagueActions,
  type ColleagueConversationAction,
  type ColleagueConversationFacts,
  canOnColleagueConversation,
} from './colleague-policy.js';
import { groundContext, messageContext, openColleagueText, subjectContext } from './colleague-sealing.js';

/** A conversation between offices as the use cases work with it (row-level security already applied). */
export interface ColleagueConversationRecord extends ColleagueConversationFacts {
  id: string;
  subjectEnc: Uint8Array;
  createdAt: Date;
  links: {
    officeId: string;
    caseId: string;
    caseReference: string;
    basis: 'legal_ground' | 'consent';
    groundEnc: Uint8Array;
    linkedBy: string;
    linkedAt: Date;
  }[];
}

/** The conversation with its participants and case links, if the caller's office takes part. */
async function loadConversation(tx: Tx, id: string): Promise<ColleagueConversationRecord | undefined> {
  const c = await tx
    .selectFrom('colleague_conversations')
    .select(['id', 'subject_enc', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!c) return undefined;
  const [participants, links] = await Promise.all([
    tx
      .selectFrom('colleague_participants')
      .select(['office_id', 'user_id'])
      .where('conversation_id', '=', id)
      .execute(),
    tx.selectFrom('colleague_case_links').selectAll().where('conversation_id', '=', id).execute(),
  ]);
  return {
    id: c.id,
    subjectEnc: c.subject_enc,
    createdAt: new Date(c.created_at),
    participants: participants.map((p) => ({ officeId: p.office_id, userId: p.user_id })),
    linkedOffices: links.map((l) => l.office_id),
    links: links.map((l) => ({
      officeId: l.office_id,
      caseId: l.case_id,
      caseReference: l.case_reference,
      basis: l.basis,
      groundEnc: l.ground_enc,
      linkedBy: l.linked_by,
      linkedAt: new Date(l.linked_at),
    })),
  };
}

/**
 * The conversation if the actor takes part (else 404, audited, as for what does not exist) and may
 * do `action` on it (else a 403 or 409 saying why).
 */
export async function conversationFor(
  scope: ActorScope,
  id: string,
  action: ColleagueConversationAction,
): Promise<ColleagueConversationRecord> {
  const c = await loadConversation(scope.tx, id);
  if (!c || !canOnColleagueConversation(scope.actor, 'read', c)) {
    throw new NotVisibleError('colleague_conversation', id, 'Unterhaltung');
  }
  if (!canOnColleagueConversation(scope.actor, action, c)) {
    const own = c.links.find((l) => l.officeId === scope.tenantId);
    if (action === 'link_case' && own) {
      throw new HttpError(
        409,
        'conflict',
        `Ihr Jugendamt hat mit dieser Unterhaltung bereits den Fall ${own.caseReference} verknüpft.`,
      );
    }
    throw new HttpError(
      403,
      'forbidden',
      'Fälle verknüpfen nur Fachkräfte und Teamleitungen, die an Fällen arbeiten.',
    );
  }
  return c;
}

/** The case the actor's office linked to the conversation, for the audit trail of that case. */
export const ownCaseId = (scope: ActorScope, c: ColleagueConversationRecord) =>
  c.links.find((l) => l.officeId === scope.tenantId)?.caseId ?? null;

/**
 * Marks everything in the conversation as read by the actor, up to the newest message (compared in
 * the database, to the microsecond). True when there was something new from the others.
 */
export async function markConversationRead(scope: ActorScope, id: string): Promise<boolean> {
  const { tenantId, actor } = scope;
  const result = await sql`
    UPDATE colleague_participants p
       SET last_read_at = (SELECT max(m.sent_at) FROM colleague_messages m WHERE m.conversation_id = ${id})
     WHERE p.conversation_id = ${id} AND p.office_id = ${tenantId} AND p.user_id = ${actor.userId}
       AND EXISTS (SELECT 1 FROM colleague_messages m
                    WHERE m.conversation_id = ${id}
                      AND NOT (m.sender_office_id = ${tenantId} AND m.sender_user_id = ${actor.userId})
                      AND m.sent_at > COALESCE(p.last_read_at, '-infinity'::timestamptz))`.execute(scope.tx);
  return Number(result.numAffectedRows ?? 0) > 0;
}

const personKey = (officeId: string, userId: string) => `${officeId}/${userId}`;

/** What the actor sees of the conversation: participants, case links with grounds, decrypted messages. Unaudited. */
export async function presentConversation(
  keys: KeyRing,
  scope: ActorScope,
  c: ColleagueConversationRecord,
): Promise<TColleagueConversation> {
  const { tx, tenantId, actor } = scope;
  const people = (await conversationPeople(tx, [c.id])).get(c.id) ?? [];
  const byKey = new Map<string, TColleague>(people.map((p) => [personKey(p.officeId, p.userId), p]));
  const rows = await tx
    .selectFrom('colleague_messages as m')
    .select((eb) => [
      'm.id',
      'm.sender_office_id',
      'm.sender_user_id',
      'm.body_enc',
      'm.sent_at',
      eb
        .not(
          eb.exists(
            eb
              .selectFrom('colleague_participants as o')
              .select('o.user_id')
              .whereRef('o.conversation_id', '=', 'm.conversation_id')
              .where((w) =>
                w.not(
                  w.and([
                    w('o.office_id', '=', w.ref('m.sender_office_id')),
                    w('o.user_id', '=', w.ref('m.sender_user_id')),
                  ]),
                ),
              )
              .where((w) =>
                w.or([w('o.last_read_at', 'is', null), w('o.last_read_at', '<', w.ref('m.sent_at'))]),
              ),
          ),
        )
        .as('read'),
    ])
    .where('m.conversation_id', '=', c.id)
    .orderBy('m.sent_at')
    .orderBy('m.id')
    .limit(1000)
    .execute();
  const messages: TColleagueMessage[] = rows.map((m) => {
    const author = byKey.get(personKey(m.sender_office_id, m.sender_user_id));
    const mine = m.sender_office_id === tenantId && m.sender_user_id === actor.userId;
    return {
      id: m.id,
      author: author?.displayName ?? 'Unbekannt',
      officeName: author?.officeName ?? '',
      mine,
      body: openColleagueText(keys, m.body_enc, messageContext(m.id)),
      sentAt: new Date(m.sent_at).toISOString(),
      read: mine && Boolean(m.read),
    };
  });
  const caseLinks: TColleagueCaseLink[] = c.links.map((l) => {
    const by = byKey.get(personKey(l.officeId, l.linkedBy));
    return {
      officeId: l.officeId,
      officeName: by?.officeName ?? '',
      caseId: l.officeId === tenantId ? l.caseId : null,
      caseReference: l.caseReference,
      basis: l.basis,
      ground: openColleagueText(keys, l.groundEnc, groundContext(c.id, l.officeId)),
      linkedBy: by?.displayName ?? 'Unbekannt',
      linkedAt: l.linkedAt.toISOString(),
    };
  });
  return {
    id: c.id,
    subject: openColleagueText(keys, c.subjectEnc, subjectContext(c.id)),
    createdAt: c.createdAt.toISOString(),
    participants: people,
    caseLinks,
    messages,
    allowedActions: allowedColleagueActions(actor, c),
  };
}
