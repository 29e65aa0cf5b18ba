import type { TPowSolution } from '@lotse/shared';
import { sql } from 'kysely';
import { NO_TENANT } from '../../platform/audit/events.js';
import { createFamilySession } from '../../platform/auth/family-sessions.js';
import { verifyPassword } from '../../platform/auth/passwords.js';
import {
  clearFailures,
  failuresOf,
  familyKeys,
  recordFailure,
  waitSeconds,
} from '../../platform/auth/throttle.js';
import type { AppContext } from '../../platform/context.js';
import { HttpError, RetryLaterError } from '../../platform/errors.js';
import { inOfficeScope } from '../../platform/scope.js';
import { normaliseAccessCode } from './access-code.js';

const WRONG = 'Code oder PIN stimmen nicht. Bitte prüfen Sie Ihre Eingabe.';
/** From this many failures of one address on, each further try needs a solved proof of work. */
export const PROOF_AFTER_FAILURES = 3;

/**
 * A family comes back with access code and PIN. Whether the code exists never changes the answer:
 * unknown codes and wrong PINs are answered alike, and the code is throttled by its text, known or
 * not (growing waits, platform/auth/throttle.ts), as is the address. After a few failures from one
 * address every try costs a proof of work, as sending a request does.
 */
export async function familyLogin(
  ctx: AppContext,
  input: { code: string; pin: string; ip: string; pow?: TPowSolution | undefined },
): Promise<{ token: string; kind: 'request' | 'account' }> {
  const code = normaliseAccessCode(input.code);
  const keys = familyKeys(code, input.ip);
  const wait = await waitSeconds(ctx.db, keys);
  if (wait > 0) throw new RetryLaterError(wait);
  const addressFailures = await failuresOf(ctx.db, { kind: 'familyAddress', value: input.ip });
  if (addressFailures >= PROOF_AFTER_FAILURES && !(input.pow && (await ctx.pow.accept(ctx.db, input.pow)))) {
    throw new HttpError(
      400,
      'proof_required',
      'Bitte warten Sie einen Moment und versuchen Sie es noch einmal.',
    );
  }
  // A family account's code (a person of a case) or a request's code: both sign in alike.
  const found = (
    await sql<{ tenant_id: string; kind: 'request' | 'account'; id: string; pin_hash: string }>`
      SELECT * FROM lotse_family_by_code(${code})`.execute(ctx.db.app)
  ).rows[0];
  const ok = await verifyPassword(found?.pin_hash ?? null, input.pin);
  const event = {
    resourceType: found?.kind === 'account' ? ('family_account' as const) : ('intake' as const),
    resourceId: found?.id ?? null,
  };
  if (!found || !ok) {
    await recordFailure(ctx.db, keys);
    await inOfficeScope(ctx, found?.tenant_id ?? NO_TENANT, input.ip, ({ audit }) =>
      audit({ ...event, action: 'family.login_failed', outcome: 'failed' }),
    );
    throw new HttpError(401, 'invalid_code', WRONG);
  }
  await clearFailures(ctx.db, keys);
  const token = await inOfficeScope(ctx, found.tenant_id, input.ip, async ({ tx, audit }) => {
    await audit({ ...event, action: 'family.login' });
    return createFamilySession(
      tx,
      found.tenant_id,
      found.kind === 'account' ? { accountId: found.id } : { intakeRequestId: found.id },
    );
  });
  return { token, kind: found.kind };
}
