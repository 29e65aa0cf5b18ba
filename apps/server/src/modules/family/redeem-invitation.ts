import type { TCasePersonRole } from '@lotse/shared';
import { sql } from 'kysely';
import { createFamilySession } from '../../platform/auth/family-sessions.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import type { AppContext } from '../../platform/context.js';
import { HttpError } from '../../platform/errors.js';
import { inOfficeScope } from '../../platform/scope.js';
import { caseMembers } from '../cases/index.js';
import { inviteTokenHash } from './accounts.js';

const GONE = 'Diese Einladung gilt nicht mehr. Bitte fragen Sie beim Jugendamt nach einer neuen.';

async function invitationOf(ctx: AppContext, token: string) {
  const found = (
    await sql<{ tenant_id: string; id: string }>`
      SELECT * FROM lotse_family_invitation(${inviteTokenHash(token)})`.execute(ctx.db.app)
  ).rows[0];
  if (!found) throw new HttpError(404, 'invitation_gone', GONE);
  return found;
}

/** Whom an open invitation is for (first name and role), so the page can greet the person in the right form. */
export async function checkInvitation(
  ctx: AppContext,
  token: string,
  ip: string,
): Promise<{ firstName: string; role: TCasePersonRole }> {
  const found = await invitationOf(ctx, token);
  return inOfficeScope(ctx, found.tenant_id, ip, async (scope) => {
    const account = await scope.tx
      .selectFrom('family_accounts')
      .select(['case_id', 'person_id'])
      .where('id', '=', found.id)
      .executeTakeFirstOrThrow();
    const me = (await caseMembers(scope, account.case_id)).find((m) => m.personId === account.person_id);
    return { firstName: me?.firstName ?? '', role: me?.role ?? 'other' };
  });
}

/**
 * The invited person sets their PIN: the account becomes active, the link stops working, and the
 * person is signed in. Returns the session token and the access code to sign in with from now on.
 */
export async function redeemInvitation(
  ctx: AppContext,
  input: { token: string; pin: string; ip: string },
): Promise<{ sessionToken: string; code: string }> {
  const found = await invitationOf(ctx, input.token);
  const pinHash = await hashPassword(input.pin);
  return inOfficeScope(ctx, found.tenant_id, input.ip, async ({ tx, audit }) => {
    const row = await tx
      .updateTable('family_accounts')
      .set({
        status: 'active',
        pin_hash: pinHash,
        activated_at: sql<Date>`now()`,
        invite_token_hash: null,
        invite_expires_at: null,
      })
      .where('id', '=', found.id)
      .where('status', '=', 'invited')
      .returning(['access_code', 'case_id'])
      .executeTakeFirst();
    if (!row) throw new HttpError(404, 'invitation_gone', GONE);
    await audit({
      action: 'family_account.activate',
      resourceType: 'family_account',
      resourceId: found.id,
      caseId: row.case_id,
      details: { accountId: found.id },
    });
    const sessionToken = await createFamilySession(tx, found.tenant_id, { accountId: found.id });
    return { sessionToken, code: row.access_code };
  });
}
