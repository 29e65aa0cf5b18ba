import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';
import { verifyAuditLog } from '../audit/verify.js';

let t: TestApp;
let o: Office;
let anna: string;
let caseId: string;
const SENTINEL = 'SENTINEL-Kindeswohl-7f3a9';

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  anna = await loginCookie(t.app, o.anna.username);
  caseId = await openCase(t.app, anna, o.nord);
});
afterAll(() => t.close());

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('row-level security', () => {
  it('returns nothing to the app role without a tenant setting, even for existing rows', async () => {
    const asOwner = await t.db.withOwner((ow) => ow.selectFrom('cases').select('id').execute());
    expect(asOwner.length).toBeGreaterThan(0);
    const asApp = await t.db.app.selectFrom('cases').select('id').execute();
    expect(asApp).toEqual([]);
    const persons = await t.db.app.selectFrom('persons').select('id').execute();
    expect(persons).toEqual([]);
  });

  it('refuses to write rows of another tenant', async () => {
    const attempt = t.db.app.transaction().execute(async (tx) => {
      await sql`SELECT set_config('app.tenant', ${o.office.tenantId}, true)`.execute(tx);
      await tx
        .insertInto('social_areas')
        .values({ tenant_id: o.other.tenantId, id: crypto.randomUUID(), code: 'X', name: 'X', postcodes: [] })
        .execute();
    });
    await expect(attempt).rejects.toThrow(/row-level security/);
  });
});

describe('encryption at rest', () => {
  it('stores note bodies and documents only encrypted', async () => {
    const note = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/entries`,
      headers: { cookie: anna },
      payload: { kind: 'note', title: 'Hausbesuch', body: `Beobachtung ${SENTINEL}` },
    });
    expect(note.statusCode).toBe(201);
    expect(note.json().body).toContain(SENTINEL);
    const boundary = 'x-lotse-boundary';
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/documents`,
      headers: { cookie: anna, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bericht.txt"\r\nContent-Type: text/plain\r\n\r\nBericht ${SENTINEL}\r\n--${boundary}--\r\n`,
    });
    expect(upload.statusCode).toBe(201);

    const dump = await t.db.withOwner(async (ow) => {
      const tables = await sql<{
        tablename: string;
      }>`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`.execute(ow);
      let text = '';
      for (const { tablename } of tables.rows) {
        const rows = await sql`SELECT * FROM ${sql.table(tablename)}`.execute(ow);
        text += JSON.stringify(rows.rows, (_k, v) =>
          v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : typeof v === 'bigint' ? String(v) : v,
        );
      }
      return text;
    });
    expect(dump.length).toBeGreaterThan(1000);
    expect(dump).toMatch(/\d{4}-NORD-\d{4}/); // the case reference is plain text: the dump works
    expect(dump).not.toContain(SENTINEL);
    // Entry titles and file names are encrypted too (migration 0014).
    expect(dump).not.toContain('Hausbesuch');
    expect(dump).not.toContain('bericht.txt');
    for (const file of filesUnder(join(t.dataDir, 'blobs'))) {
      expect(readFileSync(file).toString('latin1')).not.toContain(SENTINEL);
    }
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${caseId}/documents/${upload.json().id}/content`,
      headers: { cookie: anna },
    });
    expect(download.statusCode).toBe(200);
    expect(download.body).toContain(SENTINEL);
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
  });
});

describe('audit log', () => {
  it('records reads of personal data and authentication decisions', async () => {
    await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: { cookie: anna } });
    const rows = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select(['action', 'actor_id', 'case_id'])
        .where('tenant_id', '=', o.office.tenantId)
        .execute(),
    );
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['auth.login', 'case.create', 'case.read', 'entry.create']),
    );
    expect(rows.find((r) => r.action === 'case.read')).toMatchObject({
      actor_id: o.anna.id,
      case_id: caseId,
    });
  });

  it('audits a denied access and answers it as not found', async () => {
    const ben = await loginCookie(t.app, o.ben.username);
    const res = await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: { cookie: ben } });
    expect(res.statusCode).toBe(404);
    const denied = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select(['outcome'])
        .where('action', '=', 'case.denied')
        .where('actor_id', '=', o.ben.id)
        .execute(),
    );
    expect(denied).toEqual([{ outcome: 'denied' }]);
  });

  it('cannot be changed or deleted by the application role', async () => {
    const update = t.db.app.transaction().execute(async (tx) => {
      await sql`SELECT set_config('app.tenant', ${o.office.tenantId}, true)`.execute(tx);
      await tx.updateTable('audit_events').set({ action: 'case.list' }).execute();
    });
    await expect(update).rejects.toThrow(/permission denied/);
    const del = t.db.app.transaction().execute(async (tx) => {
      await sql`SELECT set_config('app.tenant', ${o.office.tenantId}, true)`.execute(tx);
      await tx.deleteFrom('audit_events').execute();
    });
    await expect(del).rejects.toThrow(/permission denied/);
  });

  it('shows the DPO the trail of a case but no case content', async () => {
    const dora = await loginCookie(t.app, o.dora.username);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/audit?caseId=${caseId}`,
      headers: { cookie: dora },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.length).toBeGreaterThan(2);
    expect(res.body).not.toContain(SENTINEL);
    const asAnna = await t.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: anna } });
    expect(asAnna.statusCode).toBe(403);
  });

  it('seals events in a hash chain and detects tampering', async () => {
    await t.ctx.sealer.flush();
    const clean = await verifyAuditLog(t.db);
    expect(clean.ok).toBe(true);
    expect(clean.sealedEvents).toBeGreaterThan(5);
    await t.db.withOwner((ow) =>
      sql`UPDATE audit_events SET actor_id = NULL WHERE id = (SELECT min(id) FROM audit_events WHERE action = 'case.read')`.execute(
        ow,
      ),
    );
    const tampered = await verifyAuditLog(t.db);
    expect(tampered.ok).toBe(false);
    expect(tampered.problems.join()).toMatch(/verändert/);
  });
});

describe('HTTP hardening', () => {
  it('sends security headers and no-store on personal data', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: { cookie: anna } });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('answers 413 to an oversized body without writing anything', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/entries`,
      headers: { cookie: anna, 'content-type': 'application/json' },
      payload: JSON.stringify({ kind: 'note', title: 'gross', body: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toMatch(/zu groß/);
  });

  it('checks uploads by content, not by name', async () => {
    const boundary = 'b0undary';
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bericht.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      exe,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/documents`,
      headers: { cookie: anna, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(res.statusCode).toBe(415);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${caseId}/documents`,
      headers: { cookie: anna },
    });
    expect(list.json().map((d: { filename: string }) => d.filename)).not.toContain('bericht.pdf');
  });

  it('answers malformed JSON with 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { cookie: anna, 'content-type': 'application/json' },
      payload: '{"title": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBeTruthy();
  });
});
