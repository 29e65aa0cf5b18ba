import type { TParticipantRole } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import type { Who } from '../../platform/realtime/hub.js';
import { canOnRequest } from '../requests/index.js';
import { findMeeting, type MeetingRow } from './queries.js';

export const meetingChannel = (id: string) => `meeting:${id}`;

/**
 * Who may take part in a meeting: staff of the request's team (as for the request itself), the
 * family of that request, and guests invited to exactly this meeting. Cancelled meetings are closed
 * to everyone but staff.
 */
export function canJoinMeeting(who: Who, meeting: MeetingRow): boolean {
  if (who.tenantId !== meeting.tenant_id) return false;
  switch (who.kind) {
    case 'staff':
      return canOnRequest(who.actor, 'read', meeting.request);
    case 'family':
      return meeting.status !== 'cancelled' && who.intakeRequestId === meeting.intake_request_id;
    case 'guest':
      return meeting.status !== 'cancelled' && who.channel === meetingChannel(meeting.id);
  }
}

/** Staff may admit people from the lobby and invite guests. */
export const canHostMeeting = (who: Who, meeting: MeetingRow) =>
  who.kind === 'staff' && canJoinMeeting(who, meeting);

/** The meeting if `who` may join it; unknown and forbidden look the same (undefined). */
export async function loadMeetingFor(tx: Tx, who: Who, id: string): Promise<MeetingRow | undefined> {
  const row = await findMeeting(tx, id);
  return row && canJoinMeeting(who, row) ? row : undefined;
}

export const participantRole = (who: Who): TParticipantRole => who.kind;

export function displayNameOf(who: Who): string {
  switch (who.kind) {
    case 'staff':
      return who.actor.displayName;
    case 'family':
      return 'Familie';
    case 'guest':
      return who.label;
  }
}
