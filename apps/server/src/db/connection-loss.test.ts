// A PostgreSQL connection lost while a transaction holds it between two queries (encrypting, writing a
// file) must fail that transaction, not the process: the crash drill (`npm run drill:crash`) found the
// server ending with an unhandled 'error' event of the checked-out client when PostgreSQL went away.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngine } from '../test-support/database.js';
import { buildOffice, type Office } from '../test-support/office.js';
import { type Db, withTenant } from './connection.js';

let db: Db;
let drop: () => Promise<void>;
let o: Office;

beforeAll(async () => {
  ({ db, drop } = await freshDatabase());
  o = await buildOffice(db);
});
afterAll(() => drop());

// PGlite runs in the process: there is no connection to lose.
describe.skipIf(testEngine === 'pglite')('a lost connection (PostgreSQL server)', () => {
  it('fails the transaction that held it; the server and its pool go on', async () => {
    const lost = withTenant(db, o.office.tenantId, async (tx) => {
      const me = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(tx);
      const pid = me.rows[0]?.pid;
      await db.withOwner((owner) => sql`SELECT pg_terminate_backend(${pid}::int)`.execute(owner));
      // The server's goodbye arrives while the connection is checked out and idle.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await sql`SELECT 1`.execute(tx);
    });
    await expect(lost).rejects.toThrow();
    for (let i = 0; i < 5; i++) {
      const users = await withTenant(db, o.office.tenantId, (tx) =>
        tx.selectFrom('users').select('id').execute(),
      );
      expect(users.length).toBeGreaterThan(0);
    }
  });
});
