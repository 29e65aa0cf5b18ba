import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adminQuery } from '../test-support/global-setup.js';
import { openDatabase } from './connection.js';
import { migrate, migrationsDir } from './migrate.js';

// Two server instances starting at once on an empty database (PostgreSQL; PGlite has one process).
const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl || process.env.LOTSE_TEST_ENGINE !== 'postgres')('migrations', () => {
  it('are applied once when two processes migrate the same empty database at the same time', async () => {
    const name = `lotse_m_${randomBytes(6).toString('hex')}`;
    await adminQuery(adminUrl as string, `CREATE DATABASE ${name}`);
    const url = new URL(adminUrl as string);
    url.pathname = `/${name}`;
    const a = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
    const b = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
    try {
      const [byA, byB] = await Promise.all([migrate(a), migrate(b)]);
      const files = readdirSync(migrationsDir).filter((f) => /^\d{4}_.+\.sql$/.test(f));
      expect([...byA, ...byB].sort()).toEqual(files.sort());
      expect(await migrate(a)).toEqual([]);
    } finally {
      await a.close();
      await b.close();
      await adminQuery(adminUrl as string, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });
});
