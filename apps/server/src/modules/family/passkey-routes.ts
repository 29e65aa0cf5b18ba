import { ZFamilyPasskeySchema, ZWebAuthnResponseSchema } from '@lotse/shared';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setFamilyCookie } from '../../platform/auth/family-sessions.js';
import type { AppContext } from '../../platform/context.js';
import { errorResponses } from '../../platform/http/responses.js';
import { inFamilyScope } from '../../platform/scope.js';
import {
  listPasskeys,
  passkeyLogin,
  passkeyLoginOptions,
  passkeyRegistrationOptions,
  registerPasskey,
  removePasskey,
} from './passkeys.js';

const errors = errorResponses();
/** The options go to the browser's WebAuthn API as they are (their shape is the WebAuthn standard's). */
const ZOptions = z.record(z.string(), z.unknown());
const ZPasskeyParams = z.object({ id: z.uuid({ message: 'Ungültige ID' }) });

/** Passkeys of family accounts: set up in "Meine Akte", sign in at /zurueck without code and PIN. */
export function familyPasskeyRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const family = { access: 'family' } as const;
  const publicLimited = { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } } as const;
  const tags = ['family accounts'];

  r.get(
    '/api/family/passkeys',
    { config: family, schema: { tags, response: { 200: z.array(ZFamilyPasskeySchema), ...errors } } },
    (request) => inFamilyScope(ctx, request, listPasskeys),
  );
  r.post(
    '/api/family/passkeys/options',
    { config: family, schema: { tags, response: { 200: ZOptions, ...errors } } },
    async (request) => ({
      ...(await inFamilyScope(ctx, request, (scope) => passkeyRegistrationOptions(ctx, scope))),
    }),
  );
  r.post(
    '/api/family/passkeys',
    {
      config: family,
      schema: {
        tags,
        body: ZWebAuthnResponseSchema,
        response: { 201: z.array(ZFamilyPasskeySchema), ...errors },
      },
    },
    async (request, reply) => {
      const passkeys = await inFamilyScope(ctx, request, (scope) =>
        registerPasskey(ctx, scope, request.body as unknown as RegistrationResponseJSON),
      );
      return reply.status(201).send(passkeys);
    },
  );
  r.delete(
    '/api/family/passkeys/:id',
    {
      config: family,
      schema: { tags, params: ZPasskeyParams, response: { 200: z.array(ZFamilyPasskeySchema), ...errors } },
    },
    (request) => inFamilyScope(ctx, request, (scope) => removePasskey(scope, request.params.id)),
  );
  r.post(
    '/api/family/passkey-login/options',
    { config: publicLimited, schema: { tags, response: { 200: ZOptions, ...errors } } },
    async () => ({ ...(await passkeyLoginOptions(ctx)) }),
  );
  r.post(
    '/api/family/passkey-login',
    {
      config: publicLimited,
      schema: {
        tags,
        body: ZWebAuthnResponseSchema,
        response: { 200: z.object({ ok: z.literal(true), kind: z.literal('account') }), ...errors },
      },
    },
    async (request, reply) => {
      const token = await passkeyLogin(
        ctx,
        request.body as unknown as AuthenticationResponseJSON,
        request.ip,
      );
      setFamilyCookie(reply, token);
      return { ok: true as const, kind: 'account' as const };
    },
  );
}
