import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Db, openDatabase } from '../db/connection.js';
import { migrate } from '../db/migrate.js';

/** The engine under test: PGlite by default, PostgreSQL when the vitest project sets it. */
export const testEngine = process.env.LOTSE_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new database on the
 * PostgreSQL server from TEST_DATABASE_URL (dropped again by `drop`).
 */
export async function freshDatabase(): Promise<{ db: Db; drop: () => Promise<void> }> {
  if (testEngine === 'pglite') {
    const db = await openDatabase({ dataDir: 'memory://' });
    await migrate(db);
    return { db, drop: () => db.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL fehlt für die PostgreSQL-Tests');
  const name = `lotse_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  await migrate(db);
  return {
    db,
    drop: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
