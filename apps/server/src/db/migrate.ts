import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './connection.js';

export const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../migrations');

/** Raised inside a migration's transaction when another process applied it meanwhile. */
const APPLIED_MEANWHILE = 'LT409';

/**
 * Applies every numbered .sql file in migrations/ that has not run yet, each in its own transaction.
 * Several server instances may start at once: each file runs under the migration lock (`exec`) and
 * first checks, under that lock, that nobody applied it since the list was read; if somebody did, it
 * is skipped.
 */
export async function migrate(db: Db, dir = migrationsDir): Promise<string[]> {
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort();
  const applied: string[] = [];
  await db.withOwner(async (owner, script) => {
    await script.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = await sql<{ version: string }>`SELECT version FROM schema_migrations`.execute(owner);
    const doneSet = new Set(done.rows.map((r) => r.version));
    for (const file of files) {
      if (doneSet.has(file)) continue;
      const text = readFileSync(join(dir, file), 'utf8');
      const escaped = file.replaceAll("'", "''");
      const guard = `DO $guard$ BEGIN
        IF EXISTS (SELECT 1 FROM schema_migrations WHERE version = '${escaped}') THEN
          RAISE EXCEPTION 'migration applied meanwhile' USING ERRCODE = '${APPLIED_MEANWHILE}';
        END IF;
      END $guard$;`;
      try {
        await script.exec(
          `${guard}\n${text}\n;INSERT INTO schema_migrations (version) VALUES ('${escaped}');`,
        );
      } catch (error) {
        if ((error as { code?: unknown }).code === APPLIED_MEANWHILE) continue;
        throw error;
      }
      applied.push(file);
    }
  });
  await db.checkRuntimeRole();
  return applied;
}
