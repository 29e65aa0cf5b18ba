import type { TColleague } from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import type { ActorScope } from '../../platform/scope.js';
import { requireColleagueMessaging } from './colleague-policy.js';

interface DirectoryRow {
  office_id: string;
  user_id: string;
  display_name: string;
  office_name: string;
  team_names: string[] | null;
}

const present = (r: DirectoryRow): TColleague => ({
  userId: r.user_id,
  officeId: r.office_id,
  displayName: r.display_name,
  officeName: r.office_name,
  teams: r.team_names ?? [],
});

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Colleagues in other offices whose name, office or team contain every word of `query` (at most 25):
 * name, office and teams only, of active staff who do case work or lead teams
 * (lotse_colleague_directory, migration 0035).
 */
export async function searchColleagues(scope: ActorScope, query: string): Promise<TColleague[]> {
  requireColleagueMessaging(scope.actor);
  const words = query.split(/\s+/).filter(Boolean).slice(0, 5).map(escapeLike);
  const rows = await sql<DirectoryRow>`
    SELECT * FROM lotse_colleague_directory(${words}::text[], NULL, NULL, 25)`.execute(scope.tx);
  return rows.rows.map(present);
}

/** One colleague of another office as the directory shows them, or undefined (unknown, own office, no case work). */
export async function findColleague(
  tx: Tx,
  officeId: string,
  userId: string,
): Promise<TColleague | undefined> {
  const rows = await sql<DirectoryRow>`
    SELECT * FROM lotse_colleague_directory('{}'::text[], ${officeId}::uuid, ${userId}::uuid, 1)`.execute(tx);
  const row = rows.rows[0];
  return row ? present(row) : undefined;
}

/** Everyone taking part in these conversations (visible to the caller's office), by conversation. */
export async function conversationPeople(
  tx: Tx,
  conversationIds: string[],
): Promise<Map<string, TColleague[]>> {
  const people = new Map<string, TColleague[]>();
  if (conversationIds.length === 0) return people;
  const rows = await sql<DirectoryRow & { conversation_id: string }>`
    SELECT * FROM lotse_colleague_people(${conversationIds}::uuid[])`.execute(tx);
  for (const r of rows.rows) {
    const list = people.get(r.conversation_id) ?? [];
    list.push(present(r));
    people.set(r.conversation_id, list);
  }
  return people;
}
