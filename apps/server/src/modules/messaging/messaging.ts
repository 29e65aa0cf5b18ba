import type { TConversation } from '@lotse/shared';
import type { AppContext } from '../../platform/context.js';
import { type ActorScope, type FamilyScope, familyRequestId, type Scope } from '../../platform/scope.js';
import type { UploadedFile } from '../../platform/uploads.js';
import { familyEmail, requestForStaff } from '../requests/index.js';
import { closeConversation, readAttachment, readConversation, sendMessage } from './conversation.js';
import { conversationChannel } from './conversation-channel.js';

/** One message as either side sends it: text, and maybe one file. */
export interface Outgoing {
  body: string;
  attachment?: UploadedFile;
}

/** Tells everyone watching the conversation (family, colleagues) that it changed, once committed. */
const announce = (scope: Scope, intakeRequestId: string) =>
  scope.publish(conversationChannel(intakeRequestId), { type: 'changed' });

/** Staff read a request's conversation; the family's messages count as read (announced live). */
export async function readConversationAsStaff(
  ctx: AppContext,
  scope: ActorScope,
  intakeRequestId: string,
): Promise<TConversation> {
  await requestForStaff(scope, intakeRequestId);
  await scope.audit({ action: 'message.list', resourceType: 'conversation', resourceId: intakeRequestId });
  return readConversation(scope.tx, ctx.keys, intakeRequestId, 'staff', () =>
    announce(scope, intakeRequestId),
  );
}

/** A caseworker writes to the family of a request they may work on; the family gets a content-free mail. */
export async function sendAsStaff(
  ctx: AppContext,
  scope: ActorScope,
  intakeRequestId: string,
  message: Outgoing,
): Promise<TConversation> {
  const request = await requestForStaff(scope, intakeRequestId);
  const id = await sendMessage(scope, ctx, {
    intakeRequestId,
    senderUserId: scope.actor.userId,
    body: message.body,
    notifyEmail: await familyEmail(scope.tx, ctx.keys, scope.tenantId, intakeRequestId),
    attachment: message.attachment,
  });
  await scope.audit({
    action: 'message.send',
    resourceType: 'message',
    resourceId: id,
    caseId: request.caseId,
  });
  announce(scope, intakeRequestId);
  return readConversation(scope.tx, ctx.keys, intakeRequestId, 'staff');
}

/** Staff end the conversation; the family's page shows it at once. */
export async function closeConversationAsStaff(
  ctx: AppContext,
  scope: ActorScope,
  intakeRequestId: string,
): Promise<TConversation> {
  await requestForStaff(scope, intakeRequestId);
  await closeConversation(scope.tx, intakeRequestId);
  await scope.audit({
    action: 'conversation.close',
    resourceType: 'conversation',
    resourceId: intakeRequestId,
  });
  announce(scope, intakeRequestId);
  return readConversation(scope.tx, ctx.keys, intakeRequestId, 'staff');
}

/** A file of a request's conversation, for staff who may work on the request (audited). */
export async function downloadAttachmentAsStaff(
  ctx: AppContext,
  scope: ActorScope,
  intakeRequestId: string,
  attachmentId: string,
) {
  const request = await requestForStaff(scope, intakeRequestId);
  const file = await readAttachment(scope.tx, ctx, intakeRequestId, attachmentId);
  await scope.audit({
    action: 'message.attachment',
    resourceType: 'message',
    resourceId: attachmentId,
    caseId: request.caseId,
  });
  return file;
}

/** Families have no user id: their events name the request's conversation as the resource. */
const familyEvent = (scope: FamilyScope) => ({
  resourceType: 'conversation' as const,
  resourceId: familyRequestId(scope.family),
});

/** The family reads its conversation; the office's messages count as read (announced live). */
export async function readConversationAsFamily(ctx: AppContext, scope: FamilyScope): Promise<TConversation> {
  const id = familyRequestId(scope.family);
  await scope.audit({ action: 'message.list', ...familyEvent(scope) });
  return readConversation(scope.tx, ctx.keys, id, 'family', () => announce(scope, id));
}

/** The family writes to the office. */
export async function sendAsFamily(
  ctx: AppContext,
  scope: FamilyScope,
  message: Outgoing,
): Promise<TConversation> {
  const id = familyRequestId(scope.family);
  await sendMessage(scope, ctx, {
    intakeRequestId: id,
    senderUserId: null,
    body: message.body,
    notifyEmail: null,
    attachment: message.attachment,
  });
  await scope.audit({ action: 'message.send', ...familyEvent(scope) });
  announce(scope, id);
  return readConversation(scope.tx, ctx.keys, id, 'family');
}

/** A file of the family's own conversation (audited). */
export async function downloadAttachmentAsFamily(ctx: AppContext, scope: FamilyScope, attachmentId: string) {
  const file = await readAttachment(scope.tx, ctx, familyRequestId(scope.family), attachmentId);
  await scope.audit({ action: 'message.attachment', ...familyEvent(scope) });
  return file;
}
