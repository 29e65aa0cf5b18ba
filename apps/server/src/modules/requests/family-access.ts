import { sql } from 'kysely';
import { NO_TENANT } from '../../platform/audit/events.js';
import { createFamilySession } from '../../platform/auth/family-sessions.js';
import { verifyPassword } from '../../platform/auth/passwords.js';
import type { AppContext } from '../../platform/context.js';
import { HttpError } from '../../platform/errors.js';
import { inOfficeScope } from '../../platform/scope.js';
import { normaliseAccessCode } from './access-code.js';

const MAX_PIN_FAILURES = 5;
const LOCK_MINUTES = 30;
const WRONG = 'Code oder PIN stimmen nicht. Bitte prüfen Sie Ihre Eingabe.';

/**
 * A family comes back with access code and PIN. Unknown codes and wrong PINs get the same answer;
 * five wrong PINs lock the code for 30 minutes (against guessing the 6-digit PIN).
 */
export async function familyLogin(
  ctx: AppContext,
  input: { code: string; pin: string; ip: string },
): Promise<string> {
  const code = normaliseAccessCode(input.code);
  const found = (
    await sql<{ tenant_id: string; id: string; pin_hash: string; locked_until: Date | null }>`
      SELECT * FROM lotse_intake_by_code(${code})`.execute(ctx.db.app)
  ).rows[0];
  if (found?.locked_until && new Date(found.locked_until) > new Date()) {
    throw new HttpError(
      429,
      'locked',
      `Zu viele falsche Versuche. Bitte versuchen Sie es in ${LOCK_MINUTES} Minuten wieder.`,
    );
  }
  const ok = await verifyPassword(found?.pin_hash ?? null, input.pin);
  const tenantId = found?.tenant_id ?? NO_TENANT;
  const event = { resourceType: 'intake' as const, resourceId: found?.id ?? null };
  if (!found || !ok) {
    await inOfficeScope(ctx, tenantId, input.ip, async ({ tx, audit }) => {
      if (found) {
        await tx
          .updateTable('intake_requests')
          .set((eb) => ({
            pin_failures: eb('pin_failures', '+', 1),
            locked_until: sql<Date | null>`CASE WHEN pin_failures + 1 >= ${MAX_PIN_FAILURES}
              THEN now() + make_interval(mins => ${LOCK_MINUTES}) ELSE locked_until END`,
          }))
          .where('id', '=', found.id)
          .execute();
      }
      await audit({ ...event, action: 'family.login_failed', outcome: 'failed' });
    });
    throw new HttpError(401, 'invalid_code', WRONG);
  }
  return inOfficeScope(ctx, found.tenant_id, input.ip, async ({ tx, audit }) => {
    await tx
      .updateTable('intake_requests')
      .set({ pin_failures: 0, locked_until: null })
      .where('id', '=', found.id)
      .execute();
    await audit({ ...event, action: 'family.login' });
    return createFamilySession(tx, found.tenant_id, found.id);
  });
}
