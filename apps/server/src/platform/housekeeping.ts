import { type Kysely, sql } from 'kysely';
import type { Tx } from '../db/connection.js';
import type { Database } from '../db/schema.js';

/** The platform's records that retention removes after their period: kind → table and date column. */
const RECORDS = {
  family_session: { table: 'family_sessions', column: 'expires_at', extra: sql`true` },
  staff_session: { table: 'sessions', column: 'expires_at', extra: sql`true` },
  finished_job: { table: 'jobs', column: 'done_at', extra: sql`done_at IS NOT NULL` },
  outbox_mail: { table: 'mail_outbox', column: 'created_at', extra: sql`true` },
} as const;
export type HousekeepingRecord = keyof typeof RECORDS;
export const HOUSEKEEPING_RECORDS = Object.keys(RECORDS) as HousekeepingRecord[];

/** How many of each are older than their cutoff in the transaction's office (the dry run). */
export async function countExpired(
  tx: Tx,
  cutoffs: Record<HousekeepingRecord, Date>,
): Promise<Record<HousekeepingRecord, number>> {
  const out = {} as Record<HousekeepingRecord, number>;
  for (const kind of HOUSEKEEPING_RECORDS) {
    const { table, column, extra } = RECORDS[kind];
    const row = await sql<{ n: string }>`
      SELECT count(*) AS n FROM ${sql.table(table)} WHERE ${extra} AND ${sql.ref(column)} < ${cutoffs[kind]}`.execute(
      tx,
    );
    out[kind] = Number(row.rows[0]?.n ?? 0);
  }
  return out;
}

/** Deletes them (as the schema owner, bound to the office by its id); returns the counts. */
export async function purgeExpired(
  owner: Kysely<Database>,
  tenantId: string,
  cutoffs: Record<HousekeepingRecord, Date>,
): Promise<Record<HousekeepingRecord, number>> {
  const out = {} as Record<HousekeepingRecord, number>;
  for (const kind of HOUSEKEEPING_RECORDS) {
    const { table, column, extra } = RECORDS[kind];
    const res = await sql`
      DELETE FROM ${sql.table(table)}
      WHERE tenant_id = ${tenantId} AND ${extra} AND ${sql.ref(column)} < ${cutoffs[kind]}`.execute(owner);
    out[kind] = Number(res.numAffectedRows ?? 0);
  }
  return out;
}
