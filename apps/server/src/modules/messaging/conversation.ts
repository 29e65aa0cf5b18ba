import { randomUUID } from 'node:crypto';
import type { TConversation, TMessage } from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import type { BlobStore } from '../../platform/blobs.js';
import type { KeyRing } from '../../platform/crypto.js';
import { HttpError } from '../../platform/errors.js';
import { enqueueJob } from '../../platform/jobs.js';
import { MAIL_JOB } from '../../platform/mail/mailer.js';
import type { Scope } from '../../platform/scope.js';
import type { UploadedFile } from '../../platform/uploads.js';
import { teamAvailability, teamWithHours } from '../tenancy/index.js';
import { newMessageMail } from './mails.js';

export const messageContext = (id: string) => `message:${id}`;
export const attachmentContext = (id: string) => `message-attachment:${id}`;
export const attachmentNameContext = (id: string) => `message-attachment-name:${id}`;
export type Reader = 'family' | 'staff';

async function conversationOf(tx: Tx, intakeRequestId: string) {
  return tx
    .selectFrom('conversations')
    .select(['tenant_id', 'id', 'subject', 'confidential', 'status', 'team_id'])
    .where('intake_request_id', '=', intakeRequestId)
    .executeTakeFirstOrThrow();
}

/**
 * The conversation of an intake request with its messages, decrypted. Reading marks the other
 * side's messages as read for `reader`; `onMarkedRead` hears when that changed anything (so the
 * writer can be told live that their message was read).
 */
export async function readConversation(
  tx: Tx,
  keys: KeyRing,
  intakeRequestId: string,
  reader: Reader,
  onMarkedRead: () => void = () => undefined,
): Promise<TConversation> {
  const c = await conversationOf(tx, intakeRequestId);
  const marked = await tx
    .updateTable('messages')
    .set(
      reader === 'family' ? { read_by_family_at: sql<Date>`now()` } : { read_by_staff_at: sql<Date>`now()` },
    )
    .where('conversation_id', '=', c.id)
    .where(reader === 'family' ? 'read_by_family_at' : 'read_by_staff_at', 'is', null)
    .where('sender_user_id', reader === 'family' ? 'is not' : 'is', null)
    .executeTakeFirst();
  if (Number(marked.numUpdatedRows) > 0) onMarkedRead();
  const rows = await tx
    .selectFrom('messages as m')
    .leftJoin('directory_users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'm.tenant_id').onRef('u.id', '=', 'm.sender_user_id'),
    )
    .leftJoin('message_attachments as a', (j) =>
      j.onRef('a.tenant_id', '=', 'm.tenant_id').onRef('a.id', '=', 'm.attachment_id'),
    )
    .select([
      'a.id as attachment_id',
      'a.filename_enc',
      'a.media_type',
      'a.size_bytes',
      'm.id',
      'm.sender_user_id',
      'u.display_name',
      'm.body_enc',
      'm.created_at',
      'm.read_by_family_at',
      'm.read_by_staff_at',
    ])
    .where('m.conversation_id', '=', c.id)
    .orderBy('m.created_at')
    .limit(500)
    .execute();
  const messages: TMessage[] = [];
  for (const m of rows) {
    messages.push({
      id: m.id,
      from: m.sender_user_id ? 'staff' : 'family',
      author: m.display_name ?? null,
      body: await keys.decryptText(tx, c.tenant_id, m.body_enc, messageContext(m.id)),
      attachment: m.attachment_id
        ? {
            id: m.attachment_id,
            filename: m.filename_enc
              ? await keys.decryptText(
                  tx,
                  c.tenant_id,
                  m.filename_enc,
                  attachmentNameContext(m.attachment_id),
                )
              : 'datei',
            mediaType: m.media_type ?? 'application/octet-stream',
            sizeBytes: m.size_bytes ?? 0,
          }
        : null,
      createdAt: new Date(m.created_at).toISOString(),
      readByFamilyAt: m.read_by_family_at ? new Date(m.read_by_family_at).toISOString() : null,
      readByStaffAt: m.read_by_staff_at ? new Date(m.read_by_staff_at).toISOString() : null,
    });
  }
  const team = await teamWithHours(tx, c.team_id);
  return {
    id: c.id,
    subject: c.subject,
    confidential: c.confidential,
    status: c.status as 'open' | 'closed',
    team: team.contact,
    availability: teamAvailability(team.weeklyHours, team.contact.hours, new Date()),
    messages,
  };
}

