import type { TMeeting } from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import { recordAudit } from '../../platform/audit/record.js';
import type { KeyRing } from '../../platform/crypto.js';
import { conflict, notFound } from '../../platform/errors.js';
import { type IntakeSummary, summaryContext } from '../intake/create-request.js';
import { presentMeetings, selectMeetings } from './queries.js';
import { scheduleReminders } from './reminders.js';

export interface FamilyCaller {
  tenantId: string;
  intakeRequestId: string;
  ip: string;
}

const familyAudit = (family: FamilyCaller) => ({
  tenantId: family.tenantId,
  actorId: null,
  actorRoles: ['family'],
  resourceType: 'meeting' as const,
  outcome: 'allowed' as const,
  ip: family.ip,
});

/** The appointments offered to a family (for its own request only), cancelled ones left out. */
export async function listFamilyMeetings(tx: Tx, keys: KeyRing, family: FamilyCaller): Promise<TMeeting[]> {
  const rows = await selectMeetings(tx)
    .where('m.intake_request_id', '=', family.intakeRequestId)
    .where('m.status', '!=', 'cancelled')
    .orderBy('m.created_at', 'desc')
    .execute();
  await recordAudit(tx, {
    ...familyAudit(family),
    action: 'meeting.list',
    details: { ids: rows.map((r) => r.id) },
  });
  return presentMeetings(tx, keys, rows);
}

/** The e-mail the family left in its request, if any (the summary is encrypted). */
async function familyEmail(
  tx: Tx,
  keys: KeyRing,
  tenantId: string,
  requestId: string,
): Promise<string | null> {
  const row = await tx
    .selectFrom('intake_requests')
    .select(['summary_enc'])
    .where('id', '=', requestId)
    .executeTakeFirst();
  if (!row) return null;
  const summary: IntakeSummary = JSON.parse(
    await keys.decryptText(tx, tenantId, row.summary_enc, summaryContext(requestId)),
  );
  return summary.email;
}

/**
 * The family picks one of the proposed slots; reminders (24 h and 1 h before) are queued if it left
 * an e-mail address. A slot can be chosen once.
 */
export async function chooseSlot(
  tx: Tx,
  keys: KeyRing,
  family: FamilyCaller,
  meetingId: string,
  slotId: string,
): Promise<TMeeting> {
  const meeting = await selectMeetings(tx)
    .where('m.id', '=', meetingId)
    .where('m.intake_request_id', '=', family.intakeRequestId)
    .where('m.status', '!=', 'cancelled')
    .executeTakeFirst();
  if (!meeting) throw notFound('Termin');
  const slot = await tx
    .selectFrom('meeting_slots')
    .select(['id', 'starts_at'])
    .where('id', '=', slotId)
    .where('meeting_id', '=', meeting.id)
    .executeTakeFirst();
  if (!slot) throw notFound('Termin');
  if (meeting.status === 'scheduled') {
    if (meeting.chosen_slot_id === slot.id)
      return (await presentMeetings(tx, keys, [meeting]))[0] as TMeeting;
    throw conflict(
      'Für diesen Termin wurde schon eine Zeit gewählt. Bitte schreiben Sie dem Jugendamt, wenn sie nicht passt.',
    );
  }
  const startsAt = new Date(slot.starts_at);
  if (startsAt.getTime() < Date.now())
    throw conflict('Diese Zeit ist schon vorbei. Bitte wählen Sie eine andere.');
  await tx
    .updateTable('meetings')
    .set({ status: 'scheduled', chosen_slot_id: slot.id, updated_at: sql<Date>`now()` })
    .where('id', '=', meeting.id)
    .execute();
  const email = await familyEmail(tx, keys, family.tenantId, family.intakeRequestId);
  const reminders = email ? await scheduleReminders(tx, keys, family.tenantId, email, startsAt) : [];
  await recordAudit(tx, {
    ...familyAudit(family),
    action: 'meeting.choose',
    resourceId: meeting.id,
    caseId: meeting.case_id,
    details: { slotId: slot.id, reminders: reminders.length },
  });
  const updated = await selectMeetings(tx).where('m.id', '=', meeting.id).execute();
  return (await presentMeetings(tx, keys, updated))[0] as TMeeting;
}
