import { type Kysely, sql } from 'kysely';
import type { Tx } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import type { SealedText } from './sealed-text.js';

/**
 * Where each owner declares which of its tables hold data about a person and how to find the rows
 * (DSGVO Art. 15 export, erasure, retention). The privacy module runs the declarations; the coverage
 * test (modules/privacy/coverage.test.ts) derives from the schema which tables must be declared.
 */

/** The kinds of keys that lead from a person to their data. */
export type SubjectKey = 'person' | 'case' | 'familyAccount' | 'request' | 'user';

/** One way to find a table's rows: a column holding a subject key, or a key of rows found earlier. */
export type RowMatch =
  | {
      column: string;
      subject: SubjectKey;
      array?: boolean;
      /** only rows whose column has one of these values (e.g. the audit's resource type) */
      where?: { column: string; in: readonly string[] };
    }
  | { column: string; parent: string; parentColumn?: string };

export interface PersonalTable {
  table: string;
  /** a heading for people (German) */
  title: string;
  /** Rows match if any of these matches (OR). */
  match: RowMatch[];
  /** false for installation-wide tables without `tenant_id` (their row policies bind the office) */
  tenantBound?: boolean;
  /** Subject keys these rows lead to (e.g. case_persons → the person's cases). */
  provides?: Partial<Record<SubjectKey, string>>;
  /** Sealed columns and the context each row's value is bound to; JSON values are parsed. */
  sealed?: Record<string, (row: Record<string, unknown>) => string>;
  /** Columns sealed with another key (installation-wide): the owner opens them itself. */
  opened?: Record<string, (value: Uint8Array | string, row: Record<string, unknown>) => unknown>;
  /**
   * Columns left out of the export with the reason shown instead (credentials, search indexes,
   * content another person entrusted, § 65 SGB VIII). A function decides per row; null = show.
   */
  withheld?: Record<string, string | ((row: Record<string, unknown>) => string | null)>;
  /** The column with the record's date, for retention and the export's ordering. */
  dateColumn?: string;
  /** How many rows at most an export lists (the audit trail can be long); the total is given. */
  limit?: number;
  /** Why an erasure keeps these rows (the audit's facts; what also belongs to another office). */
  keptOnErasure?: string;
  /** A column naming a file in the blob store, removed with the row. */
  blobColumn?: string;
}

/** What a module hands the privacy module: its tables, parents before children. */
export interface PersonalDataSource {
  module: string;
  tables: readonly PersonalTable[];
}

export interface ExportedTable {
  table: string;
  title: string;
  module: string;
  total: number;
  rows: Record<string, unknown>[];
  /** column → why its content is not in the export */
  withheld: Record<string, string>;
}

export interface SubjectKeys {
  person: Set<string>;
  case: Set<string>;
  familyAccount: Set<string>;
  request: Set<string>;
  user: Set<string>;
}

/** Columns never exported as such: the office id and search helpers that only mirror other columns. */
const SKIPPED_COLUMNS = new Set(['tenant_id', 'search', 'search_tokens']);

/**
 * Finds the subject's keys (their cases, family accounts, requests) by running the `provides`
 * tables until nothing new turns up; a person in two cases leads to both.
 */
export function resolveSubject(
  tx: Kysely<Database>,
  tenantId: string,
  personId: string,
  sources: readonly PersonalDataSource[],
): Promise<SubjectKeys> {
  return expandSubject(tx, tenantId, subjectKeys({ person: [personId] }), sources);
}

/** Keys from lists of ids. */
export function subjectKeys(ids: Partial<Record<SubjectKey, readonly string[]>>): SubjectKeys {
  return {
    person: new Set(ids.person),
    case: new Set(ids.case),
    familyAccount: new Set(ids.familyAccount),
    request: new Set(ids.request),
    user: new Set(ids.user),
  };
}

