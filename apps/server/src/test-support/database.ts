import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type Db, openDatabase } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { adminQuery } from './global-setup.js';

/** The engine under test: PGlite by default, PostgreSQL when the vitest project sets it. */
export const testEngine = process.env.LOTSE_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

let snapshot: Blob | undefined;

/**
 * A fresh, migrated database for one test file: an in-memory PGlite started from the run's migrated
 * snapshot, or a new database on the PostgreSQL server from TEST_DATABASE_URL, copied from the run's
 * migrated template (dropped again by `drop`). Both were migrated from scratch by `global-setup.ts`;
 * `migrate` here finds nothing left to do.
 */
export async function freshDatabase(): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (testEngine === 'pglite') {
    snapshot ??= new Blob([readFileSync(inject('pgliteSnapshot'))]);
    const db = await openDatabase({ dataDir: 'memory://', loadDataDir: snapshot });
    await migrate(db);
    return { db, drop: () => db.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL fehlt für die PostgreSQL-Tests');
  const name = `lotse_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  await migrate(db);
  return {
    db,
    drop: async () => {
      await db.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
