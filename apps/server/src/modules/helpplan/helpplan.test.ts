import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/connection.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
const cookies: Record<string, string> = {};
let caseId: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  for (const [name, user] of Object.entries({
    anna: o.anna,
    ben: o.ben,
    dora: o.dora,
    fiona: o.fiona,
    nora: o.nora,
  })) {
    cookies[name] = await loginCookie(t.app, user.username);
  }
  caseId = await openCase(t.app, cookies.anna!, o.nord, { childFirstName: 'Lena' });
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookies[who] ?? '' }, payload });

const VIEW = `Lena möchte wieder gern zur Schule gehen ${randomUUID()}`;
const content = (overrides: Record<string, unknown> = {}) => ({
  participants: [
    { role: 'child', name: 'Lena', view: VIEW },
    { role: 'parent', name: 'Frau Schneider', view: 'Ich brauche Unterstützung am Morgen.' },
  ],
  needs: ['Verlässliche Morgenroutine'],
  help: {
    type: 'p31_spfh',
    provider: 'Familienhilfe Nord e. V.',
    hoursPerWeek: 6,
    startsOn: '2026-12-01',
    endsOn: null,
  },
  goals: [
    {
      id: randomUUID(),
      title: 'Lena ist pünktlich in der Schule',
      indicators: ['an 4 von 5 Tagen pünktlich'],
      familySummary: 'Lena kommt morgens gut los.',
      progress: null,
    },
  ],
  agreements: [
    {
      id: randomUUID(),
      text: 'Wecker am Vorabend stellen',
      familySummary: 'Mama stellt den Wecker.',
      owner: { kind: 'family', name: 'Frau Schneider' },
      status: 'open',
      dueOn: '2026-12-15',
    },
  ],
  ...overrides,
});

async function versionRows() {
  return t.db.withOwner((ow) =>
    ow.selectFrom('help_plan_versions').select(['plan_id', 'version', 'status']).execute(),
  );
}

