import { createHash } from 'node:crypto';
import type { TIceConfig, TMeetingRoom } from '@lotse/shared';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import type { Who } from '../../platform/realtime/hub.js';
import type { WhoScope } from '../../platform/scope.js';
import { externalJoinUrl } from './external.js';
import { iceServersFor } from './ice.js';
import { displayNameOf, loadMeetingFor, participantRole } from './policy.js';
import { chosenStart, meetingEnd, titleContext } from './queries.js';

/** An opaque, stable reference for a participant (TURN usernames, provider user ids): no names. */
function participantRef(who: Who): string {
  const raw =
    who.kind === 'staff'
      ? `u:${who.actor.userId}`
      : who.kind === 'family'
        ? `f:${who.intakeRequestId}`
        : `g:${who.guestId}`;
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}

/** What the video page shows to staff, family or guest: title, time, role, how to join (audited). */
export async function describeMeetingRoom(
  ctx: AppContext,
  scope: WhoScope,
  id: string,
): Promise<TMeetingRoom> {
  const { tx, who } = scope;
  const meeting = await loadMeetingFor(tx, who, id);
  if (!meeting) throw notFound('Termin');
  await scope.audit({
    action: 'meeting.read',
    resourceType: 'meeting',
    resourceId: meeting.id,
    caseId: who.kind === 'staff' ? meeting.request.caseId : null,
  });
  const title = await ctx.keys.decryptText(
    tx,
    meeting.tenant_id,
    meeting.title_enc,
    titleContext(meeting.id),
  );
  const startsAt = await chosenStart(tx, meeting);
  const expiresAt = await meetingEnd(tx, meeting);
  const name = displayNameOf(who);
  return {
    id: meeting.id,
    title,
    startsAt: startsAt?.toISOString() ?? null,
    durationMinutes: meeting.duration_minutes,
    role: participantRole(who),
    displayName: name,
    provider: ctx.config.video.provider,
    externalUrl: await externalJoinUrl(ctx.config.video, {
      meetingId: meeting.id,
      name,
      moderator: who.kind === 'staff',
      userRef: participantRef(who),
      durationMinutes: meeting.duration_minutes,
      // a token must outlive a meeting that runs over (and be usable before it starts)
      expiresAt: new Date(Math.max(expiresAt.getTime(), Date.now()) + 2 * 3600_000),
    }),
  };
}

/** TURN/STUN servers for a participant of this meeting (time-limited credentials). */
export async function iceConfigFor(ctx: AppContext, { tx, who }: WhoScope, id: string): Promise<TIceConfig> {
  if (!(await loadMeetingFor(tx, who, id))) throw notFound('Termin');
  return iceServersFor(ctx.config.video, participantRef(who));
}
