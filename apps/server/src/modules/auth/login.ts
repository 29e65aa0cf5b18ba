import { sql } from 'kysely';
import { NO_TENANT } from '../../platform/audit/events.js';
import { verifyPassword } from '../../platform/auth/passwords.js';
import { createSession, deleteSession } from '../../platform/auth/sessions.js';
import { clearFailures, recordFailure, staffKeys, waitSeconds } from '../../platform/auth/throttle.js';
import type { AppContext } from '../../platform/context.js';
import { HttpError, RetryLaterError } from '../../platform/errors.js';
import { inOfficeScope } from '../../platform/scope.js';

export interface LoginResult {
  token: string;
  mfaRequired: boolean;
  mfaSetupRequired: boolean;
}

const WRONG = 'Benutzername oder Passwort ist falsch.';

/**
 * Checks name and password and opens a session (replacing any previous one). Unknown names and
 * wrong passwords get the same answer in about the same time; repeated failures make name, name at
 * this address and address wait, longer with each failure (platform/auth/throttle.ts) — never a lock
 * that keeps the owner out for long.
 */
export async function login(
  ctx: AppContext,
  input: { username: string; password: string; ip: string; previousSessionId: string | null },
): Promise<LoginResult> {
  const keys = staffKeys(input.username, input.ip);
  const wait = await waitSeconds(ctx.db, keys);
  if (wait > 0) {
    await inOfficeScope(ctx, NO_TENANT, input.ip, ({ audit }) =>
      audit({
        action: 'auth.throttled',
        resourceType: 'session',
        outcome: 'denied',
        details: { username: input.username.slice(0, 100) },
      }),
    );
    throw new RetryLaterError(wait);
  }
  const account = (
    await sql<{ tenant_id: string; user_id: string; password_hash: string; disabled: boolean }>`
      SELECT * FROM lotse_login_account(${input.username})`.execute(ctx.db.app)
  ).rows[0];
  const passwordOk = await verifyPassword(account?.password_hash ?? null, input.password);
  if (!account || account.disabled || !passwordOk) {
    await recordFailure(ctx.db, keys);
    const tenantId = account?.tenant_id ?? NO_TENANT;
    await inOfficeScope(ctx, tenantId, input.ip, ({ audit }) =>
      audit({
        actorId: account?.user_id ?? null,
        action: 'auth.login_failed',
        resourceType: 'session',
        outcome: 'failed',
        details: account ? {} : { username: input.username.slice(0, 100) },
      }),
    );
    throw new HttpError(401, 'invalid_credentials', WRONG);
  }
  await clearFailures(ctx.db, keys);
  return inOfficeScope(ctx, account.tenant_id, input.ip, async ({ tx, audit }) => {
    const user = await tx
      .selectFrom('users')
      .select(['mfa_enabled', 'roles'])
      .where('id', '=', account.user_id)
      .executeTakeFirstOrThrow();
    if (input.previousSessionId) await deleteSession(tx, input.previousSessionId);
    const mfaPassed = !user.mfa_enabled && ctx.config.demo;
    const token = await createSession(tx, {
      tenantId: account.tenant_id,
      userId: account.user_id,
      mfaPassed,
      absoluteSeconds: ctx.config.sessionAbsoluteSeconds,
    });
    await audit({
      actorId: account.user_id,
      actorRoles: user.roles,
      action: 'auth.login',
      resourceType: 'session',
      details: { mfaPending: !mfaPassed },
    });
    return { token, mfaRequired: user.mfa_enabled, mfaSetupRequired: !user.mfa_enabled && !mfaPassed };
  });
}
