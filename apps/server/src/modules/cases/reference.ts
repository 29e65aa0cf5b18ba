import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';

/**
 * The next case reference (Aktenzeichen) for a team: `<year>-<area code or team kind>-<number>`,
 * counted per office and prefix. The row lock of the counter serialises concurrent openings.
 */
export async function nextCaseReference(tx: Tx, tenantId: string, teamId: string): Promise<string> {
  const team = await tx
    .selectFrom('directory_teams as teams')
    .leftJoin('directory_social_areas as sa', (j) =>
      j.onRef('sa.tenant_id', '=', 'teams.tenant_id').onRef('sa.id', '=', 'teams.social_area_id'),
    )
    .select(['teams.kind', 'sa.code'])
    .where('teams.id', '=', teamId)
    .executeTakeFirstOrThrow();
  const prefix = `${new Date().getFullYear()}-${(team.code ?? team.kind).toUpperCase()}`;
  const row = await sql<{ last_number: number }>`
    INSERT INTO case_reference_counters AS c (tenant_id, prefix, last_number)
    VALUES (${tenantId}, ${prefix}, 1 + COALESCE((
      SELECT max(substring(reference FROM '\\d+$')::int) FROM cases
      WHERE tenant_id = ${tenantId} AND reference LIKE ${`${prefix}-%`} AND reference ~ '\\d+$'), 0))
    ON CONFLICT (tenant_id, prefix) DO UPDATE SET last_number = c.last_number + 1
    RETURNING last_number`.execute(tx);
  const n = row.rows[0]?.last_number ?? 1;
  return `${prefix}-${String(n).padStart(4, '0')}`;
}
