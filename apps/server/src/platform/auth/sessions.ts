import { createHash, randomBytes } from 'node:crypto';
import type { TRole } from '@lotse/shared';
import { sql } from 'kysely';
import type { Db, Tx } from '../../db/connection.js';
import type { Actor } from '../actor.js';
import type { SessionCache } from './session-cache.js';

export const SESSION_COOKIE = '__Host-lotse';

const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a session and returns the cookie token (only its hash is stored). */
export async function createSession(
  tx: Tx,
  opts: { tenantId: string; userId: string; mfaPassed: boolean; absoluteSeconds: number },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx
    .insertInto('sessions')
    .values({
      id: sessionIdOf(token),
      tenant_id: opts.tenantId,
      user_id: opts.userId,
      mfa_passed: opts.mfaPassed,
      expires_at: sql<Date>`now() + make_interval(secs => ${opts.absoluteSeconds})`,
    })
    .execute();
  return token;
}

export async function deleteSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export interface SessionState {
  actor: Actor;
  mfaPassed: boolean;
}

/** Like `lookupSession`, answered from the cache when this instance confirmed the session just now. */
export async function lookupSessionCached(
  db: Db,
  cache: SessionCache,
  token: string,
  idleSeconds: number,
): Promise<SessionState | null> {
  if (token.length < 20 || token.length > 100) return null;
  const id = sessionIdOf(token);
  const cached = cache.get(id);
  if (cached) return cached;
  const state = await sessionById(db, id, idleSeconds);
  if (state) cache.set(id, state);
  return state;
}

/** Resolves a cookie token to the session's actor, enforcing idle and absolute timeouts. */
export async function lookupSession(
  db: Db,
  token: string,
  idleSeconds: number,
): Promise<SessionState | null> {
  if (token.length < 20 || token.length > 100) return null;
  return sessionById(db, sessionIdOf(token), idleSeconds);
}

async function sessionById(db: Db, id: string, idleSeconds: number): Promise<SessionState | null> {
  const result = await sql<{
    tenant_id: string;
    user_id: string;
    mfa_passed: boolean;
    username: string;
    display_name: string;
    roles: string[];
    mfa_enabled: boolean;
    member_team_ids: string[];
    lead_team_ids: string[];
  }>`SELECT * FROM lotse_session_actor(${id}, ${idleSeconds})`.execute(db.app);
  const row = result.rows[0];
  if (!row) return null;
  return {
    mfaPassed: row.mfa_passed,
    actor: {
      tenantId: row.tenant_id,
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      roles: row.roles as TRole[],
      memberTeamIds: row.member_team_ids,
      leadTeamIds: row.lead_team_ids,
      mfaEnabled: row.mfa_enabled,
      sessionId: id,
    },
  };
}
