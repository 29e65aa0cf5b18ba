import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';
import { officeToday } from '../tenancy/index.js';

let t: TestApp;
let o: Office;
const cookies: Record<string, string> = {};
let caseId: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  for (const name of ['anna', 'ben', 'clara', 'fiona', 'olga'] as const)
    cookies[name] = await loginCookie(t.app, o[name].username);
  caseId = await openCase(t.app, cookies.anna!, o.nord);
});
afterAll(() => t.close());

const get = (url: string, who: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who] ?? '' } });
const post = (url: string, who: string, payload?: object) =>
  t.app.inject({ method: 'POST', url, headers: { cookie: cookies[who] ?? '' }, payload });
const inDays = (days: number) => officeToday(new Date(Date.now() + days * 86_400_000));

describe('GET /api/cases/:id/process', () => {
  it('follows the data: clarification, then planning, then an overdue review', async () => {
    const first = await get(`/api/cases/${caseId}/process`, 'anna');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ current: 'clarification', overdue: [] });

    const plan = await post(`/api/cases/${caseId}/help-plans`, 'anna', {
      participants: [{ role: 'caseworker', name: 'Anna', view: '' }],
      help: { type: 'p31_spfh', startsOn: inDays(-200) },
      reviewOn: inDays(-3),
    });
    expect(plan.statusCode, plan.body).toBe(201);
    expect((await get(`/api/cases/${caseId}/process`, 'anna')).json().current).toBe('planning');

    await post(`/api/help-plans/${plan.json().id as string}/finalize`, 'anna');
    const due = (await get(`/api/cases/${caseId}/process`, 'anna')).json();
    expect(due.current).toBe('review');
    expect(due.overdue).toEqual([{ kind: 'review', text: 'Überprüfung des Hilfeplans', dueAt: inDays(-3) }]);
    expect(due.steps.map((s: { step: string; state: string }) => `${s.step}:${s.state}`)).toEqual([
      'request:done',
      'clarification:done',
      'protection:skipped',
      'planning:done',
      'help:done',
      'review:current',
      'end:upcoming',
    ]);
  });

  it('puts an open § 8a procedure first, with its first-contact deadline', async () => {
    const report = await post(`/api/cases/${caseId}/protection-procedures`, 'anna', {
      hintSources: ['school'],
      content: 'Die Schule meldet wiederholte Verletzungen.',
      receivedAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
      urgency: 'immediate',
    });
    expect(report.statusCode, report.body).toBe(201);
    const map = (await get(`/api/cases/${caseId}/process`, 'anna')).json();
    expect(map.current).toBe('protection');
    expect(map.overdue.map((o: { kind: string }) => o.kind)).toContain('protection_first_contact');
    expect(map.next[0]).toMatchObject({ who: expect.stringMatching(/caseworker|team_lead/) });
  });

  it('is not there for another team or office (404), and is audited', async () => {
    expect((await get(`/api/cases/${caseId}/process`, 'ben')).statusCode).toBe(404);
    expect((await get(`/api/cases/${caseId}/process`, 'olga')).statusCode).toBe(404);
    expect((await get(`/api/cases/${caseId}/process`, 'fiona')).statusCode).toBe(404);
    expect((await get('/api/cases/not-a-uuid/process', 'anna')).statusCode).toBe(400);
    const events = await t.db.withOwner((ow) =>
      ow.selectFrom('audit_events').select('case_id').where('action', '=', 'workflow.case_process').execute(),
    );
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(events.every((e) => e.case_id === caseId)).toBe(true);
  });
});

describe('GET /api/team-overview', () => {
  it('shows the lead overdue reviews, § 8a deadlines and unassigned work of the team', async () => {
    const res = await get('/api/team-overview', 'clara');
    expect(res.statusCode, res.body).toBe(200);
    const [nord, ...rest] = res.json();
    expect(rest).toEqual([]);
    expect(nord.team).toEqual({ id: o.nord, name: 'ASD Nord' });
    expect(nord.overdueReviews).toEqual([expect.objectContaining({ caseId, reviewOn: inDays(-3) })]);
    expect(nord.protectionDeadlines).toEqual([
      expect.objectContaining({ caseId, kind: 'first_contact', overdue: true }),
    ]);
    expect(JSON.stringify(nord)).not.toContain('Muster');
  });

  it('lists cases without a caseworker and is refused to those who lead no team', async () => {
    const unassignedId = await openCase(t.app, cookies.clara!, o.nord);
    const cleared = await t.app.inject({
      method: 'PATCH',
      url: `/api/cases/${unassignedId}`,
      headers: { cookie: cookies.clara! },
      payload: { caseworkerId: null },
    });
    expect(cleared.statusCode, cleared.body).toBe(200);
    const overview = (await get('/api/team-overview', 'clara')).json()[0];
    expect(overview.unassignedCases.map((c: { caseId: string }) => c.caseId)).toEqual([unassignedId]);
    const refused = await get('/api/team-overview', 'anna');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('Teamleitungen');
    expect((await get('/api/team-overview', 'fiona')).statusCode).toBe(403);
  });
});
