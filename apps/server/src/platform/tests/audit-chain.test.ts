import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, withTenant } from '../../db/connection.js';
import { freshDatabase } from '../../test-support/database.js';
import { anchorFileIn } from '../audit/anchor.js';
import { deriveAuditSealKey, eventsInRange, GENESIS_HASH, legacySealHash } from '../audit/chain.js';
import type { AuditEvent } from '../audit/events.js';
import { auditInsertStatement, recordAudit } from '../audit/record.js';
import { AuditSealer, auditSealerOptions } from '../audit/seal.js';
import { verifyAuditLog } from '../audit/verify.js';

// The audit chain against an attacker who owns the database but not the master key or DATA_DIR
// (issue 14, decision 0012).

interface Fixture {
  db: Db;
  dataDir: string;
  masterKey: Buffer;
  sealer: AuditSealer;
  tenantA: string;
  tenantB: string;
  verify: () => ReturnType<typeof verifyAuditLog>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setUp(opts: { withSealer?: boolean } = {}): Promise<Fixture> {
  const { db, drop } = await freshDatabase();
  cleanups.push(drop);
  const dataDir = mkdtempSync(join(tmpdir(), 'lotse-audit-'));
  const masterKey = randomBytes(32);
  const tenantA = randomUUID();
  const tenantB = randomUUID();
  await db.withOwner((o) =>
    o
      .insertInto('tenants')
      .values([
        { id: tenantA, slug: `a-${tenantA.slice(0, 8)}`, name: 'A' },
        { id: tenantB, slug: `b-${tenantB.slice(0, 8)}`, name: 'B' },
      ])
      .execute(),
  );
  const options = auditSealerOptions(dataDir, masterKey);
  const sealer =
    opts.withSealer === false ? (undefined as unknown as AuditSealer) : new AuditSealer(db, options);
  const verify = () =>
    verifyAuditLog(db, { key: deriveAuditSealKey(masterKey), anchorFiles: [anchorFileIn(dataDir)] });
  return { db, dataDir, masterKey, sealer, tenantA, tenantB, verify };
}

function event(tenantId: string, resourceId: string): AuditEvent {
  return {
    tenantId,
    actorId: null,
    actorRoles: ['caseworker'],
    action: 'case.read',
    resourceType: 'case',
    resourceId,
    outcome: 'allowed',
    ip: '127.0.0.1',
    details: { resourceId },
  };
}

/** Records events the way the request path does: half directly, half with the COMMIT. */
async function record(db: Db, tenantId: string, ...resourceIds: string[]): Promise<void> {
  for (const [i, id] of resourceIds.entries()) {
    await withTenant(db, tenantId, async (tx, beforeCommit) => {
      if (i % 2 === 0) await recordAudit(tx, event(tenantId, id));
      else beforeCommit(auditInsertStatement(event(tenantId, id)));
    });
  }
}

const asApp = (db: Db, tenantId: string, statement: ReturnType<typeof sql>) =>
  db.app.transaction().execute(async (tx) => {
    await sql`SELECT set_config('app.tenant', ${tenantId}, true)`.execute(tx);
    await statement.execute(tx);
  });

describe('audit events only through lotse_record_audit', () => {
  it('refuses direct INSERT, UPDATE and DELETE by the application role', async () => {
    const f = await setUp({ withSealer: false });
    await record(f.db, f.tenantA, 'c1');
    await expect(
      asApp(
        f.db,
        f.tenantA,
        sql`INSERT INTO audit_events (tenant_id, action, resource_type, outcome)
            VALUES (${f.tenantA}, 'case.read', 'case', 'allowed')`,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(asApp(f.db, f.tenantA, sql`UPDATE audit_events SET action = 'case.list'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(asApp(f.db, f.tenantA, sql`DELETE FROM audit_events`)).rejects.toThrow(/permission denied/);
    await expect(
      asApp(
        f.db,
        f.tenantA,
        sql`INSERT INTO audit_seals (tenant_id, seq, from_id, to_id, event_count, prev_hash, hash)
            VALUES (${f.tenantA}, 99, 0, 1, 1, 'genesis', 'x')`,
      ),
    ).rejects.toThrow(/permission denied/);
    const rows = await f.db.withOwner((o) => o.selectFrom('audit_events').select('resource_id').execute());
    expect(rows).toEqual([{ resource_id: 'c1' }]);
  });

  it('takes the office from app.tenant and the time from now(), and refuses without an office', async () => {
    const f = await setUp({ withSealer: false });
    const started = await withTenant(f.db, f.tenantA, async (tx, beforeCommit) => {
      const now = await sql<{ now: Date }>`SELECT now() AS now`.execute(tx);
      await recordAudit(tx, event(f.tenantA, 'direct'));
      beforeCommit(auditInsertStatement(event(f.tenantA, 'with-commit')));
      return now.rows[0]?.now;
    });
    const rows = await f.db.withOwner((o) =>
      o.selectFrom('audit_events').select(['tenant_id', 'at', 'resource_id']).orderBy('id').execute(),
    );
    expect(rows.map((r) => [r.tenant_id, r.resource_id])).toEqual([
      [f.tenantA, 'direct'],
      [f.tenantA, 'with-commit'],
    ]);
    for (const r of rows) expect(new Date(r.at).getTime()).toBe(new Date(started as Date).getTime());
    const withoutOffice = f.db.app.transaction().execute((tx) => recordAudit(tx, event(f.tenantA, 'x')));
    await expect(withoutOffice).rejects.toThrow(/app\.tenant/);
  });
});

describe('keyed, anchored seal chain', () => {
  it('verifies normal operation as unchanged and anchors one line per seal', async () => {
    const logged: object[] = [];
    const f = await setUp();
    f.sealer.logAnchorsTo({ info: (obj) => logged.push(obj) });
    await record(f.db, f.tenantA, 'a1', 'a2', 'a3');
    await record(f.db, f.tenantB, 'b1');
    await f.sealer.flush();
    await record(f.db, f.tenantA, 'a4', 'a5');
    await f.sealer.flush();
    await record(f.db, f.tenantB, 'b2'); // not sealed yet: fine

    const report = await f.verify();
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report).toMatchObject({
      seals: 3,
      keyedSeals: 3,
      legacySeals: 0,
      sealedEvents: 6,
      unsealedEvents: 1,
    });
    const lines = readFileSync(anchorFileIn(f.dataDir), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => [l.tenant, l.seq])).toEqual(
      expect.arrayContaining([
        [f.tenantA, '1'],
        [f.tenantB, '1'],
        [f.tenantA, '2'],
      ]),
    );
    for (const l of lines) {
      expect(l.hash).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
      expect(Number.isNaN(Date.parse(l.at))).toBe(false);
    }
    expect(logged).toHaveLength(3);
    expect(report.heads[f.tenantA]).toBe(lines.find((l) => l.tenant === f.tenantA && l.seq === '2').hash);
  });

  it('seals every event once when two instances seal the same database at the same time', async () => {
    const f = await setUp();
    // A second server instance: same key, its own DATA_DIR and anchor file.
    const otherDir = mkdtempSync(join(tmpdir(), 'lotse-audit-'));
    const other = new AuditSealer(f.db, auditSealerOptions(otherDir, f.masterKey));
    for (let round = 0; round < 3; round++) {
      await record(f.db, f.tenantA, `a${round}-1`, `a${round}-2`);
      await record(f.db, f.tenantB, `b${round}`);
      await Promise.all([f.sealer.flush(), other.flush()]);
    }
    const report = await verifyAuditLog(f.db, {
      key: deriveAuditSealKey(f.masterKey),
      anchorFiles: [anchorFileIn(f.dataDir), anchorFileIn(otherDir)],
    });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, sealedEvents: 9, unsealedEvents: 0 });
  });

  it('reports the newest seal deleted with its events as truncation', async () => {
    const f = await setUp();
    await record(f.db, f.tenantA, 'a1', 'a2');
    await f.sealer.flush();
    await record(f.db, f.tenantA, 'a3', 'a4', 'a5');
    await f.sealer.flush();
    expect((await f.verify()).ok).toBe(true);

    await f.db.withOwner(async (o) => {
      const first = await o
        .selectFrom('audit_seals')
        .select('to_id')
        .where('tenant_id', '=', f.tenantA)
        .where('seq', '=', '1')
        .executeTakeFirstOrThrow();
      await sql`DELETE FROM audit_seals WHERE tenant_id = ${f.tenantA} AND seq = 2`.execute(o);
      await sql`DELETE FROM audit_events WHERE tenant_id = ${f.tenantA} AND id > ${first.to_id}::bigint`.execute(
        o,
      );
    });
    const cut = await f.verify();
    expect(cut.ok).toBe(false);
    expect(cut.problems.join('\n')).toMatch(/gekürzt/);

    // The sealer goes on and writes a new seal 2 over the gap: the anchored one is still missing.
    await record(f.db, f.tenantA, 'a6');
    await f.sealer.flush();
    const resealed = await f.verify();
    expect(resealed.ok).toBe(false);
    expect(resealed.problems.join('\n')).toMatch(/Siegel 2: verankerter Hash steht nicht in der Datenbank/);
  });

  it('detects an event the owner inserts inside a sealed range', async () => {
    const f = await setUp();
    await record(f.db, f.tenantA, 'a1');
    await record(f.db, f.tenantB, 'b1'); // its id lies inside tenant A's sealed range
    await record(f.db, f.tenantA, 'a2');
    await f.sealer.flush();
    expect((await f.verify()).ok).toBe(true);

    await f.db.withOwner((o) =>
      sql`INSERT INTO audit_events (tenant_id, id, actor_roles, action, resource_type, resource_id, outcome)
          SELECT ${f.tenantA}::uuid, id, '{}', 'case.read', 'case', 'forged', 'allowed'
          FROM audit_events WHERE resource_id = 'b1'`.execute(o),
    );
    const report = await f.verify();
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/2 Ereignisse gesiegelt, 3 vorhanden/);
    expect(report.problems.join('\n')).toMatch(/verändert/);
  });

  it('detects an event slipped in below the newest seal where no seal covers it', async () => {
    const f = await setUp();
    await record(f.db, f.tenantA, 'a1', 'a2', 'a3');
    await f.sealer.flush();
    const stranger = randomUUID();
    await f.db.withOwner((o) =>
      sql`INSERT INTO audit_events (tenant_id, id, actor_roles, action, resource_type, resource_id, outcome)
          VALUES (${stranger}::uuid, 1, '{}', 'case.read', 'case', 'forged', 'allowed')`.execute(o),
    );
    const report = await f.verify();
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(
      new RegExp(`${stranger}: 1 Ereignisse ohne Siegel.*eingeschoben`),
    );
  });

  it('detects a seal recomputed with plain SHA-256 (without the key)', async () => {
    const f = await setUp();
    await record(f.db, f.tenantA, 'a1', 'a2');
    await f.sealer.flush();
    await record(f.db, f.tenantA, 'a3', 'a4');
    await f.sealer.flush();
    expect((await f.verify()).ok).toBe(true);

    // The owner changes an event of the newest seal and recomputes that seal the old way.
    const recompute = async (disguise: (sha: string) => string) =>
      f.db.withOwner(async (o) => {
        await sql`UPDATE audit_events SET actor_roles = '{admin}' WHERE resource_id = 'a4'`.execute(o);
        const seal = await o
          .selectFrom('audit_seals')
          .selectAll()
          .where('tenant_id', '=', f.tenantA)
          .where('seq', '=', '2')
          .executeTakeFirstOrThrow();
        const events = await eventsInRange(o, f.tenantA, seal.from_id, seal.to_id);
        const hash = disguise(legacySealHash(seal.prev_hash, events));
        await sql`UPDATE audit_seals SET hash = ${hash} WHERE tenant_id = ${f.tenantA} AND seq = 2`.execute(
          o,
        );
      });

    await recompute((sha) => sha); // passed off as a legacy seal
    const asLegacy = await f.verify();
    expect(asLegacy.ok).toBe(false);
    expect(asLegacy.problems.join('\n')).toMatch(/ohne Schlüssel gesiegelt/);
    expect(asLegacy.problems.join('\n')).toMatch(/Siegel ersetzt/);

    await recompute((sha) => `hmac-sha256:${sha}`); // passed off as a keyed one
    const asKeyed = await f.verify();
    expect(asKeyed.ok).toBe(false);
    expect(asKeyed.problems.join('\n')).toMatch(/Siegel 2: Inhalt der Ereignisse .* wurde verändert/);

    // And the key matters: the untouched chain does not verify with another master key.
    const other = await verifyAuditLog(f.db, {
      key: deriveAuditSealKey(randomBytes(32)),
      anchorFiles: [anchorFileIn(f.dataDir)],
    });
    expect(other.problems.join('\n')).toMatch(/Siegel 1: Inhalt der Ereignisse .* wurde verändert/);
  });

  it('accepts seals from before migration 0013 as legacy up to the head it anchored, none after', async () => {
    const f = await setUp({ withSealer: false });
    await record(f.db, f.tenantA, 'a1', 'a2');
    // A seal as the sealer wrote it before migration 0013 (plain SHA-256).
    const legacyHash = await f.db.withOwner(async (o) => {
      const max = await sql<{ id: string }>`SELECT max(id)::text AS id FROM audit_events`.execute(o);
      const toId = max.rows[0]?.id ?? '0';
      const events = await eventsInRange(o, f.tenantA, '0', toId);
      const hash = legacySealHash(GENESIS_HASH, events);
      await o
        .insertInto('audit_seals')
        .values({
          tenant_id: f.tenantA,
          seq: '1',
          from_id: '0',
          to_id: toId,
          event_count: events.length,
          prev_hash: GENESIS_HASH,
          hash,
        })
        .execute();
      return hash;
    });
    const sealer = new AuditSealer(f.db, auditSealerOptions(f.dataDir, f.masterKey));
    await record(f.db, f.tenantA, 'a3');
    await sealer.flush();
    const anchor = readFileSync(anchorFileIn(f.dataDir), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(anchor[0]).toMatchObject({ tenant: f.tenantA, seq: '1', hash: legacyHash, legacy: true });
    const report = await f.verify();
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, legacySeals: 1, keyedSeals: 1, sealedEvents: 3 });

    // An unkeyed seal after the switch is refused even where its chain links up.
    await record(f.db, f.tenantA, 'a4');
    await f.db.withOwner(async (o) => {
      const last = await o
        .selectFrom('audit_seals')
        .selectAll()
        .where('tenant_id', '=', f.tenantA)
        .where('seq', '=', '2')
        .executeTakeFirstOrThrow();
      const max = await sql<{ id: string }>`SELECT max(id)::text AS id FROM audit_events`.execute(o);
      const toId = max.rows[0]?.id ?? '0';
      const events = await eventsInRange(o, f.tenantA, last.to_id, toId);
      await o
        .insertInto('audit_seals')
        .values({
          tenant_id: f.tenantA,
          seq: '3',
          from_id: last.to_id,
          to_id: toId,
          event_count: events.length,
          prev_hash: last.hash,
          hash: legacySealHash(last.hash, events),
        })
        .execute();
    });
    const after = await f.verify();
    expect(after.ok).toBe(false);
    expect(after.problems.join('\n')).toMatch(/Siegel 3: ohne Schlüssel gesiegelt/);
  });
});
