import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { TGuestLink } from '@lotse/shared';
import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { AppContext } from '../../platform/context.js';
import { HttpError } from '../../platform/errors.js';
import type { Who } from '../../platform/realtime/hub.js';
import type { IdentityResolver } from '../../platform/realtime/plugin.js';
import { type ActorScope, inOfficeScope, NotVisibleError } from '../../platform/scope.js';
import { canOnMeeting, meetingChannel } from './policy.js';
import { findMeeting, meetingEnd } from './queries.js';

export const GUEST_COOKIE = '__Host-lotse-guest';
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
/** A guest's label (often a name) is sealed to its row (platform/sealed-text.ts). */
export const guestLabelContext = (guestId: string) => `meeting-guest-label:${guestId}`;

/**
 * Staff invite a guest (e.g. an interpreter): a one-time link that expires with the meeting.
 * Only the hash of the token is stored; the link is shown once.
 */
export async function createGuestLink(
  scope: ActorScope,
  meetingId: string,
  label: string,
  publicUrl: string,
): Promise<TGuestLink> {
  const meeting = await findMeeting(scope.tx, meetingId);
  const host: Who = { kind: 'staff', tenantId: scope.actor.tenantId, actor: scope.actor };
  if (!meeting || !canOnMeeting(host, 'host', meeting))
    throw new NotVisibleError('meeting', meetingId, 'Termin');
  const token = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const expiresAt = await meetingEnd(scope.tx, meeting);
  await scope.tx
    .insertInto('meeting_guests')
    .values({
      tenant_id: meeting.tenant_id,
      id,
      meeting_id: meeting.id,
      label_enc: await scope.sealed.seal(label, guestLabelContext(id)),
      token_hash: hashOf(token),
      expires_at: expiresAt,
      created_by: scope.actor.userId,
    })
    .execute();
  await scope.audit({
    action: 'meeting.guest_invite',
    resourceType: 'meeting',
    resourceId: meeting.id,
    caseId: meeting.request.caseId,
    details: { guestId: id },
  });
  const base = publicUrl.replace(/\/$/, '');
  return { id, url: `${base}/video/${meeting.id}?guest=${token}`, expiresAt: expiresAt.toISOString() };
}

const invalidLink = () =>
  new HttpError(
    404,
    'not_found',
    'Dieser Einladungslink ist ungültig, schon benutzt oder abgelaufen. Bitte fragen Sie nach einem neuen Link.',
  );

/** A guest opens the link: the token is used up and a session for this meeting only begins. */
export async function redeemGuestLink(
  ctx: AppContext,
  meetingId: string,
  token: string,
  ip: string,
): Promise<{ sessionToken: string; expiresAt: Date }> {
  const found = (
    await sql<{
      tenant_id: string;
      id: string;
      meeting_id: string;
      expires_at: Date;
      redeemed_at: Date | null;
    }>`
      SELECT * FROM lotse_meeting_guest_by_token(${hashOf(token)})`.execute(ctx.db.app)
  ).rows[0];
  if (
    !found ||
    found.meeting_id !== meetingId ||
    found.redeemed_at ||
    new Date(found.expires_at) < new Date()
  ) {
    throw invalidLink();
  }
  const sessionToken = randomBytes(32).toString('base64url');
  return inOfficeScope(ctx, found.tenant_id, ip, async ({ tx, audit }) => {
    // The condition on redeemed_at makes two simultaneous redemptions end with one winner.
    const updated = await tx
      .updateTable('meeting_guests')
      .set({ redeemed_at: sql<Date>`now()`, session_hash: hashOf(sessionToken) })
      .where('id', '=', found.id)
      .where('redeemed_at', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw invalidLink();
    await audit({
      actorRoles: ['guest'],
      action: 'meeting.guest_join',
      resourceType: 'meeting',
      resourceId: meetingId,
      details: { guestId: found.id },
    });
    return { sessionToken, expiresAt: new Date(found.expires_at) };
  });
}

async function lookupGuestSession(db: Db, token: string) {
  if (token.length < 20 || token.length > 100) return null;
  return (
    await sql<{ tenant_id: string; id: string; meeting_id: string; label_enc: Uint8Array | null }>`
      SELECT * FROM lotse_meeting_guest_session(${hashOf(token)})`.execute(db.app)
  ).rows[0];
}

/** Guests sign in with their session cookie, for their one meeting; their label is opened in their office. */
export function guestIdentity(ctx: AppContext): IdentityResolver {
  return async (request: FastifyRequest) => {
    const token = request.cookies[GUEST_COOKIE];
    const row = token ? await lookupGuestSession(ctx.db, token) : undefined;
    if (!token || !row) return null;
    const label = await inOfficeScope(ctx, row.tenant_id, request.ip, ({ sealed }) =>
      sealed.open(row.label_enc, guestLabelContext(row.id)),
    );
    return {
      who: {
        kind: 'guest',
        tenantId: row.tenant_id,
        guestId: row.id,
        label,
        channel: meetingChannel(row.meeting_id),
      },
      revalidate: async () => (await lookupGuestSession(ctx.db, token)) !== undefined,
    };
  };
}
