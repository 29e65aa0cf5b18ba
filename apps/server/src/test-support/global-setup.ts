import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { dumpEmbeddedDatabase, openDatabase } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { ensureLawImported } from '../modules/law/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated embedded database saved as a tarball: each test file starts from a copy. */
    pgliteSnapshot: string;
    /** A migrated database on the PostgreSQL server: each test file gets `CREATE DATABASE … TEMPLATE`. */
    postgresTemplate: string;
  }
}

/**
 * Migrates one database per run, before any test file starts: PGlite's initdb alone takes seconds,
 * and every test file needs a fresh, migrated database. Files start from a copy of this one; the
 * migrations from scratch are still run here, on both engines, on every run.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  return project.name === 'postgres' ? postgresTemplate(project) : pgliteSnapshot(project);
}

async function pgliteSnapshot(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'lotse-pglite-snapshot-'));
  const db = await openDatabase({ dataDir: join(dir, 'pglite') });
  await migrate(db);
  await ensureLawImported(db);
  await db.close();
  const file = join(dir, 'migrated.tar');
  writeFileSync(file, Buffer.from(await (await dumpEmbeddedDatabase(join(dir, 'pglite'))).arrayBuffer()));
  project.provide('pgliteSnapshot', file);
  return async () => rmSync(dir, { recursive: true, force: true });
}

async function postgresTemplate(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL fehlt für die PostgreSQL-Tests');
  const name = `lotse_tpl_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 });
  await migrate(db);
  await ensureLawImported(db);
  await db.close();
  await untilNoSessions(adminUrl, name);
  project.provide('postgresTemplate', name);
  return () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** A closed connection's server process ends a moment later; a template must have none left. */
async function untilNoSessions(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (let i = 0; i < 100; i++) {
      const { rows } = await client.query(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
        [database],
      );
      if (rows[0]?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}

export async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
