import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';
import { defaultReviewOn } from './versions.js';

describe('defaultReviewOn', () => {
  it('adds months on the calendar and keeps to the month’s last day', () => {
    expect(defaultReviewOn('2026-06-01', 6)).toBe('2026-12-01');
    expect(defaultReviewOn('2026-08-31', 6)).toBe('2027-02-28');
    expect(defaultReviewOn('2027-08-31', 6)).toBe('2028-02-29');
    expect(defaultReviewOn('2026-12-15', 3)).toBe('2027-03-15');
  });
});

let t: TestApp;
let o: Office;
let anna: string;
let admin: string;
let caseId: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  anna = await loginCookie(t.app, o.anna.username);
  const adminUser = await o.office.user({ roles: ['admin'] });
  admin = await loginCookie(t.app, adminUser.username);
  caseId = await openCase(t.app, anna, o.nord);
});
afterAll(() => t.close());

const put = (cookie: string, payload: object) =>
  t.app.inject({ method: 'PUT', url: '/api/admin/help-plan-settings', headers: { cookie }, payload });
const newPlan = () =>
  t.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/help-plans`,
    headers: { cookie: anna },
    payload: { help: { type: 'p31_spfh', startsOn: '2026-06-01' } },
  });

describe('help plan settings', () => {
  it('default to six months and 14 days; new plans get the review date from them', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/help-plan-settings',
      headers: { cookie: anna },
    });
    expect(res.json()).toEqual({ reviewMonths: 6, reminderLeadDays: 14 });
    expect((await newPlan()).json().versions[0].content.reviewOn).toBe('2026-12-01');
  });

  it('only administration changes them, within limits; nothing written otherwise', async () => {
    const refused = await put(anna, { reviewMonths: 3, reminderLeadDays: 7 });
    expect(refused.statusCode).toBe(403);
    for (const bad of [
      { reviewMonths: 0, reminderLeadDays: 7 },
      { reviewMonths: 25, reminderLeadDays: 7 },
      { reviewMonths: 2.5, reminderLeadDays: 7 },
      { reviewMonths: '3', reminderLeadDays: 7 },
      { reviewMonths: 3, reminderLeadDays: 61 },
      { reviewMonths: 3 },
    ]) {
      const res = await put(admin, bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
    }
    const rows = await t.db.withOwner((ow) => ow.selectFrom('help_plan_settings').selectAll().execute());
    expect(rows).toEqual([]);
  });

  it('a changed period applies to new plans, and the change is audited', async () => {
    const res = await put(admin, { reviewMonths: 3, reminderLeadDays: 7 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ reviewMonths: 3, reminderLeadDays: 7 });
    expect((await newPlan()).json().versions[0].content.reviewOn).toBe('2026-09-01');
    const audit = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select(['resource_id', 'details'])
        .where('action', '=', 'settings.update')
        .execute(),
    );
    expect(audit).toEqual([{ resource_id: 'help-plans', details: { reviewMonths: 3, reminderLeadDays: 7 } }]);
  });
});
