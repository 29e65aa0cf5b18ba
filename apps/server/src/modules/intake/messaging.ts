import type { TConversation } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import { recordAudit } from '../../platform/audit/record.js';
import type { AppContext } from '../../platform/context.js';
import type { ActorScope } from '../../platform/http/actor-tx.js';
import type { UploadedFile } from '../../platform/uploads.js';
import { readConversation, sendMessage } from './conversation.js';
import { decryptSummary, loadRequestForActor } from './inbox.js';

export interface Outgoing {
  body: string;
  attachment?: UploadedFile;
}

/** A caseworker writes to the family of a request they may work on; the family gets a content-free mail. */
export async function sendAsStaff(
  ctx: AppContext,
  scope: ActorScope,
  intakeRequestId: string,
  message: Outgoing,
): Promise<TConversation> {
  const row = await loadRequestForActor(scope, intakeRequestId);
  const summary = await decryptSummary(scope.tx, ctx.keys, row);
  const id = await sendMessage(scope.tx, ctx, {
    intakeRequestId: row.id,
    senderUserId: scope.actor.userId,
    body: message.body,
    notifyEmail: summary.email,
    attachment: message.attachment,
  });
  await scope.audit({ action: 'message.send', resourceType: 'message', resourceId: id, caseId: row.case_id });
  return readConversation(scope.tx, ctx.keys, row.id, 'staff');
}

/** What a signed-in family (code + PIN) is: its office and its one request. */
export interface FamilySession {
  tenantId: string;
  intakeRequestId: string;
}

/** Audit row for something a family did; families have no user id, the request is the resource. */
export function recordFamilyAction(
  tx: Tx,
  family: FamilySession,
  action: 'message.list' | 'message.send' | 'message.attachment',
  ip: string,
) {
  return recordAudit(tx, {
    tenantId: family.tenantId,
    actorId: null,
    actorRoles: ['family'],
    action,
    resourceType: 'conversation',
    resourceId: family.intakeRequestId,
    outcome: 'allowed',
    ip,
  });
}

/** The family writes to the office. */
export async function sendAsFamily(
  ctx: AppContext,
  tx: Tx,
  family: FamilySession,
  ip: string,
  message: Outgoing,
): Promise<TConversation> {
  await sendMessage(tx, ctx, {
    intakeRequestId: family.intakeRequestId,
    senderUserId: null,
    body: message.body,
    notifyEmail: null,
    attachment: message.attachment,
  });
  await recordFamilyAction(tx, family, 'message.send', ip);
  return readConversation(tx, ctx.keys, family.intakeRequestId, 'family');
}
