import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/connection.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';
import { loadDefaultCatalogue } from './catalogues.js';
import { protectionFacts } from './facts.js';

let t: TestApp;
let o: Office;
const cookies: Record<string, string> = {};
let caseId: string;
let childId: string;
let otherTeamCase: string;
let otherOfficeCase: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  const emil = await o.office.user({ roles: ['provider_staff'] });
  const adam = await o.office.user({ roles: ['admin'] });
  for (const [name, user] of Object.entries({
    anna: o.anna,
    nora: o.nora,
    ben: o.ben,
    clara: o.clara,
    dora: o.dora,
    fiona: o.fiona,
    olga: o.olga,
    emil,
    adam,
  })) {
    cookies[name] = await loginCookie(t.app, user.username);
  }
  caseId = await openCase(t.app, cookies.anna!, o.nord, { childFirstName: 'Mia' });
  otherTeamCase = await openCase(t.app, cookies.ben!, o.sued);
  otherOfficeCase = await openCase(t.app, cookies.olga!, o.otherTeam);
  const detail = await call('GET', `/api/cases/${caseId}`, 'anna');
  childId = detail.json().persons.find((p: { role: string }) => p.role === 'child').id;
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: cookies[who] ?? '' }, payload });

const DAY = 86_400_000;
const day = (offsetDays = 0) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
const SECRET = `Nachbarin hört nachts Schreie ${randomUUID()}`;
const catalogue = loadDefaultCatalogue();
const riskKey = catalogue.domains[0]!.factors.find((f) => f.kind === 'risk')!.key;
const protectiveKey = catalogue.domains[0]!.factors.find((f) => f.kind === 'protective')!.key;

const report = (overrides: Record<string, unknown> = {}) => ({
  hintSources: ['neighbours_acquaintances', 'school'],
  content: SECRET,
  receivedAt: new Date(Date.now() - 3 * DAY).toISOString(),
  urgency: 'within_24h',
  childPersonId: childId,
  ...overrides,
});
const step = (state: string, extra: Record<string, unknown> = {}) => ({ state, ...extra });
const checklist = (overrides: Record<string, unknown> = {}) => ({
  steps: {
    joint_assessment: step('done', { doneOn: day(-1) }),
    family_involved: step('skipped', { reason: 'Einbeziehung würde das Kind gefährden' }),
    child_seen: step('done', { doneOn: day(-2), doneBy: o.nora.id }),
    expert_consulted: step('not_applicable'),
    ...overrides,
  },
  firstContactAt: new Date(Date.now() - 2.5 * DAY).toISOString(),
});
const assessment = (ratings: object[]) => ({
  catalogueId: catalogue.id,
  catalogueVersion: catalogue.version,
  assessedOn: day(-1),
  ratings,
  summary: 'Gemeinsame Einschätzung im Team',
});
const result = (overrides: Record<string, unknown> = {}) => ({
  result: 'latent',
  endangermentTypes: ['neglect'],
  decision: 'Gewichtige Anhaltspunkte bleiben; Schutzplan mit der Mutter vereinbart.',
  protectionPlan: [
    {
      id: randomUUID(),
      text: 'Kinderarzttermin wahrnehmen',
      owner: { kind: 'family', name: 'Frau Muster' },
      dueOn: day(7),
    },
    {
      id: randomUUID(),
      text: 'Hausbesuch',
      owner: { kind: 'staff', userId: o.anna.id, name: 'Anna' },
      dueOn: day(14),
    },
  ],
  followUpOn: day(30),
  familyCourt: { notified: false },
  emergencyCustody: { taken: false },
  ...overrides,
});

async function procedureRows() {
  return t.db.withOwner(async (ow) => ({
    procedures: await ow
      .selectFrom('protection_procedures')
      .select(['id', 'status', 'participant_ids', 'result', 'proposed_by', 'signed_off_by', 'checklist_enc'])
      .orderBy('id')
      .execute(),
    assessments: await ow.selectFrom('protection_assessments').select('id').orderBy('id').execute(),
  }));
}

