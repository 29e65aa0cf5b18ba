import type { TempCluster } from '../lib/cluster.js';

/* Every table's state as row count and checksum: recorded at the target, compared after the restore. */

export type TableState = Map<string, { rows: number; md5: string }>;

/** Row count and checksum of every table in the public schema (as the superuser: no row security). */
export async function tableChecksums(cluster: TempCluster): Promise<TableState> {
  const tables = await cluster.query<{ name: string }>(
    'lotse',
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const out: TableState = new Map();
  for (const { name } of tables) {
    const [r] = await cluster.query<{ n: number; sum: string | null }>(
      'lotse',
      `SELECT count(*)::int AS n, md5(string_agg(t::text, ',' ORDER BY t::text)) AS sum FROM public."${name}" t`,
    );
    out.set(name, { rows: r?.n ?? 0, md5: r?.sum ?? '' });
  }
  return out;
}

/** The tables equal to the recorded state, and a problem line for each one that is not (or is new). */
export function compareTables(
  recorded: TableState,
  now: TableState,
): { equalTables: number; problems: string[] } {
  const problems: string[] = [];
  let equalTables = 0;
  for (const [name, want] of recorded) {
    const got = now.get(name);
    if (got && got.rows === want.rows && got.md5 === want.md5) equalTables++;
    else
      problems.push(
        `table ${name}: recorded ${want.rows} rows ${want.md5}, restored ${got?.rows} ${got?.md5}`,
      );
  }
  for (const name of now.keys()) if (!recorded.has(name)) problems.push(`table ${name} not recorded`);
  return { equalTables, problems };
}
