import {
  type TIntakeStatus,
  ZConversationSchema,
  ZErrorSchema,
  ZFamilyLoginSchema,
  ZFamilyRequestViewSchema,
  ZSendMessageSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/connection.js';
import { recordAudit } from '../../platform/audit/record.js';
import {
  deleteFamilySession,
  FAMILY_COOKIE,
  familySessionMaxAge,
} from '../../platform/auth/family-sessions.js';
import type { AppContext } from '../../platform/context.js';
import { unauthenticated } from '../../platform/errors.js';
import { teamContact } from '../tenancy/team-contacts.js';
import { readConversation } from './conversation.js';
import { announceConversationChange } from './conversation-channel.js';
import { familyLogin } from './family-access.js';
import { recordFamilyAction, sendAsFamily } from './messaging.js';

const errors = { 400: ZErrorSchema, 401: ZErrorSchema, 429: ZErrorSchema };

/** Families coming back with code and PIN: sign in, see the state of their request, sign out. */
export function familyRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/family/login',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['family'],
        body: ZFamilyLoginSchema,
        response: { 200: z.object({ ok: z.boolean() }), ...errors },
      },
    },
    async (request, reply) => {
      const token = await familyLogin(ctx, { ...request.body, ip: request.ip });
      reply.setCookie(FAMILY_COOKIE, token, {
        path: '/',
        httpOnly: true,
        secure: true,
        sameSite: 'strict',
        maxAge: familySessionMaxAge,
      });
      return { ok: true };
    },
  );

  r.post(
    '/api/family/logout',
    { config: { access: 'family' }, schema: { tags: ['family'], response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      const family = request.family;
      if (family)
        await withTenant(ctx.db, family.tenantId, (tx) => deleteFamilySession(tx, family.sessionId));
      reply.clearCookie(FAMILY_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'strict' });
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/family/request',
    {
      config: { access: 'family' },
      schema: { tags: ['family'], response: { 200: ZFamilyRequestViewSchema, ...errors } },
    },
    async (request) => {
      const family = request.family;
      if (!family) throw unauthenticated();
      return withTenant(ctx.db, family.tenantId, async (tx) => {
        const row = await tx
          .selectFrom('intake_requests')
          .select(['status', 'created_at', 'team_id', 'urgent'])
          .where('id', '=', family.intakeRequestId)
          .executeTakeFirstOrThrow();
        await recordAudit(tx, {
          tenantId: family.tenantId,
          actorId: null,
          actorRoles: ['family'],
          action: 'family.read',
          resourceType: 'intake',
          resourceId: family.intakeRequestId,
          outcome: 'allowed',
          ip: request.ip,
        });
        return {
          id: family.intakeRequestId,
          status: row.status as TIntakeStatus,
          createdAt: new Date(row.created_at).toISOString(),
          team: await teamContact(tx, row.team_id),
          urgent: row.urgent,
        };
      });
    },
  );

  r.get(
    '/api/family/conversation',
    {
      config: { access: 'family' },
      schema: { tags: ['family'], response: { 200: ZConversationSchema, ...errors } },
    },
    async (request) => {
      const family = request.family;
      if (!family) throw unauthenticated();
      let markedRead = false;
      const conversation = await withTenant(ctx.db, family.tenantId, async (tx) => {
        await recordFamilyAction(tx, family, 'message.list', request.ip);
        return readConversation(tx, ctx.keys, family.intakeRequestId, 'family', () => {
          markedRead = true;
        });
      });
      // The caseworker sees "gelesen" at once.
      if (markedRead) await announceConversationChange(app.realtime.hub, family.intakeRequestId);
      return conversation;
    },
  );

  r.post(
    '/api/family/conversation/messages',
    {
      config: { access: 'family', rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['family'],
        body: ZSendMessageSchema,
        response: { 201: ZConversationSchema, ...errors, 409: ZErrorSchema },
      },
    },
    async (request, reply) => {
      const family = request.family;
      if (!family) throw unauthenticated();
      const conversation = await withTenant(ctx.db, family.tenantId, (tx) =>
        sendAsFamily(ctx, tx, family, request.ip, { body: request.body.body }),
      );
      await announceConversationChange(app.realtime.hub, family.intakeRequestId);
      return reply.status(201).send(conversation);
    },
  );
}
