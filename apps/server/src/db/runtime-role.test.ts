import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngine } from '../test-support/database.js';
import { buildOffice, type Office } from '../test-support/office.js';
import { type Db, openDatabase, withTenant } from './connection.js';

let db: Db;
let drop: () => Promise<void>;
let o: Office;

beforeAll(async () => {
  ({ db, drop } = await freshDatabase());
  o = await buildOffice(db);
});
afterAll(() => drop());

const refused = (query: Promise<unknown>) =>
  expect(query).rejects.toThrow(/permission denied|must be|not permitted/i);

// PGlite has one user, the superuser, and no network port: the embedded setup only switches role
// (docs/ARCHITECTURE.md §security). The PostgreSQL server is where these guarantees are proven.
describe.skipIf(testEngine === 'pglite')('the runtime connection (PostgreSQL server)', () => {
  it('is the login role lotse_app and has nothing to RESET ROLE back to', async () => {
    const role = await sql<{ who: string }>`SELECT current_user AS who`.execute(db.app);
    expect(role.rows[0]?.who).toBe('lotse_app');
    await withTenant(db, o.office.tenantId, async (tx) => {
      await sql`RESET ROLE`.execute(tx);
      const after = await sql<{ who: string; su: boolean }>`
        SELECT current_user AS who, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su`.execute(
        tx,
      );
      expect(after.rows[0]).toEqual({ who: 'lotse_app', su: false });
    });
    await refused(withTenant(db, o.office.tenantId, (tx) => sql`SET ROLE postgres`.execute(tx)));
    await db.checkRuntimeRole();
  });

  it('cannot update or delete audit rows, even after RESET ROLE', async () => {
    await refused(
      withTenant(db, o.office.tenantId, async (tx) => {
        await sql`RESET ROLE`.execute(tx);
        await sql`DELETE FROM audit_events`.execute(tx);
      }),
    );
    await refused(
      withTenant(db, o.office.tenantId, (tx) => sql`UPDATE audit_events SET action = 'x'`.execute(tx)),
    );
    await refused(withTenant(db, o.office.tenantId, (tx) => sql`DELETE FROM audit_seals`.execute(tx)));
  });

  it("cannot see or touch another office's rows", async () => {
    const theirs = await withTenant(db, o.other.tenantId, (tx) =>
      tx.selectFrom('users').select('id').execute(),
    );
    expect(theirs.length).toBeGreaterThan(0);
    const seen = await withTenant(db, o.office.tenantId, async (tx) => {
      await sql`RESET ROLE`.execute(tx);
      return tx
        .selectFrom('users')
        .select('id')
        .where(
          'id',
          'in',
          theirs.map((row) => row.id),
        )
        .execute();
    });
    expect(seen).toEqual([]);
    const changed = await withTenant(db, o.office.tenantId, (tx) =>
      tx
        .updateTable('users')
        .set({ display_name: 'übernommen' })
        .where(
          'id',
          'in',
          theirs.map((row) => row.id),
        )
        .executeTakeFirst(),
    );
    expect(Number(changed.numUpdatedRows)).toBe(0);
  });

  it('refuses to run as a superuser', async () => {
    const url = process.env.TEST_DATABASE_URL as string;
    const strong = await openDatabase({ databaseUrl: url, migrationUrl: url, poolSize: 1 });
    try {
      await expect(strong.checkRuntimeRole()).rejects.toThrow(/lotse_app/);
    } finally {
      await strong.close();
    }
  });
});
