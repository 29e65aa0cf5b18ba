import type { TMeeting, TMeetingSlot, TMeetingStatus } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import type { KeyRing } from '../../platform/crypto.js';
import { findRequestRef, type RequestRef } from '../requests/index.js';

export const titleContext = (id: string) => `meeting-title:${id}`;

/** Meetings as stored (their request's team, which decides who of the staff may see them, comes from `requests`). */
export function selectMeetings(tx: Tx) {
  return tx
    .selectFrom('meetings as m')
    .select([
      'm.tenant_id',
      'm.id',
      'm.intake_request_id',
      'm.title_enc',
      'm.duration_minutes',
      'm.kind',
      'm.status',
      'm.chosen_slot_id',
      'm.created_at',
    ]);
}
type MeetingRecord = Awaited<ReturnType<ReturnType<typeof selectMeetings>['execute']>>[number];
/** A meeting with the request it belongs to. */
export type MeetingRow = MeetingRecord & { request: RequestRef };

/** One meeting with its request, or undefined; who may see it is the policy's question. */
export async function findMeeting(tx: Tx, id: string): Promise<MeetingRow | undefined> {
  const row = await selectMeetings(tx).where('m.id', '=', id).executeTakeFirst();
  const request = row && (await findRequestRef(tx, row.intake_request_id));
  return row && request ? { ...row, request } : undefined;
}

async function slotsOf(tx: Tx, meetingIds: string[]): Promise<Map<string, TMeetingSlot[]>> {
  const bySlot = new Map<string, TMeetingSlot[]>();
  if (meetingIds.length === 0) return bySlot;
  const rows = await tx
    .selectFrom('meeting_slots')
    .select(['id', 'meeting_id', 'starts_at'])
    .where('meeting_id', 'in', meetingIds)
    .orderBy('starts_at')
    .execute();
  for (const r of rows) {
    const list = bySlot.get(r.meeting_id) ?? [];
    list.push({ id: r.id, startsAt: new Date(r.starts_at).toISOString() });
    bySlot.set(r.meeting_id, list);
  }
  return bySlot;
}

/** What leaves the server about a meeting (never the row). */
export async function presentMeetings(tx: Tx, keys: KeyRing, rows: MeetingRecord[]): Promise<TMeeting[]> {
  const slots = await slotsOf(
    tx,
    rows.map((r) => r.id),
  );
  return Promise.all(
    rows.map(async (r) => {
      const own = slots.get(r.id) ?? [];
      return {
        id: r.id,
        title: await keys.decryptText(tx, r.tenant_id, r.title_enc, titleContext(r.id)),
        durationMinutes: r.duration_minutes,
        kind: r.kind,
        status: r.status as TMeetingStatus,
        slots: own,
        chosenSlot: own.find((s) => s.id === r.chosen_slot_id) ?? null,
        videoPath: `/video/${r.id}`,
        createdAt: new Date(r.created_at).toISOString(),
      };
    }),
  );
}

/** Start of the chosen slot, else null. */
export async function chosenStart(tx: Tx, row: MeetingRecord): Promise<Date | null> {
  if (!row.chosen_slot_id) return null;
  const slot = await tx
    .selectFrom('meeting_slots')
    .select('starts_at')
    .where('id', '=', row.chosen_slot_id)
    .executeTakeFirst();
  return slot ? new Date(slot.starts_at) : null;
}

/** When the meeting is over: the end of the chosen slot, or of the latest proposed one. */
export async function meetingEnd(tx: Tx, row: MeetingRecord): Promise<Date> {
  let start = await chosenStart(tx, row);
  if (!start) {
    const last = await tx
      .selectFrom('meeting_slots')
      .select('starts_at')
      .where('meeting_id', '=', row.id)
      .orderBy('starts_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    start = last ? new Date(last.starts_at) : new Date();
  }
  return new Date(start.getTime() + row.duration_minutes * 60_000);
}
