import { randomUUID } from 'node:crypto';
import type { TFamilyPasskey } from '@lotse/shared';
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { sql } from 'kysely';
import { NO_TENANT } from '../../platform/audit/events.js';
import { createFamilySession } from '../../platform/auth/family-sessions.js';
import type { AppContext } from '../../platform/context.js';
import { HttpError, notFound } from '../../platform/errors.js';
import { type FamilyScope, inOfficeScope } from '../../platform/scope.js';
import { caseMembers } from '../cases/index.js';
import { familyAccountOf } from './family-account.js';

const MAX_PASSKEYS = 10;
const FAILED = 'Die Anmeldung mit dem Passkey hat nicht geklappt. Bitte mit Code und PIN anmelden.';

/** The relying party is the address families use (PUBLIC_URL). */
function relyingParty(ctx: AppContext) {
  const url = new URL(ctx.config.publicUrl);
  return { rpID: url.hostname, origin: url.origin };
}

async function passkeysOf(scope: FamilyScope, accountId: string) {
  return scope.tx
    .selectFrom('family_passkeys')
    .select(['id', 'credential_id', 'transports', 'created_at', 'last_used_at'])
    .where('family_account_id', '=', accountId)
    .orderBy('created_at')
    .execute();
}

/** The signed-in person's passkeys (without keys). */
export async function listPasskeys(scope: FamilyScope): Promise<TFamilyPasskey[]> {
  const account = await familyAccountOf(scope);
  return (await passkeysOf(scope, account.id)).map((k) => ({
    id: k.id,
    createdAt: new Date(k.created_at).toISOString(),
    lastUsedAt: k.last_used_at ? new Date(k.last_used_at).toISOString() : null,
  }));
}

/** Options for registering a passkey for the signed-in account (a discoverable credential). */
export async function passkeyRegistrationOptions(
  ctx: AppContext,
  scope: FamilyScope,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const account = await familyAccountOf(scope);
  const existing = await passkeysOf(scope, account.id);
  if (existing.length >= MAX_PASSKEYS) {
    throw new HttpError(
      409,
      'too_many_passkeys',
      `Höchstens ${MAX_PASSKEYS} Passkeys. Bitte zuerst einen entfernen.`,
    );
  }
  const me = (await caseMembers(scope, account.caseId)).find((m) => m.personId === account.personId);
  const { rpID } = relyingParty(ctx);
  return generateRegistrationOptions({
    rpName: 'Lotse – Familien-App',
    rpID,
    userID: new TextEncoder().encode(account.id),
    userName: `${me?.firstName ?? 'Familie'} (Lotse)`,
    userDisplayName: me?.firstName ?? 'Familie',
    challenge: ctx.passkeyChallenges.issue('register', account.id),
    attestationType: 'none',
    excludeCredentials: existing.map((k) => ({ id: k.credential_id })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
}

/** Verifies the browser's registration and stores the public key (audited). */
export async function registerPasskey(
  ctx: AppContext,
  scope: FamilyScope,
  response: RegistrationResponseJSON,
): Promise<TFamilyPasskey[]> {
  const account = await familyAccountOf(scope);
  const { rpID, origin } = relyingParty(ctx);
  const verification = await verifyRegistrationResponse({
    response,
    expectedChallenge: (challenge) =>
      ctx.passkeyChallenges.redeem(scope.tx, challenge, 'register', account.id),
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: true,
  }).catch(() => null);
  if (!verification?.verified || !verification.registrationInfo) {
    throw new HttpError(
      400,
      'passkey_invalid',
      'Der Passkey konnte nicht eingerichtet werden. Bitte noch einmal versuchen.',
    );
  }
  const { credential } = verification.registrationInfo;
  await scope.tx
    .insertInto('family_passkeys')
    .values({
      tenant_id: scope.tenantId,
      id: randomUUID(),
      family_account_id: account.id,
      credential_id: credential.id,
      public_key: Buffer.from(credential.publicKey),
      sign_count: credential.counter,
      transports: credential.transports ?? [],
    })
    .onConflict((oc) => oc.column('credential_id').doNothing())
    .execute();
  await scope.audit({
    action: 'family_account.passkey_added',
    resourceType: 'family_account',
    resourceId: account.id,
    caseId: account.caseId,
    details: { accountId: account.id },
  });
  return listPasskeys(scope);
}

/** Removes one of the signed-in person's passkeys (audited). */
export async function removePasskey(scope: FamilyScope, passkeyId: string): Promise<TFamilyPasskey[]> {
  const account = await familyAccountOf(scope);
  const removed = await scope.tx
    .deleteFrom('family_passkeys')
    .where('id', '=', passkeyId)
    .where('family_account_id', '=', account.id)
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) === 0) throw notFound('Passkey');
  await scope.audit({
    action: 'family_account.passkey_removed',
    resourceType: 'family_account',
    resourceId: account.id,
    caseId: account.caseId,
    details: { accountId: account.id },
  });
  return listPasskeys(scope);
}

/** Options for signing in with a passkey: any passkey of this app on the device (discoverable). */
export function passkeyLoginOptions(ctx: AppContext): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({
    rpID: relyingParty(ctx).rpID,
    challenge: ctx.passkeyChallenges.issue('login', null),
    userVerification: 'required',
  });
}

/**
 * Signs in with a passkey: the credential must belong to an active account and its signature must
 * verify; then a family session starts, as with code and PIN. Failures are audited and answered alike.
 */
export async function passkeyLogin(
  ctx: AppContext,
  response: AuthenticationResponseJSON,
  ip: string,
): Promise<string> {
  const found = (
    await sql<{
      tenant_id: string;
      id: string;
      family_account_id: string;
      public_key: Uint8Array;
      sign_count: string;
      transports: string[];
    }>`SELECT * FROM lotse_family_passkey(${String(response.id ?? '')})`.execute(ctx.db.app)
  ).rows[0];
  const { rpID, origin } = relyingParty(ctx);
  const verification = found
    ? await verifyAuthenticationResponse({
        response,
        expectedChallenge: (challenge) => ctx.passkeyChallenges.redeem(ctx.db.app, challenge, 'login', null),
        expectedOrigin: origin,
        expectedRPID: rpID,
        credential: {
          id: response.id,
          publicKey: new Uint8Array(found.public_key),
          counter: Number(found.sign_count),
          transports: found.transports as never,
        },
        requireUserVerification: true,
      }).catch(() => null)
    : null;
  const event = { resourceType: 'family_account' as const, resourceId: found?.family_account_id ?? null };
  if (!found || !verification?.verified) {
    await inOfficeScope(ctx, found?.tenant_id ?? NO_TENANT, ip, ({ audit }) =>
      audit({ ...event, action: 'family.login_failed', outcome: 'failed', details: { method: 'passkey' } }),
    );
    throw new HttpError(401, 'passkey_failed', FAILED);
  }
  return inOfficeScope(ctx, found.tenant_id, ip, async ({ tx, audit }) => {
    await tx
      .updateTable('family_passkeys')
      .set({ sign_count: verification.authenticationInfo.newCounter, last_used_at: new Date() })
      .where('id', '=', found.id)
      .execute();
    await audit({ ...event, action: 'family.login', details: { method: 'passkey' } });
    return createFamilySession(tx, found.tenant_id, { accountId: found.family_account_id });
  });
}
