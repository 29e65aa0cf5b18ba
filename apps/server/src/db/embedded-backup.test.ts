// The embedded database's copy (stop – copy – start, `npm run backup` without DATABASE_URL): data
// written, the database closed, copied and unpacked elsewhere — the copy opens, holds the same rows in
// every table and needs no migration; an open database is refused.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { testEngine } from '../test-support/database.js';
import { buildOffice } from '../test-support/office.js';
import { type Db, openDatabase } from './connection.js';
import { backupEmbeddedDatabase, embeddedDatabaseInUse, restoreEmbeddedDatabase } from './embedded-backup.js';
import { migrate } from './migrate.js';

const dir = mkdtempSync(join(tmpdir(), 'lotse-embedded-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Row count and checksum of every table in the public schema. */
async function tableChecksums(db: Db): Promise<Record<string, string>> {
  return db.withOwner(async (owner) => {
    const tables = await sql<{ name: string }>`
      SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`.execute(owner);
    const out: Record<string, string> = {};
    for (const { name } of tables.rows) {
      const r = await sql<{ n: string; sum: string | null }>`
        SELECT count(*)::text AS n, md5(string_agg(t::text, ',' ORDER BY t::text)) AS sum
        FROM ${sql.table(name)} t`.execute(owner);
      out[name] = `${r.rows[0]?.n}:${r.rows[0]?.sum ?? ''}`;
    }
    return out;
  });
}

// The embedded database only: the PostgreSQL project has no PGlite snapshot (and uses pg_basebackup).
describe.skipIf(testEngine !== 'pglite')('copy of the embedded database', () => {
  it('copies a stopped database consistently and refuses an open one', async () => {
    const source = join(dir, 'source', 'pglite');
    const snapshot = new Blob([readFileSync(inject('pgliteSnapshot'))]);
    const db = await openDatabase({ dataDir: source, loadDataDir: snapshot });
    await migrate(db);
    const o = await buildOffice(db);
    await o.office.owner((ow) =>
      ow
        .updateTable('tenants')
        .set({ name: 'Jugendamt Sicherungsstadt' })
        .where('id', '=', o.office.tenantId)
        .execute(),
    );
    const before = await tableChecksums(db);

    // Open: PGlite belongs to one process, the copy must wait for the server to stop.
    expect(embeddedDatabaseInUse(source)).toBe(true);
    await expect(backupEmbeddedDatabase(source, join(dir, 'open.tar'))).rejects.toThrow(
      /erst den Server beenden/,
    );
    await db.close();
    expect(embeddedDatabaseInUse(source)).toBe(false);

    const tarball = join(dir, 'pglite.tar');
    expect(await backupEmbeddedDatabase(source, tarball)).toBeGreaterThan(1_000_000);
    const copyDir = join(dir, 'restored', 'pglite');
    await restoreEmbeddedDatabase(tarball, copyDir);
    await expect(restoreEmbeddedDatabase(tarball, copyDir)).rejects.toThrow(/nicht leer/);

    const copy = await openDatabase({ dataDir: copyDir });
    try {
      expect(await tableChecksums(copy)).toEqual(before);
      const tenant = await copy.withOwner((ow) =>
        ow.selectFrom('tenants').select('name').where('id', '=', o.office.tenantId).executeTakeFirst(),
      );
      expect(tenant?.name).toBe('Jugendamt Sicherungsstadt');
      const users = await copy.withOwner((ow) =>
        ow.selectFrom('users').select('id').where('tenant_id', '=', o.office.tenantId).execute(),
      );
      expect(users.map((u) => u.id)).toContain(o.anna.id);
      // Nothing left for the migrations to do: the copy is at the source's schema version.
      await migrate(copy);
      expect(await tableChecksums(copy)).toEqual(before);
    } finally {
      await copy.close();
    }
  });
});
