import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TErasureCheck, TRetentionRun, TRetentionSettings } from '@lotse/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleJobHandlers } from '../../job-handlers.js';
import { createJobWorker } from '../../platform/services.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { multipartBody } from '../../test-support/intake.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { retentionNightlyJob } from './retention-nightly.js';

let t: TestApp;
let o: Office;
const cookies: Record<string, string> = {};
/** Case A: Mia and Sandra, closed eleven years ago. B: Sandra again, running. C: closed long ago, held. */
let caseA: string;
let caseB: string;
let caseC: string;
let mia: string;
let sandra: string;
let blobKey: string;

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookies[who] ?? '' }, payload });

async function ok<T = { id: string }>(
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  who: string,
  payload?: object,
): Promise<T> {
  const res = await call(method, url, who, payload);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json() as T;
}

async function newCase(persons: object[]): Promise<{ id: string; persons: { id: string; role: string }[] }> {
  return ok('POST', '/api/cases', 'anna', {
    title: 'Familie Ahrens',
    helpType: 'p31_spfh',
    teamId: o.nord,
    persons,
  });
}

const closeYearsAgo = (caseId: string, years: number) =>
  t.db.withOwner((owner) =>
    sql`UPDATE cases SET status = 'closed', closed_at = now() - make_interval(years => ${years}) WHERE id = ${caseId}`.execute(
      owner,
    ),
  );

