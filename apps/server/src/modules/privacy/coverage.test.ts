import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection.js';
import { KeyRing } from '../../platform/crypto.js';
import { freshDatabase } from '../../test-support/database.js';
import { personalDataSources } from './sources.js';

/**
 * Which tables hold data about a person is read from the schema, not from a list: a table is personal
 * when it is one of the roots (persons, cases, family accounts, requests), refers to a personal table
 * by a foreign key, has a column naming a person, case, account or request, or holds sealed bytes. Each
 * must be declared by its owner for the Art. 15 export (platform/personal-data.ts) or be exempt here
 * with the reason — so a new table with personal data fails this test until it is covered.
 */
const ROOTS = ['persons', 'cases', 'family_accounts', 'intake_requests'];
const KEY_COLUMNS = /^(person_id|\w+_person_id|person_ids|case_id|family_account_id|intake_request_id)$/;

const EXEMPT: Record<string, string> = {
  tenant_keys: 'key material of the office (wrapped data keys), nothing about a person',
  cooperation_keys: "the office's signing key for template packages",
  users:
    "staff accounts: a staff member's own data is answered by the office's administration, not by a client's export",
  jobs: 'queued side effects (notification mails without case content); done jobs are deleted by the retention job',
  mail_outbox:
    'notification mails without case content to the recipient address, for admins when no mail server is set; deleted by the retention job',
};

interface Column {
  table_name: string;
  column_name: string;
  data_type: string;
}

describe('Art. 15 export coverage', () => {
  let db: Db;
  let drop: () => Promise<void>;
  let columns: Column[];
  let references: { from: string; to: string; columns: string[] }[];
  beforeAll(async () => {
    ({ db, drop } = await freshDatabase());
    await db.withOwner(async (owner) => {
      columns = (
        await sql<Column>`
          SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
          JOIN information_schema.tables t USING (table_schema, table_name)
          WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> 'schema_migrations'`.execute(
          owner,
        )
      ).rows;
      references = (
        await sql<{ from: string; to: string; columns: string[] }>`
          SELECT c.conrelid::regclass::text AS "from", c.confrelid::regclass::text AS "to",
                 array(SELECT a.attname::text FROM pg_attribute a
                       WHERE a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) AND a.attname <> 'tenant_id') AS columns
          FROM pg_constraint c WHERE c.contype = 'f'`.execute(owner)
      ).rows;
    });
  });
  afterAll(() => drop());

  function personalTables(): Set<string> {
    const personal = new Set(ROOTS);
    for (const c of columns) {
      if (KEY_COLUMNS.test(c.column_name) || c.data_type === 'bytea') personal.add(c.table_name);
    }
    for (let grew = true; grew; ) {
      grew = false;
      for (const r of references) {
        // An exempt table (staff accounts, keys) does not make the tables referring to it personal.
        if (personal.has(r.to) && !EXEMPT[r.to] && !personal.has(r.from)) {
          personal.add(r.from);
          grew = true;
        }
      }
    }
    return personal;
  }

  const declared = personalDataSources(new KeyRing(randomBytes(32))).flatMap((s) => s.tables);

  it('declares every table with personal data for the export, or names why not', () => {
    const names = new Set(declared.map((t) => t.table));
    const missing = [...personalTables()].filter((t) => !names.has(t) && !EXEMPT[t]).sort();
    expect(missing, 'tables with personal data that no owner declares (platform/personal-data.ts)').toEqual(
      [],
    );
  });

  it('opens or withholds every sealed column of a declared table', () => {
    const unhandled: string[] = [];
    for (const table of declared) {
      for (const c of columns.filter((c) => c.table_name === table.table && c.data_type === 'bytea')) {
        const handled =
          table.sealed?.[c.column_name] ?? table.opened?.[c.column_name] ?? table.withheld?.[c.column_name];
        if (!handled) unhandled.push(`${table.table}.${c.column_name}`);
      }
    }
    expect(unhandled, 'sealed columns the export would print as bytes').toEqual([]);
  });

  it('names only columns and tables that exist, with parents declared before their children', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const table of declared) {
      const own = new Set(columns.filter((c) => c.table_name === table.table).map((c) => c.column_name));
      if (own.size === 0) problems.push(`${table.table} does not exist`);
      const named = [
        ...table.match.map((m) => m.column),
        ...Object.keys(table.sealed ?? {}),
        ...Object.keys(table.opened ?? {}),
        ...Object.keys(table.withheld ?? {}),
        ...Object.values(table.provides ?? {}),
        ...(table.dateColumn ? [table.dateColumn] : []),
      ];
      for (const column of named)
        if (!own.has(column)) problems.push(`${table.table}.${column} does not exist`);
      for (const m of table.match)
        if ('parent' in m && !seen.has(m.parent))
          problems.push(`${table.table}: parent ${m.parent} comes later`);
      seen.add(table.table);
    }
    expect(problems).toEqual([]);
  });

  it('finds, for erasure, every row that refers to an erased row', () => {
    // Erasing a case deletes the rows the keys lead to; a row left behind that refers to one of them
    // would block the erasure. So each reference between declared tables must be followed.
    const erased = new Set(declared.filter((t) => !t.keptOnErasure).map((t) => t.table));
    const problems: string[] = [];
    for (const ref of references) {
      if (!erased.has(ref.from) || !erased.has(ref.to) || ref.from === ref.to) continue;
      const table = declared.find((t) => t.table === ref.from);
      const followed = table?.match.some((m) => ref.columns.includes(m.column));
      if (!followed) problems.push(`${ref.from}.${ref.columns.join(',')} → ${ref.to}`);
    }
    expect(problems, 'references that no match of the referring table follows').toEqual([]);
  });

  it('exempts only tables that exist and would otherwise count as personal', () => {
    const personal = personalTables();
    expect(Object.keys(EXEMPT).filter((t) => !personal.has(t))).toEqual([]);
  });
});