/**
 * Adds a message (encrypted), optionally with one file (encrypted into the blob store). When staff
 * write and the family left an e-mail address, the family gets a notification without any content.
 */
export async function sendMessage(
  scope: Scope,
  deps: { keys: KeyRing; blobs: BlobStore },
  opts: {
    intakeRequestId: string;
    senderUserId: string | null;
    body: string;
    notifyEmail: string | null;
    attachment?: UploadedFile;
  },
): Promise<string> {
  const { keys } = deps;
  const { tx } = scope;
  const c = await conversationOf(tx, opts.intakeRequestId);
  if (c.status === 'closed') throw new HttpError(409, 'closed', 'Diese Unterhaltung ist beendet.');
  const id = randomUUID();
  const attachmentId = opts.attachment ? await storeAttachment(scope, deps, c, opts.attachment) : null;
  await tx
    .insertInto('messages')
    .values({
      tenant_id: c.tenant_id,
      id,
      conversation_id: c.id,
      sender_user_id: opts.senderUserId,
      body_enc: await keys.encrypt(tx, c.tenant_id, opts.body, messageContext(id)),
      attachment_id: attachmentId,
      read_by_family_at: null,
      read_by_staff_at: null,
    })
    .execute();
  if (opts.senderUserId && opts.notifyEmail) {
    await enqueueJob(tx, keys, c.tenant_id, MAIL_JOB, newMessageMail(opts.notifyEmail));
  }
  return id;
}

export async function closeConversation(tx: Tx, intakeRequestId: string): Promise<void> {
  await tx
    .updateTable('conversations')
    .set({ status: 'closed', closed_at: sql<Date>`now()` })
    .where('intake_request_id', '=', intakeRequestId)
    .execute();
}

async function storeAttachment(
  { tx, onRollback, sealed: sealedText }: Scope,
  deps: { keys: KeyRing; blobs: BlobStore },
  conversation: { tenant_id: string; id: string },
  file: UploadedFile,
): Promise<string> {
  const id = randomUUID();
  const blobKey = `${conversation.tenant_id}/${id}`;
  const sealed = await deps.keys.encrypt(tx, conversation.tenant_id, file.data, attachmentContext(id));
  // Written before the row that points to it; removed again if the message does not commit.
  await deps.blobs.put(blobKey, sealed);
  onRollback(() => deps.blobs.delete(blobKey));
  await tx
    .insertInto('message_attachments')
    .values({
      tenant_id: conversation.tenant_id,
      id,
      conversation_id: conversation.id,
      filename_enc: await sealedText.seal(file.filename, attachmentNameContext(id)),
      media_type: file.mediaType,
      size_bytes: file.data.length,
      blob_key: blobKey,
    })
    .execute();
  return id;
}

/** A file of this request's conversation, decrypted; anything else is "not found". */
export async function readAttachment(
  tx: Tx,
  deps: { keys: KeyRing; blobs: BlobStore },
  intakeRequestId: string,
  attachmentId: string,
): Promise<{ filename: string; mediaType: string; data: Buffer }> {
  const c = await conversationOf(tx, intakeRequestId);
  const a = await tx
    .selectFrom('message_attachments')
    .select(['id', 'filename_enc', 'media_type', 'blob_key'])
    .where('id', '=', attachmentId)
    .where('conversation_id', '=', c.id)
    .executeTakeFirst();
  if (!a) throw new HttpError(404, 'not_found', 'Diese Datei gibt es nicht.');
  const data = await deps.keys.decrypt(
    tx,
    c.tenant_id,
    await deps.blobs.get(a.blob_key),
    attachmentContext(a.id),
  );
  const filename = a.filename_enc
    ? await deps.keys.decryptText(tx, c.tenant_id, a.filename_enc, attachmentNameContext(a.id))
    : 'datei';
  return { filename, mediaType: a.media_type, data };
}
