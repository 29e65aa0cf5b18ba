import type { TParticipantRole } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import type { Policy } from '../../platform/policy.js';
import type { Who } from '../../platform/realtime/hub.js';
import { canOnRequest } from '../requests/index.js';
import { findMeeting, type MeetingRow } from './queries.js';

export const meetingChannel = (id: string) => `meeting:${id}`;

export type MeetingAction = 'join' | 'host';

/**
 * The meeting policy. Joining: staff of the request's team (as for the request itself), the family
 * of that request, and guests invited to exactly this meeting; cancelled meetings are closed to
 * everyone but staff. Hosting (admitting people from the lobby, inviting guests): staff who may join.
 */
export const canOnMeeting: Policy<MeetingAction, MeetingRow, Who> = (who, action, meeting) => {
  switch (action) {
    case 'join':
      return mayJoin(who, meeting);
    case 'host':
      return who.kind === 'staff' && mayJoin(who, meeting);
  }
};

function mayJoin(who: Who, meeting: MeetingRow): boolean {
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

/** The meeting if `who` may join it; unknown and forbidden look the same (undefined). */
export async function loadMeetingFor(tx: Tx, who: Who, id: string): Promise<MeetingRow | undefined> {
  const row = await findMeeting(tx, id);
  return row && canOnMeeting(who, 'join', row) ? row : undefined;
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
