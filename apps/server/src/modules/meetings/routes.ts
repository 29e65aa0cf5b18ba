import { createHash } from 'node:crypto';
import {
  ZChooseSlotSchema,
  ZCreateGuestSchema,
  ZErrorSchema,
  ZGuestLinkSchema,
  ZIceConfigSchema,
  ZMeetingRoomSchema,
  ZMeetingSchema,
  ZProposeMeetingSchema,
  ZRedeemGuestSchema,
} from '@lotse/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/connection.js';
import { recordAudit } from '../../platform/audit/record.js';
import type { AppContext } from '../../platform/context.js';
import { notFound, unauthenticated } from '../../platform/errors.js';
import { inActorScope, NotVisibleError } from '../../platform/http/actor-tx.js';
import type { Who } from '../../platform/realtime/hub.js';
import type { Realtime } from '../../platform/realtime/plugin.js';
import { announceConversationChange } from '../intake/conversation-channel.js';
import { chooseSlot, listFamilyMeetings } from './choose-slot.js';
import { externalJoinUrl } from './external.js';
import { createGuestLink, GUEST_COOKIE, guestIdentity, redeemGuestLink } from './guests.js';
import { iceServersFor } from './ice.js';
import { auditActorOf, canHostMeeting, displayNameOf, loadMeetingFor, participantRole } from './policy.js';
import { listMeetingsForRequest, proposeMeeting } from './propose-meeting.js';
import { chosenStart, findMeeting, meetingEnd } from './queries.js';
import { meetingRoom } from './room.js';

const errors = {
  400: ZErrorSchema,
  401: ZErrorSchema,
  403: ZErrorSchema,
  404: ZErrorSchema,
  409: ZErrorSchema,
};
const ZParams = z.object({ id: z.uuid({ message: 'Ungültige ID' }) });
const staff = { access: 'staff' } as const;

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

/** Appointments (staff propose, family chooses), guest links, and the video room with its signalling. */
export function meetingRoutes(app: FastifyInstance, ctx: AppContext, realtime: Realtime) {
  realtime.addIdentityResolver(guestIdentity(ctx.db));
  realtime.hub.register(meetingRoom(ctx, realtime.hub));
  const r = app.withTypeProvider<ZodTypeProvider>();

  /** Staff, family or guest, for the video page (which all three open). */
  async function participant(request: FastifyRequest): Promise<Who> {
    const found = await realtime.identify(request);
    if (!found) throw unauthenticated();
    return found.who;
  }

  r.post(
    '/api/inbox/:id/meetings',
    {
      config: staff,
      schema: {
        tags: ['meetings'],
        params: ZParams,
        body: ZProposeMeetingSchema,
        response: { 201: ZMeetingSchema, ...errors },
      },
    },
    async (request, reply) => {
      const meeting = await inActorScope(ctx, request, (scope) =>
        proposeMeeting(scope, ctx.keys, request.params.id, request.body),
      );
      // The family's page (and colleagues') learn about the proposal at once.
      await announceConversationChange(realtime.hub, request.params.id);
      return reply.status(201).send(meeting);
    },
  );

  r.get(
    '/api/inbox/:id/meetings',
    {
      config: staff,
      schema: { tags: ['meetings'], params: ZParams, response: { 200: z.array(ZMeetingSchema), ...errors } },
    },
    (request) =>
      inActorScope(ctx, request, (scope) => listMeetingsForRequest(scope, ctx.keys, request.params.id)),
  );

  r.get(
    '/api/family/meetings',
    {
      config: { access: 'family' },
      schema: { tags: ['meetings'], response: { 200: z.array(ZMeetingSchema), ...errors } },
    },
    (request) => {
      const family = request.family;
      if (!family) throw unauthenticated();
      return withTenant(ctx.db, family.tenantId, (tx) =>
        listFamilyMeetings(tx, ctx.keys, { ...family, ip: request.ip }),
      );
    },
  );

  r.post(
    '/api/family/meetings/:id/choose',
    {
      config: { access: 'family', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['meetings'],
        params: ZParams,
        body: ZChooseSlotSchema,
        response: { 200: ZMeetingSchema, ...errors },
      },
    },
    async (request) => {
      const family = request.family;
      if (!family) throw unauthenticated();
      const meeting = await withTenant(ctx.db, family.tenantId, (tx) =>
        chooseSlot(tx, ctx.keys, { ...family, ip: request.ip }, request.params.id, request.body.slotId),
      );
      await announceConversationChange(realtime.hub, family.intakeRequestId);
      return meeting;
    },
  );

  r.post(
    '/api/meetings/:id/guests',
    {
      config: staff,
      schema: {
        tags: ['meetings'],
        params: ZParams,
        body: ZCreateGuestSchema,
        response: { 201: ZGuestLinkSchema, ...errors },
      },
    },
    async (request, reply) => {
      const link = await inActorScope(ctx, request, async (scope) => {
        const meeting = await findMeeting(scope.tx, request.params.id);
        const who: Who = { kind: 'staff', tenantId: scope.actor.tenantId, actor: scope.actor };
        if (!meeting || !canHostMeeting(who, meeting)) {
          throw new NotVisibleError('meeting', request.params.id, 'Termin');
        }
        return createGuestLink(scope, meeting, request.body.label, ctx.config.publicUrl);
      });
      return reply.status(201).send(link);
    },
  );

  r.post(
    '/api/meetings/:id/guest-session',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['meetings'],
        params: ZParams,
        body: ZRedeemGuestSchema,
        response: { 200: z.object({ ok: z.boolean() }), ...errors },
      },
    },
    async (request, reply) => {
      const { sessionToken, expiresAt } = await redeemGuestLink(
        ctx.db,
        request.params.id,
        request.body.token,
        request.ip,
      );
      reply.setCookie(GUEST_COOKIE, sessionToken, {
        path: '/',
        httpOnly: true,
        secure: true,
        sameSite: 'strict',
        expires: expiresAt,
      });
      return { ok: true };
    },
  );

  r.get(
    '/api/meetings/:id',
    {
      config: { access: 'public' },
      schema: { tags: ['meetings'], params: ZParams, response: { 200: ZMeetingRoomSchema, ...errors } },
    },
    async (request) => {
      const who = await participant(request);
      const { meeting, title, startsAt, expiresAt } = await withTenant(ctx.db, who.tenantId, async (tx) => {
        const row = await loadMeetingFor(tx, who, request.params.id);
        if (!row) throw notFound('Termin');
        await recordAudit(tx, {
          tenantId: who.tenantId,
          ...auditActorOf(who),
          action: 'meeting.read',
          resourceType: 'meeting',
          resourceId: row.id,
          caseId: who.kind === 'staff' ? row.case_id : null,
          outcome: 'allowed',
          ip: request.ip,
        });
        return {
          meeting: row,
          title: await ctx.keys.decryptText(tx, row.tenant_id, row.title_enc, `meeting-title:${row.id}`),
          startsAt: await chosenStart(tx, row),
          expiresAt: await meetingEnd(tx, row),
        };
      });
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
    },
  );

  r.get(
    '/api/meetings/:id/ice',
    {
      config: { access: 'public' },
      schema: { tags: ['meetings'], params: ZParams, response: { 200: ZIceConfigSchema, ...errors } },
    },
    async (request) => {
      const who = await participant(request);
      const meeting = await withTenant(ctx.db, who.tenantId, (tx) =>
        loadMeetingFor(tx, who, request.params.id),
      );
      if (!meeting) throw notFound('Termin');
      return iceServersFor(ctx.config.video, participantRef(who));
    },
  );
}
