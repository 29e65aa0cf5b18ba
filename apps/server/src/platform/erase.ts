import { type Kysely, sql } from 'kysely';
import type { Db } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { type PersonalDataSource, type SubjectKeys, selectRows } from './personal-data.js';

export interface ErasureResult {
  /** table → rows deleted */
  deleted: Record<string, number>;
  /** table → rows kept, with the reason (audit facts, another office's conversation) */
  kept: Record<string, { rows: number; reason: string }>;
  /** blob store keys of the deleted files; the caller removes them once the erasure committed */
  blobKeys: string[];
}

type Owner = Kysely<Database>;

/**
 * Deletes every declared row that the keys lead to, in one transaction as the schema owner (the
 * request role may not delete case records): children before the rows they refer to, as the
 * foreign keys of the schema order them. A reference from a table nobody declared makes the whole
 * erasure fail and roll back rather than leave half a case behind.
 */
export async function eraseSubject(
  db: Db,
  tenantId: string,
  keys: SubjectKeys,
  sources: readonly PersonalDataSource[],
): Promise<ErasureResult> {
  return db.withOwner(async (owner) => {
    const tables = sources.flatMap((s) => s.tables);
    const found = new Map<string, Record<string, unknown>[]>();
    // The owner is not bound by row-level security; selectRows binds every read to the office.
    for (const table of tables) found.set(table.table, await selectRows(owner, tenantId, table, keys, found));
    const result: ErasureResult = { deleted: {}, kept: {}, blobKeys: [] };
    const primaryKeys = await primaryKeysOf(owner);
    for (const name of await deletionOrder(
      owner,
      tables.map((t) => t.table),
    )) {
      const table = tables.find((t) => t.table === name);
      const rows = found.get(name) ?? [];
      if (!table || rows.length === 0) continue;
      if (table.keptOnErasure) {
        result.kept[name] = { rows: rows.length, reason: table.keptOnErasure };
        continue;
      }
      const blobColumn = table.blobColumn;
      if (blobColumn)
        for (const r of rows) if (typeof r[blobColumn] === 'string') result.blobKeys.push(r[blobColumn]);
      result.deleted[name] = await deleteRows(
        owner,
        tenantId,
        name,
        table.tenantBound !== false,
        primaryKeys.get(name) ?? [],
        rows,
      );
    }
    return result;
  });
}

async function deleteRows(
  owner: Owner,
  tenantId: string,
  table: string,
  tenantBound: boolean,
  key: string[],
  rows: Record<string, unknown>[],
): Promise<number> {
  if (key.length === 0) throw new Error(`${table} has no primary key to delete by`);
  let deleted = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const columns = sql.join(key.map((c) => sql.ref(c)));
    const values = sql.join(chunk.map((r) => sql`(${sql.join(key.map((c) => sql`${r[c]}`))})`));
    const tenant = tenantBound ? sql`tenant_id = ${tenantId} AND` : sql``;
    const res =
      await sql`DELETE FROM ${sql.table(table)} WHERE ${tenant} (${columns}) IN (${values})`.execute(owner);
    deleted += Number(res.numAffectedRows ?? 0);
  }
  return deleted;
}

async function primaryKeysOf(owner: Owner): Promise<Map<string, string[]>> {
  const rows = await sql<{ table: string; columns: string[] }>`
    SELECT c.conrelid::regclass::text AS table,
           array_agg(a.attname::text ORDER BY array_position(c.conkey, a.attnum)) AS columns
    FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
    WHERE c.contype = 'p' GROUP BY c.conrelid`.execute(owner);
  return new Map(rows.rows.map((r) => [r.table, r.columns]));
}

/** The tables in an order that deletes rows referring to others first (foreign keys of the schema). */
export async function deletionOrder(owner: Owner, tables: readonly string[]): Promise<string[]> {
  const refs = (
    await sql<{ from: string; to: string }>`
      SELECT conrelid::regclass::text AS "from", confrelid::regclass::text AS "to"
      FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid`.execute(owner)
  ).rows.filter((r) => tables.includes(r.from) && tables.includes(r.to));
  const order: string[] = [];
  const left = new Set(tables);
  while (left.size > 0) {
    // A table may go once no remaining table refers to it.
    const next = [...left].filter((t) => !refs.some((r) => r.to === t && left.has(r.from)));
    if (next.length === 0) throw new Error(`foreign keys form a cycle among ${[...left].join(', ')}`);
    for (const t of next) {
      order.push(t);
      left.delete(t);
    }
  }
  return order;
}
