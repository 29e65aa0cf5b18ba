// The tenant transaction sends BEGIN, its first statement, and at the end the audit events with the
// COMMIT without waiting in between (PostgreSQL; db/pipelined.ts). What it must keep: one office per
// transaction and nothing after it, all or nothing, and errors reported where they happened.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../test-support/database.js';
import { buildOffice, type Office } from '../test-support/office.js';
import { type Db, withTenant } from './connection.js';

let db: Db;
let drop: () => Promise<void>;
let o: Office;
let other: Office;

beforeAll(async () => {
  ({ db, drop } = await freshDatabase());
  o = await buildOffice(db);
  other = await buildOffice(db);
});
afterAll(() => drop());

const tenantSetting = (tx: Parameters<Parameters<typeof withTenant>[2]>[0]) =>
  sql<{ t: string | null }>`SELECT current_setting('app.tenant', true) AS t`
    .execute(tx)
    .then((r) => r.rows[0]?.t ?? null);

const teamNames = (tenantId: string) =>
  withTenant(db, tenantId, (tx) => tx.selectFrom('teams').select('name').execute());

describe('a tenant transaction', () => {
  it('binds its office for its statements and leaves nothing behind for the next one', async () => {
    expect(await withTenant(db, o.office.tenantId, tenantSetting)).toBe(o.office.tenantId);
    expect(await withTenant(db, other.office.tenantId, tenantSetting)).toBe(other.office.tenantId);
    // Outside a tenant transaction, on the same pool, no office is set: row-level security shows nothing.
    const outside = await sql<{ t: string | null }>`SELECT current_setting('app.tenant', true) AS t`.execute(
      db.app,
    );
    expect(outside.rows[0]?.t ?? '').toBe('');
    const teams = await db.app.selectFrom('teams').select('id').execute();
    expect(teams).toEqual([]);
  });

  it('answers statements sent together in the order they were sent', async () => {
    const [a, b, c] = await withTenant(db, o.office.tenantId, (tx) =>
      Promise.all([
        sql<{ n: number }>`SELECT 1 AS n`.execute(tx),
        tx.selectFrom('teams').select('tenant_id').execute(),
        sql<{ n: number }>`SELECT 3 AS n`.execute(tx),
      ]),
    );
    expect(a.rows).toEqual([{ n: 1 }]);
    expect(b.length).toBeGreaterThan(0);
    expect(new Set(b.map((r) => r.tenant_id))).toEqual(new Set([o.office.tenantId]));
    expect(c.rows).toEqual([{ n: 3 }]);
  });

  it('commits nothing when a statement sent with the COMMIT fails', async () => {
    const name = `Team ${Date.now()}`;
    const failing = withTenant(db, o.office.tenantId, async (tx, beforeCommit) => {
      await tx
        .insertInto('teams')
        .values({ tenant_id: o.office.tenantId, id: randomUUID(), name, kind: 'asd' })
        .execute();
      beforeCommit({ text: 'SELECT 1 / $1::int', values: [0] });
    });
    await expect(failing).rejects.toThrow(/division by zero/);
    expect((await teamNames(o.office.tenantId)).map((t) => t.name)).not.toContain(name);
    // The connection is usable again and the office bound anew.
    expect(await withTenant(db, o.office.tenantId, tenantSetting)).toBe(o.office.tenantId);
  });

  it('commits the change and the statements sent with the COMMIT together', async () => {
    const name = `Team ${Date.now()} ✓`;
    await withTenant(db, o.office.tenantId, async (tx, beforeCommit) => {
      beforeCommit({ text: 'SELECT set_config($1, $2, true)', values: ['app.probe', 'x'] });
      await tx
        .insertInto('teams')
        .values({ tenant_id: o.office.tenantId, id: randomUUID(), name, kind: 'asd' })
        .execute();
    });
    expect((await teamNames(o.office.tenantId)).map((t) => t.name)).toContain(name);
  });

  it('rolls back on an error in the first statement and reports that error', async () => {
    const failing = withTenant(db, o.office.tenantId, async (tx) => {
      await sql`SELECT no_such_column FROM teams`.execute(tx);
    });
    await expect(failing).rejects.toThrow(/no_such_column/);
    expect(await withTenant(db, o.office.tenantId, tenantSetting)).toBe(o.office.tenantId);
  });

  it('refuses a nested transaction instead of leaving its office', async () => {
    const nested = withTenant(db, o.office.tenantId, (tx) => tx.transaction().execute(async () => undefined));
    await expect(nested).rejects.toThrow(/transaction/);
  });
});
