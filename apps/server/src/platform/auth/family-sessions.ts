import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/connection.js';

export const FAMILY_COOKIE = '__Host-lotse-family';
const FAMILY_SESSION_HOURS = 12;

const idOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Opens a family session for a request's code or a family account; returns the cookie token. */
export async function createFamilySession(
  tx: Tx,
  tenantId: string,
  holder: { intakeRequestId: string } | { accountId: string },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx
    .insertInto('family_sessions')
    .values({
      id: idOf(token),
      tenant_id: tenantId,
      intake_request_id: 'intakeRequestId' in holder ? holder.intakeRequestId : null,
      family_account_id: 'accountId' in holder ? holder.accountId : null,
      expires_at: sql<Date>`now() + make_interval(hours => ${FAMILY_SESSION_HOURS})`,
    })
    .execute();
  return token;
}

export async function deleteFamilySession(tx: Tx, sessionId: string): Promise<void> {
  await tx.deleteFrom('family_sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of a family account (its access was ended). */
export async function deleteAccountSessions(tx: Tx, accountId: string): Promise<void> {
  await tx.deleteFrom('family_sessions').where('family_account_id', '=', accountId).execute();
}

export async function lookupFamilySession(db: Db, token: string, idleSeconds: number) {
  if (token.length < 20 || token.length > 100) return null;
  const id = idOf(token);
  const row = (
    await sql<{ tenant_id: string; intake_request_id: string | null; family_account_id: string | null }>`
      SELECT * FROM lotse_family_session(${id}, ${idleSeconds})`.execute(db.app)
  ).rows[0];
  return row
    ? {
        tenantId: row.tenant_id,
        intakeRequestId: row.intake_request_id,
        accountId: row.family_account_id,
        sessionId: id,
      }
    : null;
}

export const familySessionMaxAge = FAMILY_SESSION_HOURS * 3600;

/** Sets the family session cookie (host-only, HTTPS, not readable by scripts, same site only). */
export function setFamilyCookie(reply: FastifyReply, token: string): void {
  reply.setCookie(FAMILY_COOKIE, token, {
    path: '/',
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    maxAge: familySessionMaxAge,
  });
}