/** Adds to the keys what the `provides` tables lead to, until nothing new turns up. */
export async function expandSubject(
  tx: Kysely<Database>,
  tenantId: string,
  keys: SubjectKeys,
  sources: readonly PersonalDataSource[],
): Promise<SubjectKeys> {
  const providers = sources.flatMap((s) => s.tables).filter((t) => t.provides);
  for (let round = 0; round < 4; round++) {
    let grew = false;
    for (const table of providers) {
      const rows = await selectRows(tx, tenantId, table, keys, new Map());
      for (const [key, column] of Object.entries(table.provides ?? {}) as [SubjectKey, string][]) {
        for (const row of rows) {
          const value = row[column];
          if (typeof value === 'string' && !keys[key].has(value)) {
            keys[key].add(value);
            grew = true;
          }
        }
      }
    }
    if (!grew) break;
  }
  return keys;
}

/** Reads every declared table's rows about the subject, opens the sealed columns, withholds the rest. */
export async function collectPersonalData(
  tx: Tx,
  sealed: SealedText,
  tenantId: string,
  keys: SubjectKeys,
  sources: readonly PersonalDataSource[],
): Promise<ExportedTable[]> {
  const found = new Map<string, Record<string, unknown>[]>();
  const result: ExportedTable[] = [];
  for (const source of sources) {
    for (const table of source.tables) {
      const rows = await selectRows(tx, tenantId, table, keys, found);
      found.set(table.table, rows);
      if (rows.length === 0) continue;
      const withheld: Record<string, string> = {};
      const shown = table.limit ? rows.slice(0, table.limit) : rows;
      const presented = [];
      for (const row of shown) presented.push(await presentRow(sealed, table, row, withheld));
      result.push({
        table: table.table,
        title: table.title,
        module: source.module,
        total: rows.length,
        rows: presented,
        withheld,
      });
    }
  }
  return result;
}

/** The rows of one table that match the subject's keys or rows found in a parent table. */
export async function selectRows(
  tx: Kysely<Database>,
  tenantId: string,
  table: PersonalTable,
  keys: SubjectKeys,
  found: Map<string, Record<string, unknown>[]>,
): Promise<Record<string, unknown>[]> {
  const conditions = [];
  for (const match of table.match) {
    const values =
      'subject' in match
        ? [...keys[match.subject]]
        : [
            ...new Set(
              (found.get(match.parent) ?? [])
                .map((r) => r[match.parentColumn ?? 'id'])
                .filter((v) => v != null),
            ),
          ].map(String);
    if (values.length === 0) continue;
    const column = sql.ref(match.column);
    let condition =
      'array' in match && match.array ? sql`${column} && ${values}` : sql`${column} = ANY(${values})`;
    if ('where' in match && match.where) {
      condition = sql`(${condition} AND ${sql.ref(match.where.column)} = ANY(${match.where.in}))`;
    }
    conditions.push(condition);
  }
  if (conditions.length === 0) return [];
  const tenantCondition = table.tenantBound === false ? sql`true` : sql`tenant_id = ${tenantId}`;
  const order = table.dateColumn ? sql`ORDER BY ${sql.ref(table.dateColumn)} DESC` : sql``;
  const result = await sql<Record<string, unknown>>`
    SELECT * FROM ${sql.table(table.table)}
    WHERE ${tenantCondition} AND (${sql.join(conditions, sql` OR `)}) ${order}`.execute(tx);
  return result.rows;
}

async function presentRow(
  sealed: SealedText,
  table: PersonalTable,
  row: Record<string, unknown>,
  withheldOut: Record<string, string>,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (SKIPPED_COLUMNS.has(column)) continue;
    if (column.startsWith('legacy_') && value === null) continue;
    const rule = table.withheld?.[column];
    const reason = typeof rule === 'function' ? rule(row) : rule;
    const name = column.replace(/_enc$/, '');
    if (reason) {
      withheldOut[name] = reason;
      if (value !== null) out[name] = { withheld: reason };
      continue;
    }
    const opener = table.opened?.[column];
    if (opener) {
      out[name] = value === null ? null : parseIfJson(String(await opener(value as Uint8Array, row)));
      continue;
    }
    const context = table.sealed?.[column];
    if (context) {
      out[name] = value === null ? null : parseIfJson(await sealed.open(value as Uint8Array, context(row)));
      continue;
    }
    out[column] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

function parseIfJson(text: string): unknown {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
