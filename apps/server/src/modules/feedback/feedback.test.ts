import { randomUUID } from 'node:crypto';
import type { TCaseFeedback, TFamilyAccessLog, TFamilyFeedback, THint } from '@lotse/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/connection.js';
import type { Scope } from '../../platform/scope.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { activateFamilyAccount } from '../../test-support/family-account.js';
import { buildOffice, type Office, openCase, openFamilyCase } from '../../test-support/office.js';
import { officeToday } from '../tenancy/index.js';
import { feedbackFigures } from './figures.js';

let t: TestApp;
let o: Office;
let anna: string;
let ben: string;
let olga: string;
let caseId: string;
let mia: string;
let sandra: string;
let jan: string;
let sandraCookie: string;
let janCookie: string;

const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const checkIn = async (cookie: string) =>
  (await call(cookie, 'GET', '/api/family/feedback')).json() as TFamilyFeedback;

const answer = (personId: string, over: Record<string, unknown> = {}) => ({
  personId,
  version: 'standard',
  wellbeing: 4,
  helpfulness: 4,
  heard: 5,
  comment: null,
  ...over,
});

const answerCount = () =>
  withTenant(t.db, o.office.tenantId, async (tx) =>
    Number(
      (
        await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM feedback_answers WHERE case_id = ${caseId}`.execute(tx)
      ).rows[0]?.n,
    ),
  );

const daysFromToday = (days: number) => {
  const d = new Date(`${officeToday()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  anna = await loginCookie(t.app, o.anna.username);
  ben = await loginCookie(t.app, o.ben.username);
  olga = await loginCookie(t.app, o.olga.username);
  ({ caseId, mia, sandra, jan } = await openFamilyCase(t.app, anna, o.nord));
  sandraCookie = (await activateFamilyAccount(t.app, anna, caseId, sandra)).cookie;
  janCookie = (await activateFamilyAccount(t.app, anna, caseId, jan, '975318')).cookie;
});
afterAll(() => t.close());

describe('family check-ins', () => {
  it('ask a parent for themselves and the younger child; a young person only for themselves', async () => {
    const parent = await checkIn(sandraCookie);
    expect(parent.intervalWeeks).toBe(4);
    expect(parent.respondents.map((r) => [r.firstName, r.self, r.version, r.due])).toEqual([
      ['Sandra', true, 'standard', true],
      ['Mia', false, 'child', true],
    ]);
    const young = await checkIn(janCookie);
    expect(young.respondents.map((r) => [r.firstName, r.self, r.version])).toEqual([
      ['Jan', true, 'standard'],
    ]);
  });

  it('records an answer once a day and says when the next check-in comes', async () => {
    const res = await call(
      sandraCookie,
      'POST',
      '/api/family/feedback',
      answer(sandra, { comment: '  Gut so.  ' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const me = (res.json() as TFamilyFeedback).respondents.find((r) => r.self);
    expect(me).toMatchObject({ due: false, answeredToday: true, nextOn: daysFromToday(28) });
    const again = await call(sandraCookie, 'POST', '/api/family/feedback', answer(sandra));
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/Morgen/);
    const child = await call(
      sandraCookie,
      'POST',
      '/api/family/feedback',
      answer(mia, { version: 'child', wellbeing: 5, helpfulness: 3, heard: 2 }),
    );
    expect(child.statusCode, child.body).toBe(201);
  });

  it('refuses answers for someone the account may not speak for (404) and bad scores (400), writing nothing', async () => {
    const before = await answerCount();
    expect((await call(sandraCookie, 'POST', '/api/family/feedback', answer(jan))).statusCode).toBe(404);
    expect((await call(janCookie, 'POST', '/api/family/feedback', answer(mia))).statusCode).toBe(404);
    expect((await call(janCookie, 'POST', '/api/family/feedback', answer(randomUUID()))).statusCode).toBe(
      404,
    );
    for (const bad of [
      { wellbeing: 0 },
      { wellbeing: 6 },
      { helpfulness: '3' },
      { heard: 2.5 },
      { heard: undefined },
      { version: 'expert' },
      { comment: 'x'.repeat(2001) },
      { personId: 'nicht-eine-id' },
    ]) {
      const res = await call(janCookie, 'POST', '/api/family/feedback', answer(jan, bad));
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().message).toBeTruthy();
    }
    expect(await answerCount()).toBe(before);
    const staffCall = await call(anna, 'GET', '/api/family/feedback');
    expect(staffCall.statusCode).toBe(401);
  });
});

describe('the caseworker sees the trend', () => {
  it('per person with the free text; other teams and offices get 404', async () => {
    const res = await call(anna, 'GET', `/api/cases/${caseId}/feedback`);
    expect(res.statusCode).toBe(200);
    const feedback = res.json() as TCaseFeedback;
    expect(feedback.allowedActions).toEqual(['configure']);
    const sandraTrend = feedback.persons.find((p) => p.personId === sandra);
    expect(sandraTrend?.answers).toMatchObject([
      { wellbeing: 4, helpfulness: 4, heard: 5, comment: 'Gut so.' },
    ]);
    const miaTrend = feedback.persons.find((p) => p.personId === mia);
    expect(miaTrend?.answers).toMatchObject([{ version: 'child', heard: 2 }]);
    for (const cookie of [ben, olga]) {
      expect((await call(cookie, 'GET', `/api/cases/${caseId}/feedback`)).statusCode).toBe(404);
    }
  });

  it('a sharp drop raises a hint on the case', async () => {
    await withTenant(t.db, o.office.tenantId, (tx) =>
      sql`INSERT INTO feedback_answers
            (tenant_id, id, case_id, person_id, family_account_id, version, wellbeing, helpfulness, heard, created_at)
          SELECT ${o.office.tenantId}, ${randomUUID()}, ${caseId}, ${jan}, id, 'standard', 5, 4, 4, now() - interval '30 days'
          FROM family_accounts WHERE person_id = ${jan}`.execute(tx),
    );
    expect((await checkIn(janCookie)).respondents[0]?.due).toBe(true);
    const hintsBefore = (await call(anna, 'GET', `/api/cases/${caseId}/hints`)).json() as THint[];
    expect(hintsBefore.map((h) => h.rule)).not.toContain('feedback_dropped');
    const res = await call(
      janCookie,
      'POST',
      '/api/family/feedback',
      answer(jan, { wellbeing: 2, helpfulness: 3 }),
    );
    expect(res.statusCode).toBe(201);
    const feedback = (await call(anna, 'GET', `/api/cases/${caseId}/feedback`)).json() as TCaseFeedback;
    expect(feedback.persons.find((p) => p.personId === jan)?.dropped).toEqual(['wellbeing']);
    const hints = (await call(anna, 'GET', `/api/cases/${caseId}/hints`)).json() as THint[];
    expect(hints.map((h) => h.rule)).toContain('feedback_dropped');
  });

  it('sets the interval per case, or switches the check-ins off', async () => {
    const two = await call(anna, 'PUT', `/api/cases/${caseId}/feedback/settings`, { intervalWeeks: 2 });
    expect(two.statusCode, two.body).toBe(200);
    expect((two.json() as TCaseFeedback).intervalWeeks).toBe(2);
    const me = (await checkIn(sandraCookie)).respondents.find((r) => r.self);
    expect(me?.nextOn).toBe(daysFromToday(14));
    expect(
      (await call(anna, 'PUT', `/api/cases/${caseId}/feedback/settings`, { intervalWeeks: 3 })).statusCode,
    ).toBe(400);
    expect(
      (await call(ben, 'PUT', `/api/cases/${caseId}/feedback/settings`, { intervalWeeks: 8 })).statusCode,
    ).toBe(404);
    const off = await call(anna, 'PUT', `/api/cases/${caseId}/feedback/settings`, { intervalWeeks: null });
    expect((off.json() as TCaseFeedback).intervalWeeks).toBeNull();
    const mia = (await checkIn(sandraCookie)).respondents.find((r) => !r.self);
    expect(mia).toMatchObject({ due: false, nextOn: null });
    const refused = await call(janCookie, 'POST', '/api/family/feedback', answer(jan));
    expect(refused.statusCode).toBe(409);
    await call(anna, 'PUT', `/api/cases/${caseId}/feedback/settings`, { intervalWeeks: 4 });
  });
});

describe('privacy of the answers', () => {
  it('feeds anonymous figures: month, help type, social area, kind of respondent — no person, no case', async () => {
    const month = officeToday().slice(0, 7);
    // Planning calls this with its scope; only the transaction is used.
    const figures = await withTenant(t.db, o.office.tenantId, (tx) =>
      feedbackFigures({ tx } as unknown as Scope, { fromMonth: month, toMonth: month }),
    );
    expect(figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          month,
          helpType: 'p31_spfh',
          respondent: 'parent',
          answers: 1,
          wellbeing: 4,
        }),
        expect.objectContaining({ month, helpType: 'p31_spfh', respondent: 'young_person', answers: 2 }),
      ]),
    );
    const columns = await withTenant(t.db, o.office.tenantId, async (tx) =>
      (
        await sql<{ column_name: string }>`SELECT column_name FROM information_schema.columns
          WHERE table_name = 'feedback_figures'`.execute(tx)
      ).rows.map((r) => r.column_name),
    );
    expect(columns.some((c) => /case|person|account|comment|created/.test(c))).toBe(false);
  });

  it('the family sees its own answers and the caseworker reading them in its access log', async () => {
    const log = (await call(sandraCookie, 'GET', '/api/family/access-log')).json() as TFamilyAccessLog;
    expect(log.items.some((i) => i.who === 'self' && i.what === 'changed')).toBe(true);
    expect(log.items.some((i) => i.who === 'staff' && i.what === 'viewed')).toBe(true);
  });
});