describe('child-protection procedure (§ 8a)', () => {
  let id: string;

  it('records a report with the first-contact deadline from the urgency', async () => {
    const body = report();
    const res = await call('POST', `/api/cases/${caseId}/protection-procedures`, 'anna', body);
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    id = p.id;
    expect(p.status).toBe('open');
    expect(p.report.content).toBe(SECRET);
    expect(p.report.receivedBy.id).toBe(o.anna.id);
    expect(new Date(p.report.firstContactDueAt).getTime() - new Date(body.receivedAt).getTime()).toBe(
      24 * 3600_000,
    );
    expect(p.firstContactOverdue).toBe(true);
    expect(p.allowedActions).toEqual(['read', 'edit', 'propose_result', 'edit_survey']);
    expect(p.missingForResult.length).toBeGreaterThan(3);
    const list = await call('GET', `/api/cases/${caseId}/protection-procedures`, 'nora');
    expect(list.json()).toEqual([expect.objectContaining({ id, status: 'open', urgency: 'within_24h' })]);
  });

  it('stores the report and the reasons only encrypted', async () => {
    const raw = await t.db.withOwner((ow) =>
      sql<{
        t: string;
      }>`SELECT string_agg(encode(report_enc, 'escape') || encode(checklist_enc, 'escape'), '') AS t
                         FROM protection_procedures`.execute(ow),
    );
    expect(raw.rows[0]?.t).not.toContain('Schreie');
  });

  it('is not there for another team, another office, the DPO, a planner, a provider or an admin (404)', async () => {
    for (const who of ['ben', 'olga', 'dora', 'fiona', 'emil', 'adam']) {
      expect((await call('GET', `/api/protection-procedures/${id}`, who)).statusCode, who).toBe(404);
      expect((await call('GET', `/api/cases/${caseId}/protection-procedures`, who)).statusCode, who).toBe(
        404,
      );
      expect(
        (await call('PUT', `/api/protection-procedures/${id}/checklist`, who, checklist())).statusCode,
        who,
      ).toBe(404);
      expect((await call('POST', `/api/protection-procedures/${id}/sign-off`, who)).statusCode, who).toBe(
        404,
      );
    }
    expect(
      (
        await call(
          'POST',
          `/api/cases/${otherTeamCase}/protection-procedures`,
          'anna',
          report({ childPersonId: null }),
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await call(
          'POST',
          `/api/cases/${otherOfficeCase}/protection-procedures`,
          'anna',
          report({ childPersonId: null }),
        )
      ).statusCode,
    ).toBe(404);
    expect((await call('GET', `/api/protection-procedures/${randomUUID()}`, 'anna')).statusCode).toBe(404);
  });

  it('refuses bad input with a German message and writes nothing', async () => {
    const before = await procedureRows();
    const bad: [string, string, object][] = [
      [
        'POST',
        `/api/cases/${caseId}/protection-procedures`,
        report({ receivedAt: '2026-02-30T10:00:00+01:00' }),
      ],
      [
        'POST',
        `/api/cases/${caseId}/protection-procedures`,
        report({ receivedAt: new Date(Date.now() + DAY).toISOString() }),
      ],
      ['POST', `/api/cases/${caseId}/protection-procedures`, report({ hintSources: [] })],
      ['POST', `/api/cases/${caseId}/protection-procedures`, report({ hintSources: ['erfunden'] })],
      ['POST', `/api/cases/${caseId}/protection-procedures`, report({ childPersonId: randomUUID() })],
      ['PUT', `/api/protection-procedures/${id}/participants`, { userIds: [o.anna.id] }],
      ['PUT', `/api/protection-procedures/${id}/participants`, { userIds: [o.anna.id, o.dora.id] }],
      ['PUT', `/api/protection-procedures/${id}/participants`, { userIds: [o.anna.id, o.olga.id] }],
      [
        'PUT',
        `/api/protection-procedures/${id}/checklist`,
        checklist({ joint_assessment: step('skipped', { reason: 'x' }) }),
      ],
      ['PUT', `/api/protection-procedures/${id}/checklist`, checklist({ family_involved: step('skipped') })],
      [
        'PUT',
        `/api/protection-procedures/${id}/checklist`,
        checklist({ child_seen: step('done', { doneOn: day(-10) }) }),
      ],
      [
        'PUT',
        `/api/protection-procedures/${id}/checklist`,
        checklist({ child_seen: step('done', { doneOn: '2026-02-30' }) }),
      ],
      [
        'PUT',
        `/api/protection-procedures/${id}/checklist`,
        checklist({ child_seen: step('done', { doneOn: day(3) }) }),
      ],
      [
        'POST',
        `/api/protection-procedures/${id}/assessments`,
        assessment([{ factorKey: riskKey, rating: 4 }]),
      ],
      [
        'POST',
        `/api/protection-procedures/${id}/assessments`,
        assessment([{ factorKey: riskKey, rating: -1 }]),
      ],
      [
        'POST',
        `/api/protection-procedures/${id}/assessments`,
        assessment([{ factorKey: 'erfundener_faktor', rating: 1 }]),
      ],
      [
        'POST',
        `/api/protection-procedures/${id}/assessments`,
        { ...assessment([]), catalogueId: 'gibt-es-nicht' },
      ],
      ['POST', `/api/protection-procedures/${id}/assessments`, { ...assessment([]), assessedOn: day(-30) }],
    ];
    for (const [method, url, body] of bad) {
      const res = await call(method as 'POST', url, 'anna', body);
      expect(res.statusCode, `${url} ${JSON.stringify(body)}: ${res.body}`).toBe(400);
      expect(res.json().message).toEqual(expect.any(String));
    }
    expect(await procedureRows()).toEqual(before);
  });

  it('refuses a result while required steps are missing (fewer than two participants: 409)', async () => {
    const res = await call('PUT', `/api/protection-procedures/${id}/result`, 'anna', result());
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('Mindestens zwei Fachkräfte');
  });

  it('walks through checklist, participants and assessments, keeping the history', async () => {
    const c = await call('PUT', `/api/protection-procedures/${id}/checklist`, 'anna', checklist());
    expect(c.statusCode, c.body).toBe(200);
    const steps = Object.fromEntries(c.json().checklist.map((s: { step: string }) => [s.step, s]));
    expect(steps.child_seen).toMatchObject({
      state: 'done',
      doneBy: { id: o.nora.id },
      recordedBy: { id: o.anna.id },
    });
    expect(steps.family_involved.reason).toBe('Einbeziehung würde das Kind gefährden');
    expect(c.json().firstContactOverdue).toBe(false);
    const pp = await call('PUT', `/api/protection-procedures/${id}/participants`, 'anna', {
      userIds: [o.anna.id, o.nora.id],
    });
    expect(pp.statusCode, pp.body).toBe(200);
    expect(pp.json().participants.map((u: { id: string }) => u.id)).toEqual([o.anna.id, o.nora.id]);
    const first = await call(
      'POST',
      `/api/protection-procedures/${id}/assessments`,
      'anna',
      assessment([
        { factorKey: riskKey, rating: 3, note: 'Kühlschrank leer' },
        { factorKey: protectiveKey, rating: 1 },
      ]),
    );
    expect(first.statusCode, first.body).toBe(201);
    const second = await call('POST', `/api/protection-procedures/${id}/assessments`, 'nora', {
      ...assessment([
        { factorKey: riskKey, rating: 2 },
        { factorKey: protectiveKey, rating: 2 },
      ]),
      assessedOn: day(0),
    });
    const list = second.json().assessments;
    expect(list).toHaveLength(2);
    expect(list[0].risk).toEqual({ rated: 1, byValue: [0, 0, 0, 1] });
    expect(list[1].protective).toEqual({ rated: 1, byValue: [0, 0, 1, 0] });
    expect(list[0].ratings[0].note).toBe('Kühlschrank leer');
    expect(second.json().missingForResult).toEqual([]);
  });

  it('checks the result: types only for acute/latent, dates in range', async () => {
    const before = await procedureRows();
    for (const body of [
      result({ result: 'no_need', endangermentTypes: ['neglect'] }),
      result({ result: 'acute', endangermentTypes: [] }),
      result({ followUpOn: day(-1) }),
      result({ followUpOn: '2026-02-30' }),
      result({
        protectionPlan: [
          { id: randomUUID(), text: 'x', owner: { kind: 'family', name: 'M' }, dueOn: day(-1) },
        ],
      }),
      result({ familyCourt: { notified: true } }),
      result({ emergencyCustody: { taken: true, takenOn: day(2) } }),
      result({
        protectionPlan: [
          {
            id: randomUUID(),
            text: 'x',
            owner: { kind: 'staff', userId: o.fiona.id, name: 'F' },
            dueOn: day(3),
          },
        ],
      }),
    ]) {
      const res = await call('PUT', `/api/protection-procedures/${id}/result`, 'anna', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await procedureRows()).toEqual(before);
  });

  it('proposes the result; the proposer cannot sign off herself (409, nothing written)', async () => {
    const res = await call('PUT', `/api/protection-procedures/${id}/result`, 'anna', result());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'awaiting_sign_off',
      outcome: { result: 'latent', proposedBy: { id: o.anna.id }, signedOffBy: null },
    });
    expect(res.json().allowedActions).not.toContain('sign_off');
    const before = await procedureRows();
    const self = await call('POST', `/api/protection-procedures/${id}/sign-off`, 'anna');
    expect(self.statusCode).toBe(409);
    expect(self.json().message).toContain('Die zweite Freigabe muss eine andere Fachkraft geben');
    expect(await procedureRows()).toEqual(before);
    const forClara = await call('GET', `/api/protection-procedures/${id}`, 'clara');
    expect(forClara.json().allowedActions).toContain('sign_off');
    // A required step reopened after the proposal blocks the sign-off until it is settled again.
    await call(
      'PUT',
      `/api/protection-procedures/${id}/checklist`,
      'nora',
      checklist({ child_seen: step('open') }),
    );
    const early = await call('POST', `/api/protection-procedures/${id}/sign-off`, 'clara');
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toContain('unmittelbarer Eindruck');
    expect(
      (await call('PUT', `/api/protection-procedures/${id}/checklist`, 'nora', checklist())).statusCode,
    ).toBe(200);
  });

  it('closes on the second sign-off by another person; then nothing changes any more', async () => {
    const res = await call('POST', `/api/protection-procedures/${id}/sign-off`, 'clara');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed', outcome: { signedOffBy: { id: o.clara.id } } });
    expect(res.json().allowedActions).toEqual(['read', 'edit_survey']);
    const before = await procedureRows();
    const edits: [string, string, object | undefined][] = [
      ['PUT', 'checklist', checklist()],
      ['PUT', 'participants', { userIds: [o.anna.id, o.clara.id] }],
      ['POST', 'assessments', assessment([])],
      ['PUT', 'result', result()],
      ['POST', 'sign-off', undefined],
    ];
    for (const [method, path, body] of edits) {
      const r = await call(method as 'PUT', `/api/protection-procedures/${id}/${path}`, 'nora', body);
      expect(r.statusCode, path).toBe(409);
      expect(r.json().message).toContain('abgeschlossen');
    }
    expect(await procedureRows()).toEqual(before);
    // Even the app role itself cannot change a closed procedure (restrictive row policy).
    const changed = await withTenant(t.db, o.office.tenantId, (tx) =>
      tx
        .updateTable('protection_procedures')
        .set({ result: 'acute' })
        .where('id', '=', id)
        .executeTakeFirst(),
    );
    expect(Number(changed.numUpdatedRows)).toBe(0);
  });

  it('gives the survey record with what is missing; the answers can be completed after closing', async () => {
    const s = await call('GET', `/api/protection-procedures/${id}/survey`, 'anna');
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json().items).toMatchObject({
      hintSources: ['neighbours_acquaintances', 'school'],
      childSex: 'female',
      childBirthMonth: '2018-03',
      result: 'latent',
      endangermentTypes: ['neglect'],
      familyCourtCalled: false,
      emergencyCustody: false,
      repeatReportThisYear: false,
    });
    expect(s.json().missing.map((m: { item: string }) => m.item)).toContain('residence');
    const put = await call('PUT', `/api/protection-procedures/${id}/survey`, 'anna', {
      agencyType: 'youth_office',
      endangeringPersons: ['mother'],
      residence: 'parents',
      parentsAgeGroup: 'from_27',
      parentForeignOrigin: 'no',
      germanSpokenAtHome: 'yes',
      livingSituation: 'single_parent',
      servicesInUse: [],
      newHelpAgreed: true,
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ complete: true, missing: [] });
    expect(
      (await call('PUT', `/api/protection-procedures/${id}/survey`, 'anna', { residence: 'mars' }))
        .statusCode,
    ).toBe(400);
    expect((await call('GET', `/api/protection-procedures/${id}/survey`, 'ben')).statusCode).toBe(404);
  });

  it('counts a second report for the same child this year as a repeat', async () => {
    const again = await call(
      'POST',
      `/api/cases/${caseId}/protection-procedures`,
      'anna',
      report({
        receivedAt: new Date(Date.now() - 60_000).toISOString(),
        urgency: 'immediate',
        providerReport: { providerName: 'Kita Sonnenschein', expertConsultedByProvider: true },
      }),
    );
    expect(again.statusCode, again.body).toBe(201);
    const p = again.json();
    expect(p.checklist.find((s: { step: string }) => s.step === 'expert_consulted').state).toBe('open');
    const s = await call('GET', `/api/protection-procedures/${p.id}/survey`, 'anna');
    expect(s.json().items.agencyType).toBe('provider');
    // Same calendar year unless the test runs in the first minute of a year.
    if (new Date().getUTCFullYear() === new Date(Date.now() - 3 * DAY).getUTCFullYear())
      expect(s.json().items.repeatReportThisYear).toBe(true);
  });

  it('lets the survey name the child when the report did not (only a child of the case)', async () => {
    const ownCase = await openCase(t.app, cookies.anna!, o.nord, { childFirstName: 'Ida' });
    const unnamed = await call(
      'POST',
      `/api/cases/${ownCase}/protection-procedures`,
      'anna',
      report({ childPersonId: null, receivedAt: new Date(Date.now() - 30_000).toISOString() }),
    );
    expect(unnamed.statusCode, unnamed.body).toBe(201);
    const id = unnamed.json().id as string;
    const before = (await call('GET', `/api/protection-procedures/${id}/survey`, 'anna')).json();
    expect(before.missing.map((m: { item: string }) => m.item)).toContain('childSex');
    const detail = (await call('GET', `/api/cases/${ownCase}`, 'anna')).json();
    const idaId = detail.persons.find((p: { role: string }) => p.role === 'child').id;
    const parentId = detail.persons.find((p: { role: string }) => p.role === 'parent').id;
    const wrong = await call('PUT', `/api/protection-procedures/${id}/survey`, 'anna', {
      childPersonId: parentId,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toEqual({ childPersonId: 'Kein Kind' });
    const stranger = await call('PUT', `/api/protection-procedures/${id}/survey`, 'anna', {
      childPersonId: childId,
    });
    expect(stranger.statusCode).toBe(400);
    const named = await call('PUT', `/api/protection-procedures/${id}/survey`, 'anna', {
      childPersonId: idaId,
    });
    expect(named.statusCode, named.body).toBe(200);
    expect(named.json().items).toMatchObject({ childPersonId: idaId, childSex: 'female' });
    expect(named.json().missing.map((m: { item: string }) => m.item)).not.toContain('childSex');
  });

  it('offers facts for other modules', async () => {
    const facts = await withTenant(t.db, o.office.tenantId, (tx) =>
      protectionFacts(tx, o.office.tenantId, [caseId]),
    );
    const list = facts.get(caseId) ?? [];
    expect(list).toHaveLength(2);
    const closed = list.find((f) => f.procedureId === id);
    expect(closed).toMatchObject({
      status: 'closed',
      result: 'latent',
      followUpOn: day(30),
      riskFactorsRated: 1,
      protectiveFactorsRated: 1,
      openTaskDueDates: [day(7), day(14)],
    });
    expect(closed?.firstContactAt).not.toBeNull();
  });

  it('audits every read and write', async () => {
    const actions = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select(['action', 'outcome'])
        .where('resource_type', '=', 'protection_procedure')
        .execute(),
    );
    const seen = new Set(actions.map((a) => a.action));
    for (const action of [
      'protection.report',
      'protection.list',
      'protection.read',
      'protection.checklist',
      'protection.participants',
      'protection.assess',
      'protection.propose',
      'protection.sign_off',
      'protection.survey_read',
      'protection.survey_update',
    ])
      expect(seen, action).toContain(action);
  });
});

