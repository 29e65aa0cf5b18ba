import type { TMeeting } from '@lotse/shared';
import { sql } from 'kysely';
import type { KeyRing } from '../../platform/crypto.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { FamilyScope } from '../../platform/scope.js';
import { conversationChannel } from '../messaging/index.js';
import { familyEmail } from '../requests/index.js';
import { findMeeting, presentMeetings, selectMeetings } from './queries.js';
import { scheduleReminders } from './reminders.js';

/** The appointments offered to a family (for its own request only), cancelled ones left out. */
export async function listFamilyMeetings(
  { tx, family, audit }: FamilyScope,
  keys: KeyRing,
): Promise<TMeeting[]> {
  const rows = await selectMeetings(tx)
    .where('m.intake_request_id', '=', family.intakeRequestId)
    .where('m.status', '!=', 'cancelled')
    .orderBy('m.created_at', 'desc')
    .execute();
  await audit({
    resourceType: 'meeting',
    action: 'meeting.list',
    details: { ids: rows.map((r) => r.id) },
  });
  return presentMeetings(tx, keys, rows);
}

/**
 * The family picks one of the proposed slots; reminders (24 h and 1 h before) are queued if it left
 * an e-mail address. A slot can be chosen once.
 */
export async function chooseSlot(
  scope: FamilyScope,
  keys: KeyRing,
  meetingId: string,
  slotId: string,
): Promise<TMeeting> {
  const { tx, family } = scope;
  const meeting = await findMeeting(tx, meetingId);
  if (!meeting || meeting.intake_request_id !== family.intakeRequestId || meeting.status === 'cancelled') {
    throw notFound('Termin');
  }
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
  await scope.audit({
    action: 'meeting.choose',
    resourceType: 'meeting',
    resourceId: meeting.id,
    caseId: meeting.request.caseId,
    details: { slotId: slot.id, reminders: reminders.length },
  });
  scope.publish(conversationChannel(family.intakeRequestId), { type: 'changed' });
  const updated = await selectMeetings(tx).where('m.id', '=', meeting.id).execute();
  return (await presentMeetings(tx, keys, updated))[0] as TMeeting;
}
