import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
let anna: string;
let ben: string;
let caseId: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  anna = await loginCookie(t.app, o.anna.username);
  ben = await loginCookie(t.app, o.ben.username);
  caseId = await openCase(t.app, anna, o.nord);
});
afterAll(() => t.close());

describe('GET /api/cases/:id/hints', () => {
  it('names rule, law and text, and follows the help plan', async () => {
    const plan = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/help-plans`,
      headers: { cookie: anna },
      payload: {
        participants: [{ role: 'caseworker', name: 'Anna', view: '' }],
        help: { type: 'p31_spfh', provider: 'Familienhilfe Nord e. V.', startsOn: '2026-12-01' },
      },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${caseId}/hints`,
      headers: { cookie: anna },
    });
    expect(res.statusCode).toBe(200);
    const hints = res.json() as { rule: string; law: string; text: string }[];
    expect(hints.map((h) => h.rule)).toEqual([
      'child_view_missing',
      'parent_not_involved',
      'provider_not_involved',
    ]);
    expect(hints[0]).toEqual({
      rule: 'child_view_missing',
      law: '§ 36 Abs. 2 SGB VIII',
      text: expect.stringContaining('Sicht des Kindes'),
    });
  });

  it('is not there for another team (404) and is audited', async () => {
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}/hints`, headers: { cookie: ben } }))
        .statusCode,
    ).toBe(404);
    const events = await t.db.withOwner((ow) =>
      ow.selectFrom('audit_events').select('details').where('action', '=', 'hint.list').execute(),
    );
    expect(events.length).toBe(1);
  });
});
