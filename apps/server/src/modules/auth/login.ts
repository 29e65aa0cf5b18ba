import { sql } from 'kysely';
import { NO_TENANT } from '../../platform/audit/events.js';
import { verifyPassword } from '../../platform/auth/passwords.js';
import { clearFailures, recordFailure, staffKeys, waitSeconds } from '../../platform/auth/throttle.js';
import type { AppContext } from '../../platform/context.js';
import { HttpError, RetryLaterError } from '../../platform/errors.js';
import { inOfficeScope } from '../../platform/scope.js';
import { type LoginResult, startStaffSession } from './start-session.js';

const WRONG = 'Benutzername oder Passwort ist falsch.';

/** LOCAL_PASSWORDS=off: everyone signs in through the office's identity provider. */
export const passwordsOff = () =>
  new HttpError(
    403,
    'passwords_off',
    'Die Anmeldung mit Passwort ist abgeschaltet. Bitte melden Sie sich mit Ihrem Dienstkonto an.',
  );

/**
 * Checks name and password and opens a session (replacing any previous one). Unknown names and
 * wrong passwords get the same answer in about the same time; repeated failures make name, name at
 * this address and address wait, longer with each failure (platform/auth/throttle.ts) — never a lock
 * that keeps the owner out for long. With LOCAL_PASSWORDS=off nobody signs in by password, with
 * `admins` only administrators (the way in when the identity provider is down).
 */
export async function login(
  ctx: AppContext,
  input: { username: string; password: string; ip: string; previousSessionId: string | null },
): Promise<LoginResult> {
  if (ctx.config.localPasswords === 'off') throw passwordsOff();
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
  return inOfficeScope(ctx, account.tenant_id, input.ip, async (scope) => {
    if (ctx.config.localPasswords === 'admins') {
      const { roles } = await scope.tx
        .selectFrom('users')
        .select('roles')
        .where('id', '=', account.user_id)
        .executeTakeFirstOrThrow();
      if (!roles.includes('admin')) {
        throw new HttpError(
          403,
          'passwords_admins_only',
          'Mit Passwort melden sich nur Administratorinnen und Administratoren an. Bitte nutzen Sie Ihr Dienstkonto.',
        );
      }
    }
    return startStaffSession(ctx, scope, {
      userId: account.user_id,
      previousSessionId: input.previousSessionId,
      method: 'password',
      secondFactorByProvider: false,
    });
  });
}