const countWhere = (table: string, column: string, value: string) =>
  t.db.withOwner(async (owner) => {
    const res = await sql<{
      n: string;
    }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE ${sql.ref(column)} = ${value}`.execute(owner);
    return Number(res.rows[0]?.n);
  });

const runJobs = async () => {
  const worker = createJobWorker(t.ctx, moduleJobHandlers(t.ctx));
  while ((await worker.tick()) > 0) {}
  const failed = await t.db.withOwner((owner) =>
    sql<{
      kind: string;
      last_error: string;
    }>`SELECT kind, last_error FROM jobs WHERE last_error IS NOT NULL`.execute(owner),
  );
  expect(failed.rows).toEqual([]);
};

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  for (const [name, user] of Object.entries({ anna: o.anna, dora: o.dora }))
    cookies[name] = await loginCookie(t.app, user.username);
  const a = await newCase([
    { role: 'child', person: { firstName: 'Mia', lastName: 'Ahrens', gender: 'female' } },
    { role: 'parent', person: { firstName: 'Sandra', lastName: 'Ahrens', gender: 'female' } },
  ]);
  caseA = a.id;
  mia = a.persons.find((p) => p.role === 'child')?.id ?? '';
  sandra = a.persons.find((p) => p.role === 'parent')?.id ?? '';
  await ok('POST', `/api/cases/${caseA}/entries`, 'anna', {
    kind: 'note',
    title: 'Gespräch',
    body: 'Alles besprochen.',
  });
  const { payload, contentType } = await multipartBody({
    name: 'bericht.pdf',
    data: Buffer.from('%PDF-1.4 Bericht'),
    type: 'application/pdf',
  });
  const upload = await t.app.inject({
    method: 'POST',
    url: `/api/cases/${caseA}/documents`,
    headers: { cookie: cookies.anna ?? '', 'content-type': contentType },
    payload,
  });
  expect(upload.statusCode, upload.body).toBeLessThan(300);
  blobKey = await t.db.withOwner(async (owner) => {
    const res = await sql<{
      blob_key: string;
    }>`SELECT blob_key FROM documents WHERE case_id = ${caseA}`.execute(owner);
    return res.rows[0]?.blob_key ?? '';
  });
  // Sandra also in case B (two cases of one family, as the file numbers of siblings often are).
  caseB = (
    await newCase([{ role: 'child', person: { firstName: 'Lea', lastName: 'Ahrens', gender: 'female' } }])
  ).id;
  await t.db.withOwner((owner) =>
    sql`INSERT INTO case_persons (tenant_id, case_id, person_id, role)
        SELECT tenant_id, ${caseB}, ${sandra}, 'parent' FROM cases WHERE id = ${caseB}`.execute(owner),
  );
  caseC = (
    await newCase([{ role: 'child', person: { firstName: 'Tom', lastName: 'Ahrens', gender: 'male' } }])
  ).id;
  await closeYearsAgo(caseA, 11);
  await closeYearsAgo(caseC, 12);
  await ok('POST', '/api/privacy/retention/holds', 'dora', {
    caseId: caseC,
    reason: 'Verfahren vor dem Familiengericht läuft',
  });
});
afterAll(() => t.close());

describe('retention', () => {
  let dryRun: TRetentionRun;

  it('lists in a dry run what is due, keeps held cases apart, deletes nothing', async () => {
    dryRun = await ok<TRetentionRun>('POST', '/api/privacy/retention/dry-runs', 'dora');
    const dueIds = dryRun.report.due.map((d) => d.id);
    expect(dueIds).toContain(caseA);
    expect(dueIds).not.toContain(caseB);
    expect(dueIds).not.toContain(caseC);
    expect(dryRun.report.held).toEqual([
      expect.objectContaining({ caseId: caseC, reason: 'Verfahren vor dem Familiengericht läuft' }),
    ]);
    expect(await countWhere('cases', 'id', caseA)).toBe(1);
    expect(JSON.stringify(dryRun)).not.toContain('Ahrens');
  });

  it('erases what the dry run listed: the case file, its files, persons in no other case; audit keeps the fact', async () => {
    const auditBefore = await countWhere('audit_events', 'case_id', caseA);
    expect(existsSync(join(t.dataDir, 'blobs', blobKey))).toBe(true);
    const queued = await call('POST', '/api/privacy/retention/runs', 'dora', { dryRunId: dryRun.id });
    expect(queued.statusCode, queued.body).toBe(202);
    await runJobs();
    for (const [table, column] of [
      ['cases', 'id'],
      ['case_entries', 'case_id'],
      ['documents', 'case_id'],
      ['case_persons', 'case_id'],
      ['help_plans', 'case_id'],
    ] as const) {
      expect(await countWhere(table, column, caseA), table).toBe(0);
    }
    expect(existsSync(join(t.dataDir, 'blobs', blobKey))).toBe(false);
    expect(await countWhere('persons', 'id', mia)).toBe(0);
    expect(await countWhere('persons', 'id', sandra)).toBe(1);
    expect(await countWhere('case_persons', 'case_id', caseB)).toBe(2);
    expect(await countWhere('cases', 'id', caseC)).toBe(1);
    expect(await countWhere('audit_events', 'case_id', caseA)).toBeGreaterThanOrEqual(auditBefore);
    const runs = await ok<{ items: TRetentionRun[] }>('GET', '/api/privacy/retention/runs', 'dora');
    const erasure = runs.items.find((r) => r.kind === 'erasure' && r.dryRunId === dryRun.id);
    expect(erasure?.finishedAt).toBeTruthy();
    expect(erasure?.report.deleted?.case_entries).toBeGreaterThanOrEqual(1);
    expect(erasure?.report.deleted?.documents).toBe(1);
    expect(erasure?.report.kept?.audit_events?.reason).toMatch(/Tatsache/);
    expect(erasure?.report.failed).toEqual([]);
    const audit = await ok<{ items: { action: string }[] }>('GET', '/api/audit?action=retention.run', 'dora');
    expect(audit.items).toHaveLength(1);
  });

  it('carries out a dry run once', async () => {
    const again = await call('POST', '/api/privacy/retention/runs', 'dora', { dryRunId: dryRun.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/schon ausgeführt/);
  });

  it('lets only the data protection officer set periods, within their bounds', async () => {
    const short = await call('PUT', '/api/privacy/retention/settings', 'dora', {
      periods: { closed_case: 6 },
      automatic: false,
    });
    expect(short.statusCode).toBe(400);
    expect(short.body).toMatch(/zwischen 12 und 1200 Monaten/);
    expect(
      (
        await call('PUT', '/api/privacy/retention/settings', 'dora', {
          periods: { closed_case: 'zehn' },
          automatic: false,
        })
      ).statusCode,
    ).toBe(400);
    const saved = await ok<TRetentionSettings>('PUT', '/api/privacy/retention/settings', 'dora', {
      periods: { closed_case: 144 },
      automatic: true,
    });
    expect(saved).toMatchObject({ automatic: true, periods: { closed_case: 144, request_without_case: 12 } });
    expect(
      (await call('PUT', '/api/privacy/retention/settings', 'anna', { periods: {}, automatic: false }))
        .statusCode,
    ).toBe(403);
    expect((await call('POST', '/api/privacy/retention/dry-runs', 'anna')).statusCode).toBe(403);
  });
});

describe('erasure on request (Art. 17)', () => {
  it('names what prevents erasure: a running case, a legal hold', async () => {
    const check = await ok<TErasureCheck>('GET', `/api/privacy/persons/${sandra}/erasure`, 'dora');
    expect(check.erasable).toBe(false);
    expect(check.reasons.map((r) => r.reason).join(' ')).toMatch(/läuft noch/);
    const refused = await call('POST', `/api/privacy/persons/${sandra}/erasure`, 'dora');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(/Löschen ist nicht möglich: .*läuft noch/);
    const tom =
      (await ok<{ children: { id: string }[] }>('GET', `/api/cases/${caseC}`, 'anna')).children[0]?.id ?? '';
    const held = await ok<TErasureCheck>('GET', `/api/privacy/persons/${tom}/erasure`, 'dora');
    expect(held.reasons.map((r) => r.reason).join(' ')).toMatch(/Löschsperre .*Familiengericht/);
  });

  it('erases a person whose cases are past their period, then the export finds nothing', async () => {
    await closeYearsAgo(caseB, 13);
    const check = await ok<TErasureCheck>('GET', `/api/privacy/persons/${sandra}/erasure`, 'dora');
    expect(check).toMatchObject({ erasable: true, reasons: [] });
    const queued = await call('POST', `/api/privacy/persons/${sandra}/erasure`, 'dora');
    expect(queued.statusCode, queued.body).toBe(202);
    await runJobs();
    expect(await countWhere('persons', 'id', sandra)).toBe(0);
    expect(await countWhere('cases', 'id', caseB)).toBe(0);
    expect((await call('GET', `/api/privacy/persons/${sandra}/export`, 'dora')).statusCode).toBe(404);
    const audit = await ok<{ items: { action: string; resourceId: string }[] }>(
      'GET',
      '/api/audit?action=privacy.erasure',
      'dora',
    );
    expect(audit.items.map((e) => e.resourceId)).toContain(sandra);
  });
});

describe('nightly retention', () => {
  it('makes a dry run every night and, when switched on, erases what the last night listed', async () => {
    // Automatic erasure was switched on above.
    const caseD = (
      await newCase([{ role: 'child', person: { firstName: 'Ole', lastName: 'Ahrens', gender: 'male' } }])
    ).id;
    await closeYearsAgo(caseD, 13); // the period was set to 144 months above
    const nightly = retentionNightlyJob(t.ctx);
    await nightly.standalone(o.office.tenantId, {});
    expect(await countWhere('cases', 'id', caseD)).toBe(1);
    const listed = (await ok<{ items: TRetentionRun[] }>('GET', '/api/privacy/retention/runs', 'dora'))
      .items[0];
    expect(listed).toMatchObject({ kind: 'dry_run', requestedBy: null });
    expect(listed?.report.due.map((d) => d.id)).toContain(caseD);
    // The next night: that dry run is a day old.
    await t.db.withOwner((owner) =>
      sql`UPDATE retention_runs SET started_at = now() - interval '21 hours' WHERE id = ${listed?.id ?? ''}`.execute(
        owner,
      ),
    );
    await nightly.standalone(o.office.tenantId, {});
    expect(await countWhere('cases', 'id', caseD)).toBe(0);
    const runs = (await ok<{ items: TRetentionRun[] }>('GET', '/api/privacy/retention/runs', 'dora')).items;
    expect(runs.some((r) => r.kind === 'erasure' && r.dryRunId === listed?.id)).toBe(true);
    expect(await countWhere('jobs', 'kind', 'retention.nightly')).toBeGreaterThan(0);
  });
});
