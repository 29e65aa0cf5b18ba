import { randomUUID } from 'node:crypto';
import type {
  TColleagueCaseLinkInput,
  TColleagueConversation,
  TStartColleagueConversation,
} from '@lotse/shared';
import type { AppContext } from '../../platform/context.js';
import { badRequest } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { authorizeCase, caseFrame } from '../cases/index.js';
import { announceColleagueChange } from './colleague-announce.js';
import { refuseCaseDataWithoutGround } from './colleague-case-guard.js';
import { conversationFor, presentConversation } from './colleague-conversation.js';
import { findColleague } from './colleague-directory.js';
import { requireColleagueMessaging } from './colleague-policy.js';
import { groundContext, messageContext, sealColleagueText, subjectContext } from './colleague-sealing.js';

/**
 * A case of the actor's office that may be named in a conversation with another office: one the actor
 * may read (else 404), with the recorded ground; returns its reference.
 */
export async function caseToLink(scope: ActorScope, input: TColleagueCaseLinkInput): Promise<string> {
  await authorizeCase(scope.tx, scope.actor, input.caseId, 'read');
  const frame = await caseFrame(scope, input.caseId);
  if (!frame) throw badRequest('Diesen Fall gibt es nicht.', { caseId: 'Diesen Fall gibt es nicht.' });
  return frame.reference;
}

/** Records the link of a case of the actor's office with its ground (sealed) and audits it on the case. */
export async function insertCaseLink(
  ctx: AppContext,
  scope: ActorScope,
  conversationId: string,
  input: TColleagueCaseLinkInput,
  reference: string,
): Promise<void> {
  await scope.tx
    .insertInto('colleague_case_links')
    .values({
      conversation_id: conversationId,
      office_id: scope.tenantId,
      case_id: input.caseId,
      case_reference: reference,
      basis: input.basis,
      ground_enc: sealColleagueText(ctx.keys, input.ground, groundContext(conversationId, scope.tenantId)),
      linked_by: scope.actor.userId,
    })
    .execute();
  await scope.audit({
    action: 'colleague.case_link',
    resourceType: 'colleague_conversation',
    resourceId: conversationId,
    caseId: input.caseId,
    details: { basis: input.basis },
  });
}

/** Adds a message (sealed) in the actor's name; audited without its text. */
export async function insertMessage(
  ctx: AppContext,
  scope: ActorScope,
  conversationId: string,
  body: string,
  caseId: string | null,
): Promise<string> {
  const id = randomUUID();
  await scope.tx
    .insertInto('colleague_messages')
    .values({
      id,
      conversation_id: conversationId,
      sender_office_id: scope.tenantId,
      sender_user_id: scope.actor.userId,
      body_enc: sealColleagueText(ctx.keys, body, messageContext(id)),
    })
    .execute();
  await scope.audit({
    action: 'colleague.message_send',
    resourceType: 'colleague_conversation',
    resourceId: conversationId,
    caseId,
    details: { messageId: id },
  });
  return id;
}

/**
 * Starts a conversation with a colleague of another office (found in the directory) with a subject
 * and a first message; a case of the actor's office may be linked from the start, with its ground.
 */
export async function startColleagueConversation(
  ctx: AppContext,
  scope: ActorScope,
  input: TStartColleagueConversation,
): Promise<TColleagueConversation> {
  requireColleagueMessaging(scope.actor);
  const { tx, tenantId, actor } = scope;
  if (input.recipient.officeId === tenantId) {
    const message =
      'Hier schreiben Sie Kolleg*innen anderer Jugendämter. Kolleg*innen im eigenen Amt erreichen Sie über den Fall oder das Team.';
    throw badRequest(message, { recipient: message });
  }
  const recipient = await findColleague(tx, input.recipient.officeId, input.recipient.userId);
  if (!recipient) {
    const message = 'Diese Person ist im Verzeichnis der anderen Jugendämter nicht zu finden.';
    throw badRequest(message, { recipient: message });
  }
  const reference = input.caseLink ? await caseToLink(scope, input.caseLink) : null;
  await refuseCaseDataWithoutGround(
    tx,
    [
      { field: 'subject', text: input.subject },
      { field: 'body', text: input.body },
    ],
    { shared: reference ? [reference] : [], own: reference },
  );

  const id = randomUUID();
  await tx
    .insertInto('colleague_conversations')
    .values({
      id,
      subject_enc: sealColleagueText(ctx.keys, input.subject, subjectContext(id)),
      created_by_office: tenantId,
      created_by_user: actor.userId,
    })
    .execute();
  await tx
    .insertInto('colleague_participants')
    .values([
      { conversation_id: id, office_id: tenantId, user_id: actor.userId, last_read_at: null },
      { conversation_id: id, office_id: recipient.officeId, user_id: recipient.userId, last_read_at: null },
    ])
    .execute();
  await scope.audit({
    action: 'colleague.conversation_start',
    resourceType: 'colleague_conversation',
    resourceId: id,
    details: { otherOffice: recipient.officeId },
  });
  if (input.caseLink && reference) await insertCaseLink(ctx, scope, id, input.caseLink, reference);
  await insertMessage(ctx, scope, id, input.body, input.caseLink?.caseId ?? null);

  const conversation = await conversationFor(scope, id, 'read');
  announceColleagueChange(scope, id, conversation);
  return presentConversation(ctx.keys, scope, conversation);
}
