import {
  ZAccountFromRequestSchema,
  ZCasePersonRole,
  ZFamilyAccessLogQuerySchema,
  ZFamilyAccessLogSchema,
  ZFamilyAccountListSchema,
  ZFamilyAccountSchema,
  ZFamilyFileSchema,
  ZFamilyInvitationSchema,
  ZFamilyPlanResponseSchema,
  ZInviteFamilyMemberSchema,
  ZRedeemedInvitationSchema,
  ZRedeemInvitationSchema,
} from '@lotse/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setFamilyCookie } from '../../platform/auth/family-sessions.js';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inActorScope, inFamilyScope } from '../../platform/scope.js';
import { downloadHeaders } from '../../platform/uploads.js';
import { readAccessLog } from './access-log.js';
import { accountFromRequest, endFamilyAccess, inviteFamilyMember, listFamilyAccounts } from './accounts.js';
import {
  answerHelpPlan,
  familyFileUnaudited,
  previewFamilyFile,
  readFamilyDocument,
  readFamilyFile,
} from './family-file.js';
import { checkInvitation, redeemInvitation } from './redeem-invitation.js';

const errors = errorResponses();
const ZCaseParams = z.object({ id: z.uuid({ message: 'Ungültige Fall-ID' }) });
const ZToken = z.object({ token: z.string().trim().min(20).max(100) });

/** Family accounts: staff invite and end access; the person sets a PIN and reads their file and access log. */
export function familyAccountRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = { access: 'staff' } as const;
  const family = { access: 'family' } as const;
  const publicLimited = { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } } as const;
  const tags = ['family accounts'];

  r.get(
    '/api/cases/:id/family-accounts',
    {
      config: staff,
      schema: { tags, params: ZCaseParams, response: { 200: ZFamilyAccountListSchema, ...errors } },
    },
    (request) => inActorScope(ctx, request, (scope) => listFamilyAccounts(scope, request.params.id)),
  );
  r.post(
    '/api/cases/:id/family-accounts',
    {
      config: staff,
      schema: {
        tags,
        params: ZCaseParams,
        body: ZInviteFamilyMemberSchema,
        response: { 201: ZFamilyInvitationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const invitation = await inActorScope(ctx, request, (scope) =>
        inviteFamilyMember(scope, request.params.id, request.body.personId),
      );
      return reply.status(201).send(invitation);
    },
  );
  r.post(
    '/api/cases/:id/family-accounts/from-request',
    {
      config: staff,
      schema: {
        tags,
        params: ZCaseParams,
        body: ZAccountFromRequestSchema,
        response: { 201: ZFamilyAccountSchema, ...errors },
      },
    },
    async (request, reply) => {
      const account = await inActorScope(ctx, request, (scope) =>
        accountFromRequest(scope, request.params.id, request.body.personId),
      );
      return reply.status(201).send(account);
    },
  );
  r.post(
    '/api/cases/:id/family-accounts/:accountId/end',
    {
      config: staff,
      schema: {
        tags,
        params: ZCaseParams.extend({ accountId: z.uuid({ message: 'Ungültige ID' }) }),
        response: { 200: ZFamilyAccountSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        endFamilyAccess(scope, request.params.id, request.params.accountId),
      ),
  );
  r.get(
    '/api/cases/:id/family-preview/:personId',
    {
      config: staff,
      schema: {
        tags,
        params: ZCaseParams.extend({ personId: z.uuid({ message: 'Ungültige ID' }) }),
        response: { 200: ZFamilyFileSchema, ...errors },
      },
    },
    (request) =>
      inActorScope(ctx, request, (scope) =>
        previewFamilyFile(ctx, scope, request.params.id, request.params.personId),
      ),
  );

  r.post(
    '/api/family/invitation/check',
    {
      config: publicLimited,
      schema: {
        tags,
        body: ZToken,
        response: { 200: z.object({ firstName: z.string(), role: ZCasePersonRole }), ...errors },
      },
    },
    (request) => checkInvitation(ctx, request.body.token, request.ip),
  );
  r.post(
    '/api/family/invitation',
    {
      config: publicLimited,
      schema: {
        tags,
        body: ZRedeemInvitationSchema,
        response: { 200: ZRedeemedInvitationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { sessionToken, code } = await redeemInvitation(ctx, { ...request.body, ip: request.ip });
      setFamilyCookie(reply, sessionToken);
      return { code };
    },
  );
  r.get(
    '/api/family/file',
    { config: family, schema: { tags, response: { 200: ZFamilyFileSchema, ...errors } } },
    (request) => inFamilyScope(ctx, request, (scope) => readFamilyFile(ctx, scope)),
  );
  r.get(
    '/api/family/file/documents/:documentId',
    {
      config: family,
      schema: {
        tags,
        params: z.object({ documentId: z.uuid({ message: 'Ungültige ID' }) }),
        response: errors,
      },
    },
    async (request, reply) => {
      const file = await inFamilyScope(ctx, request, (scope) =>
        readFamilyDocument(ctx, scope, request.params.documentId),
      );
      return reply.headers(downloadHeaders(file.filename, file.mediaType)).send(file.data as never);
    },
  );
  r.post(
    '/api/family/file/help-plan-response',
    {
      config: family,
      schema: { tags, body: ZFamilyPlanResponseSchema, response: { 200: ZFamilyFileSchema, ...errors } },
    },
    (request) =>
      inFamilyScope(ctx, request, async (scope) => {
        await answerHelpPlan(scope, request.body);
        return familyFileUnaudited(ctx, scope);
      }),
  );
  r.get(
    '/api/family/access-log',
    {
      config: family,
      schema: {
        tags,
        querystring: ZFamilyAccessLogQuerySchema,
        response: { 200: ZFamilyAccessLogSchema, ...errors },
      },
    },
    (request) => inFamilyScope(ctx, request, (scope) => readAccessLog(scope, request.query.before)),
  );
}
