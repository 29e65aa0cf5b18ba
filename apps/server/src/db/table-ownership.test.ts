import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../test-support/database.js';
import type { Db } from './connection.js';

/**
 * Each table has one owner (a module, or the platform) that declares it in its `tables.ts`; only the
 * owner's code reads or writes it. Other modules use the owner's functions, or read the tables and
 * views it declares readable (`…Readable`). See docs/modules.md.
 */
const src = join(import.meta.dirname, '..');

/**
 * Known exceptions, each with the reason and the way out. The list may only shrink: a new entry needs
 * a decision record.
 */
const EXCEPTIONS: { owner: string; table: string; why: string }[] = [
  {
    owner: 'cases',
    table: 'persons',
    why: 'the case page reads persons in its one statement (decision 0007); people is to export that sub-select',
  },
  {
    owner: 'audit',
    table: 'audit_events',
    why: "the data protection officer's view of the platform's trail",
  },
  { owner: 'audit', table: 'audit_seals', why: 'the same view shows the last seal' },
];

interface Owned {
  owner: string;
  isPublic: boolean;
}

/** Tables and public views per owner, read from the `tables.ts` files. */
function declaredOwnership(): Map<string, Owned> {
  const owners = [{ owner: 'platform', file: join(src, 'platform/tables.ts') }];
  for (const m of readdirSync(join(src, 'modules'))) {
    const file = join(src, 'modules', m, 'tables.ts');
    if (statSync(join(src, 'modules', m)).isDirectory() && exists(file)) owners.push({ owner: m, file });
  }
  const declared = new Map<string, Owned>();
  for (const { owner, file } of owners) {
    const text = readFileSync(file, 'utf8');
    for (const block of text.matchAll(/export interface \w+(Tables|Readable) \{([^}]*)\}/g)) {
      for (const key of (block[2] ?? '').matchAll(/^\s+([a-z_]+):/gm)) {
        const name = key[1] as string;
        if (declared.has(name))
          throw new Error(`${name} is declared by ${declared.get(name)?.owner} and ${owner}`);
        declared.set(name, { owner, isPublic: block[1] === 'Readable' });
      }
    }
  }
  return declared;
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('tables.ts'))
    .map((f) => join(dir, f));
}

/** Table names a file touches: Kysely calls, and SQL keywords (upper case) in raw SQL. */
function referencedNames(text: string, known: Set<string>): Set<string> {
  const found = new Set<string>();
  const patterns = [
    /\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto)\(\s*'([a-z_]+)/g,
    /\b(?:FROM|JOIN|UPDATE|INTO)\s+([a-z_]+)/g,
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) if (known.has(m[1] as string)) found.add(m[1] as string);
  }
  return found;
}

/** Every cross-owner use of a table: `owner → table` with the file. */
function violations(declared: Map<string, Owned>, root: string, files: string[], owner: string) {
  const known = new Set(declared.keys());
  const out: string[] = [];
  for (const file of files) {
    for (const name of referencedNames(readFileSync(file, 'utf8'), known)) {
      const of = declared.get(name) as Owned;
      if (of.owner === owner || of.isPublic) continue;
      if (EXCEPTIONS.some((e) => e.owner === owner && e.table === name)) continue;
      out.push(`${relative(root, file)} uses ${name} (owned by ${of.owner})`);
    }
  }
  return out;
}

describe('table ownership', () => {
  const declared = declaredOwnership();
  let db: Db;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ db, drop } = await freshDatabase());
  });
  afterAll(() => drop());

  it('gives every table and view in the database exactly one declared owner', async () => {
    const rows = await db.withOwner((owner) =>
      sql<{ name: string }>`
        SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'p') AND c.relname <> 'schema_migrations'
        ORDER BY 1`.execute(owner),
    );
    const inDatabase = rows.rows.map((r) => r.name);
    expect(
      inDatabase.filter((t) => !declared.has(t)),
      'tables without an owner',
    ).toEqual([]);
    expect(
      [...declared.keys()].filter((t) => !inDatabase.includes(t)),
      'declared but not in the migrations',
    ).toEqual([]);
  });

  it('lets each module touch only its own tables and the public views of others', () => {
    const found: string[] = [];
    for (const m of readdirSync(join(src, 'modules'))) {
      const dir = join(src, 'modules', m);
      if (statSync(dir).isDirectory()) found.push(...violations(declared, src, sourceFiles(dir), m));
    }
    found.push(...violations(declared, src, sourceFiles(join(src, 'platform')), 'platform'));
    expect(found).toEqual([]);
  });

  it('notices a module that reads another module’s table (the check can fail)', () => {
    const known = new Set(declared.keys());
    const text = "tx.selectFrom('intake_requests as r').innerJoin('teams as t', j)\nsql`SELECT 1 FROM cases`";
    expect([...referencedNames(text, known)].sort()).toEqual(['cases', 'intake_requests', 'teams']);
    expect(declared.get('intake_requests')?.owner).toBe('requests');
    expect(declared.get('directory_users')).toEqual({ owner: 'auth', isPublic: true });
  });

  it('keeps only exceptions that are still needed', () => {
    for (const e of EXCEPTIONS) {
      const files = sourceFiles(join(src, 'modules', e.owner));
      const used = files.some((f) => referencedNames(readFileSync(f, 'utf8'), new Set([e.table])).size > 0);
      expect(used, `${e.owner} → ${e.table} is no longer used: remove the exception`).toBe(true);
    }
  });
});
