import { randomUUID } from 'node:crypto';
import type { TConversation, TMessage } from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import type { KeyRing } from '../../platform/crypto.js';
import { HttpError } from '../../platform/errors.js';
import { enqueueJob } from '../../platform/jobs.js';
import { MAIL_JOB } from '../../platform/mail/mailer.js';
import { parseWeeklyHours, teamAvailability } from '../tenancy/office-hours.js';
import { newMessageMail } from './mails.js';
import { teamContact } from './routing.js';

const messageContext = (id: string) => `message:${id}`;
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
 * side's messages as read for `reader`.
 */
export async function readConversation(
  tx: Tx,
  keys: KeyRing,
  intakeRequestId: string,
  reader: Reader,
): Promise<TConversation> {
  const c = await conversationOf(tx, intakeRequestId);
  await tx
    .updateTable('messages')
    .set(
      reader === 'family' ? { read_by_family_at: sql<Date>`now()` } : { read_by_staff_at: sql<Date>`now()` },
    )
    .where('conversation_id', '=', c.id)
    .where(reader === 'family' ? 'read_by_family_at' : 'read_by_staff_at', 'is', null)
    .where('sender_user_id', reader === 'family' ? 'is not' : 'is', null)
    .execute();
  const rows = await tx
    .selectFrom('messages as m')
    .leftJoin('users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'm.tenant_id').onRef('u.id', '=', 'm.sender_user_id'),
    )
    .select([
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
      attachment: null,
      createdAt: new Date(m.created_at).toISOString(),
      readByFamilyAt: m.read_by_family_at ? new Date(m.read_by_family_at).toISOString() : null,
      readByStaffAt: m.read_by_staff_at ? new Date(m.read_by_staff_at).toISOString() : null,
    });
  }
  const team = await teamContact(tx, c.team_id);
  const schedule = await tx
    .selectFrom('teams')
    .select('weekly_hours')
    .where('id', '=', c.team_id)
    .executeTakeFirstOrThrow();
  return {
    id: c.id,
    subject: c.subject,
    confidential: c.confidential,
    status: c.status as 'open' | 'closed',
    team,
    availability: teamAvailability(parseWeeklyHours(schedule.weekly_hours), team.hours, new Date()),
    messages,
  };
}

/**
 * Adds a message (encrypted). When staff write and the family left an e-mail address, the family
 * gets a notification without any content.
 */
export async function sendMessage(
  tx: Tx,
  keys: KeyRing,
  opts: { intakeRequestId: string; senderUserId: string | null; body: string; notifyEmail: string | null },
): Promise<string> {
  const c = await conversationOf(tx, opts.intakeRequestId);
  if (c.status === 'closed') throw new HttpError(409, 'closed', 'Diese Unterhaltung ist beendet.');
  const id = randomUUID();
  await tx
    .insertInto('messages')
    .values({
      tenant_id: c.tenant_id,
      id,
      conversation_id: c.id,
      sender_user_id: opts.senderUserId,
      body_enc: await keys.encrypt(tx, c.tenant_id, opts.body, messageContext(id)),
      attachment_id: null,
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