describe('factor catalogues', () => {
  const own = () => ({
    id: 'amt-katalog',
    version: '2027-01',
    language: 'de',
    title: 'Unser Einschätzungsbogen',
    scale: catalogue.scale,
    domains: [
      {
        key: 'versorgung',
        label: 'Versorgung',
        description: 'Essen, Kleidung, Schlaf',
        officialTypes: ['neglect'],
        factors: [
          {
            key: 'hunger',
            kind: 'risk',
            label: 'Hunger',
            anchors: { 0: 'nein', 1: 'selten', 2: 'oft', 3: 'immer' },
          },
          {
            key: 'oma_hilft',
            kind: 'protective',
            label: 'Oma hilft',
            anchors: { 0: 'nie', 1: 'selten', 2: 'oft', 3: 'immer' },
          },
        ],
      },
    ],
  });

  it('lists the default catalogue for staff, nothing for planners or providers', async () => {
    const res = await call('GET', '/api/protection-catalogues', 'anna');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      mayImport: false,
      catalogues: [{ id: 'lotse-default', source: 'default' }],
    });
    expect(res.json().catalogues[0].riskFactorCount).toBe(47);
    const one = await call('GET', '/api/protection-catalogues/lotse-default', 'anna');
    expect(one.json().catalogue.domains).toHaveLength(12);
    for (const who of ['fiona', 'emil', 'dora'])
      expect((await call('GET', '/api/protection-catalogues', who)).statusCode, who).toBe(403);
  });

  it('imports an office catalogue (team lead or admin), validated strictly', async () => {
    expect((await call('POST', '/api/protection-catalogues', 'anna', own())).statusCode).toBe(403);
    const bad = [
      { ...own(), scale: catalogue.scale.slice(0, 3) },
      {
        ...own(),
        domains: [{ ...own().domains[0], factors: [{ ...own().domains[0]!.factors[0], kind: 'gefahr' }] }],
      },
      { ...own(), title: undefined },
      { ...own(), unbekannt: true },
      {
        ...own(),
        domains: [
          { ...own().domains[0], factors: [own().domains[0]!.factors[0], own().domains[0]!.factors[0]] },
        ],
      },
      { ...own(), id: 'lotse-default' },
    ];
    for (const body of bad) {
      const res = await call('POST', '/api/protection-catalogues', 'clara', body);
      expect([400, 409], res.body).toContain(res.statusCode);
      expect(res.json().message).toMatch(/Katalog|Skala|Schlüssel|Standardkatalog|Ungültig|Unbekannt/);
    }
    const ok = await call('POST', '/api/protection-catalogues', 'adam', own());
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().summary).toMatchObject({ id: 'amt-katalog', source: 'imported', riskFactorCount: 1 });
    expect((await call('POST', '/api/protection-catalogues', 'clara', own())).statusCode).toBe(409);
    const list = await call('GET', '/api/protection-catalogues', 'clara');
    expect(list.json().mayImport).toBe(true);
    expect(list.json().catalogues.map((c: { id: string }) => c.id)).toEqual(['lotse-default', 'amt-katalog']);
    // Assessments can use it, with its own keys only.
    const p = await call(
      'POST',
      `/api/cases/${caseId}/protection-procedures`,
      'anna',
      report({ childPersonId: null }),
    );
    const a = await call('POST', `/api/protection-procedures/${p.json().id}/assessments`, 'anna', {
      catalogueId: 'amt-katalog',
      catalogueVersion: '2027-01',
      assessedOn: day(0),
      ratings: [{ factorKey: 'hunger', rating: 2 }],
    });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json().assessments[0].risk.rated).toBe(1);
    const other = await call('POST', `/api/protection-procedures/${p.json().id}/assessments`, 'anna', {
      catalogueId: 'amt-katalog',
      catalogueVersion: '2027-01',
      assessedOn: day(0),
      ratings: [{ factorKey: riskKey, rating: 2 }],
    });
    expect(other.statusCode).toBe(400);
    // Another office does not see it.
    expect((await call('GET', '/api/protection-catalogues/amt-katalog', 'olga')).statusCode).toBe(404);
  });
});