describe('safety first', () => {
  it('a free text with a danger signal answers with the emergency finding and puts a task for today on the case', async () => {
    const otherCase = await openCase(t.app, anna, o.nord, { childFirstName: 'Ella' });
    const detail = (await call(anna, 'GET', `/api/cases/${otherCase}`)).json() as {
      persons: { id: string; firstName: string }[];
    };
    const parent = detail.persons.find((p) => p.firstName === 'Sandra')?.id ?? '';
    const child = detail.persons.find((p) => p.firstName === 'Ella')?.id ?? '';
    const { cookie } = await activateFamilyAccount(t.app, anna, otherCase, parent);
    const calm = await call(
      cookie,
      'POST',
      '/api/family/feedback',
      answer(parent, { comment: 'Alles in Ordnung.' }),
    );
    expect(calm.json().safety).toEqual({ danger: false, uncertain: false, signals: [] });
    const res = await call(
      cookie,
      'POST',
      '/api/family/feedback',
      answer(child, { version: 'child', wellbeing: 1, comment: 'Ella sagt, sie will nicht mehr leben.' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const safety = res.json().safety;
    expect(safety.danger).toBe(true);
    expect(safety.signals).toContain('suicide');
    const tasks = (await call(anna, 'GET', `/api/cases/${otherCase}`)).json().tasks as {
      title: string;
      dueOn: string;
    }[];
    expect(tasks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: expect.stringMatching(/Ella.*Gefahr/), dueOn: officeToday() }),
      ]),
    );
    const trend = (await call(anna, 'GET', `/api/cases/${otherCase}/feedback`)).json() as TCaseFeedback;
    expect(trend.persons.find((p) => p.personId === child)?.answers[0]?.danger).toBe(true);
  });
});