describe('help plans (§ 36)', () => {
  let planId: string;

  it('starts a plan as a draft with the review six months after the help starts', async () => {
    const res = await call('POST', `/api/cases/${caseId}/help-plans`, 'anna', content());
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json();
    planId = plan.id;
    expect(plan.versions).toHaveLength(1);
    expect(plan.versions[0]).toMatchObject({ version: 1, status: 'draft', finalizedAt: null });
    expect(plan.versions[0].content.reviewOn).toBe('2027-06-01');
    expect(plan.versions[0].content.participants[0].view).toBe(VIEW);
    const list = await call('GET', `/api/cases/${caseId}/help-plans`, 'nora');
    expect(list.json()).toEqual([
      expect.objectContaining({
        id: planId,
        helpType: 'p31_spfh',
        latestVersion: 1,
        latestStatus: 'draft',
        reviewOn: '2027-06-01',
      }),
    ]);
  });

  it('stores what people said only encrypted', async () => {
    const raw = await t.db.withOwner((ow) =>
      sql<{
        t: string;
      }>`SELECT string_agg(encode(content_enc, 'escape'), '') AS t FROM help_plan_versions`.execute(ow),
    );
    expect(raw.rows[0]?.t).not.toContain('Schule gehen');
  });

  it('is not there for another team, the data protection officer or a planner (404)', async () => {
    for (const who of ['ben', 'dora', 'fiona']) {
      expect((await call('GET', `/api/cases/${caseId}/help-plans`, who)).statusCode, who).toBe(404);
      expect((await call('GET', `/api/help-plans/${planId}`, who)).statusCode, who).toBe(404);
      expect((await call('PUT', `/api/help-plans/${planId}/draft`, who, content())).statusCode, who).toBe(
        404,
      );
    }
    expect((await call('GET', `/api/help-plans/${randomUUID()}`, 'anna')).statusCode).toBe(404);
  });

  it('refuses impossible dates, ratings out of range and an end before the start, writing nothing', async () => {
    const before = await versionRows();
    const bad = [
      content({ help: { type: 'p31_spfh', startsOn: '2026-02-30' } }),
      content({ help: { type: 'p31_spfh', startsOn: '2026-12-01', endsOn: '2026-11-01' } }),
      content({ goals: [{ id: randomUUID(), title: 'Ziel', progress: 11 }] }),
      content({ help: { type: 'erfunden', startsOn: '2026-12-01' } }),
      content({ reviewOn: '2026-01-01' }),
    ];
    for (const body of bad) {
      const res = await call('PUT', `/api/help-plans/${planId}/draft`, 'anna', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().message).toEqual(expect.any(String));
    }
    expect(await versionRows()).toEqual(before);
  });

  it('edits the draft, finalises it, and then refuses any change to the final version', async () => {
    const edited = await call(
      'PUT',
      `/api/help-plans/${planId}/draft`,
      'anna',
      content({ needs: ['Ruhe am Morgen'] }),
    );
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().versions[0].content.needs).toEqual(['Ruhe am Morgen']);
    const final = await call('POST', `/api/help-plans/${planId}/finalize`, 'anna');
    expect(final.statusCode).toBe(200);
    expect(final.json().versions[0]).toMatchObject({ status: 'final', finalizedBy: { id: o.anna.id } });
    const again = await call('PUT', `/api/help-plans/${planId}/draft`, 'anna', content());
    expect(again.statusCode).toBe(409);
    expect((await call('POST', `/api/help-plans/${planId}/finalize`, 'anna')).statusCode).toBe(409);
    // Even the app role itself cannot change a final version (restrictive row policy).
    const changed = await withTenant(t.db, o.office.tenantId, (tx) =>
      tx
        .updateTable('help_plan_versions')
        .set({ help_type: 'p34_residential_care' })
        .where('plan_id', '=', planId)
        .executeTakeFirst(),
    );
    expect(Number(changed.numUpdatedRows)).toBe(0);
  });

  it('starts a review as a new draft from the final version, one draft at a time', async () => {
    const review = await call('POST', `/api/help-plans/${planId}/reviews`, 'anna');
    expect(review.statusCode, review.body).toBe(201);
    const versions = review.json().versions;
    expect(versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'final'],
    ]);
    expect(versions[0].content.needs).toEqual(['Ruhe am Morgen']);
    expect((await call('POST', `/api/help-plans/${planId}/reviews`, 'anna')).statusCode).toBe(409);
    const rated = content({ goals: [{ ...versions[0].content.goals[0], progress: 7 }] });
    const saved = await call('PUT', `/api/help-plans/${planId}/draft`, 'anna', rated);
    expect(saved.json().versions[0].content.goals[0].progress).toBe(7);
    expect(saved.json().versions[1].content.goals[0].progress).toBeNull();
  });

  it('generates the protocol as a tagged PDF whose text reads back intact, per version', async () => {
    const res = await call('GET', `/api/help-plans/${planId}/protocol.pdf?version=1`, 'anna');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toContain('Fassung-1.pdf');
    const bytes = res.rawPayload;
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toContain('/Lang (de)');
    const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    }
    const compact = text.replace(/\s+/g, ' ');
    expect(compact).toContain('Lena ist pünktlich in der Schule');
    expect(compact).toContain('Nächste Überprüfung');
    expect(compact).toContain('Sozialpädagogische Familienhilfe');
    const draft = await call('GET', `/api/help-plans/${planId}/protocol.pdf`, 'anna');
    expect(String(draft.headers['content-disposition'])).toContain('Entwurf');
    expect((await call('GET', `/api/help-plans/${planId}/protocol.pdf?version=9`, 'anna')).statusCode).toBe(
      404,
    );
    expect((await call('GET', `/api/help-plans/${planId}/protocol.pdf`, 'ben')).statusCode).toBe(404);
  });

  it('audits every read and write', async () => {
    expect((await call('GET', `/api/help-plans/${planId}`, 'nora')).statusCode).toBe(200);
    const actions = await t.db.withOwner((ow) =>
      ow.selectFrom('audit_events').select('action').where('resource_type', '=', 'help_plan').execute(),
    );
    const seen = new Set(actions.map((a) => a.action));
    for (const action of [
      'helpplan.create',
      'helpplan.list',
      'helpplan.update',
      'helpplan.finalize',
      'helpplan.review',
    ])
      expect(seen, action).toContain(action);
  });
});
