import {
  ZChooseSlotSchema,
  ZCreateGuestSchema,
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
import type { AppContext } from '../../platform/context.js';
import { unauthenticated } from '../../platform/errors.js';
import { errorResponses } from '../../platform/http/responses.js';
import type { Who } from '../../platform/realtime/hub.js';
import type { Realtime } from '../../platform/realtime/plugin.js';
import { inActorScope, inFamilyScope, inWhoScope } from '../../platform/scope.js';
import { chooseSlot, listFamilyMeetings } from './choose-slot.js';
import { createGuestLink, GUEST_COOKIE, guestIdentity, redeemGuestLink } from './guests.js';
import { listMeetingsForRequest, proposeMeeting } from './propose-meeting.js';
import { meetingRoom } from './room.js';
import { describeMeetingRoom, iceConfigFor } from './room-info.js';

const errors = errorResponses();
const ZParams = z.object({ id: z.uuid({ message: 'Ungültige ID' }) });
const staff = { access: 'staff' } as const;

/** Appointments (staff propose, family chooses), guest links, and the video room with its signalling. */
export function meetingRoutes(app: FastifyInstance, ctx: AppContext, realtime: Realtime) {
  realtime.addIdentityResolver(guestIdentity(ctx));
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
    (request) => inFamilyScope(ctx, request, (scope) => listFamilyMeetings(scope, ctx.keys)),
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
    (request) =>
      inFamilyScope(ctx, request, (scope) =>
        chooseSlot(scope, ctx.keys, request.params.id, request.body.slotId),
      ),
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
      const link = await inActorScope(ctx, request, (scope) =>
        createGuestLink(scope, request.params.id, request.body.label, ctx.config.publicUrl),
      );
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
        ctx,
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
      return inWhoScope(ctx, who, request.ip, (scope) => describeMeetingRoom(ctx, scope, request.params.id));
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
      return inWhoScope(ctx, who, request.ip, (scope) => iceConfigFor(ctx, scope, request.params.id));
    },
  );
}
