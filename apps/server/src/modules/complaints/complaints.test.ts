import type { TComplaintDetail, TComplaintSummary, TFamilyComplaints, TSharedComplaint } from '@lotse/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/connection.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { activateFamilyAccount } from '../../test-support/family-account.js';
import { routeRequestsTo, submitIntakeRequest } from '../../test-support/intake.js';
import { buildOffice, type Office, openFamilyCase } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
let anna: string;
let ben: string;
let olga: string;
let greta: string;
let annaAsHandler: string;
let admin: string;
let caseId: string;
let jan: string;
let janCookie: string;
let sandraCookie: string;

const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const complaintCount = () =>
  withTenant(t.db, o.office.tenantId, async (tx) =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM complaints`.execute(tx)).rows[0]?.n),
  );

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  const gretaUser = await o.office.user({ roles: ['complaints_office'] });
  // A caseworker who also sits in the complaint office: never sees complaints about herself.
  const annaHandler = await o.office.user({ roles: ['caseworker', 'complaints_office'], teams: [o.nord] });
  const adminUser = await o.office.user({ roles: ['admin'] });
  anna = await loginCookie(t.app, o.anna.username);
  ben = await loginCookie(t.app, o.ben.username);
  olga = await loginCookie(t.app, o.olga.username);
  greta = await loginCookie(t.app, gretaUser.username);
  annaAsHandler = await loginCookie(t.app, annaHandler.username);
  admin = await loginCookie(t.app, adminUser.username);
  // The case is annaHandler's own: a complaint about it concerns her.
  let sandra: string;
  ({ caseId, jan, sandra } = await openFamilyCase(t.app, annaAsHandler, o.nord));
  janCookie = (await activateFamilyAccount(t.app, annaAsHandler, caseId, jan, '975318')).cookie;
  sandraCookie = (await activateFamilyAccount(t.app, annaAsHandler, caseId, sandra)).cookie;
});
afterAll(() => t.close());

describe('a young person complains alone', () => {
  let id: string;

  it('files a complaint with a deadline and sees its status', async () => {
    const res = await call(janCookie, 'POST', '/api/family/complaints', {
      topic: 'contact',
      text: 'Meine Fachkraft ruft nie zurück, wenn ich anrufe.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const mine = (res.json() as TFamilyComplaints).complaints;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: 'received', answer: null, topic: 'contact' });
    const received = new Date(mine[0]?.receivedAt ?? '');
    const due = new Date(`${mine[0]?.dueOn}T12:00:00Z`);
    expect(Math.round((due.getTime() - received.getTime()) / 86_400_000)).toBeGreaterThanOrEqual(27);
    id = mine[0]?.id ?? '';
  });

  it('is not the parents’ business: the mother does not see it', async () => {
    const mother = (await call(sandraCookie, 'GET', '/api/family/complaints')).json() as TFamilyComplaints;
    expect(mother.complaints).toEqual([]);
  });

  it('goes to the complaint office, never to the caseworker concerned or other staff', async () => {
    const list = await call(greta, 'GET', '/api/complaints');
    expect(list.statusCode).toBe(200);
    const rows = list.json() as TComplaintSummary[];
    expect(rows.map((r) => r.id)).toContain(id);
    expect(rows.find((r) => r.id === id)).toMatchObject({
      reference: expect.stringMatching(/^B-\d{4}-0001$/),
      from: 'Junger Mensch (16 Jahre)',
      team: 'ASD Nord',
      status: 'received',
    });
    // The caseworker concerned (also in the complaint office) does not see it at all.
    const concerned = (await call(annaAsHandler, 'GET', '/api/complaints')).json() as TComplaintSummary[];
    expect(concerned.map((r) => r.id)).not.toContain(id);
    expect((await call(annaAsHandler, 'GET', `/api/complaints/${id}`)).statusCode).toBe(404);
    expect((await call(annaAsHandler, 'POST', `/api/complaints/${id}/take`)).statusCode).toBe(404);
    for (const cookie of [anna, ben]) {
      const refused = await call(cookie, 'GET', '/api/complaints');
      expect(refused.statusCode).toBe(403);
      expect(refused.json().message).toMatch(/Beschwerdestelle/);
      expect((await call(cookie, 'GET', `/api/complaints/${id}`)).statusCode).toBe(404);
    }
    expect((await call(olga, 'GET', `/api/complaints/${id}`)).statusCode).toBe(404);
    // Not shared: nothing on the case for its staff.
    expect((await call(annaAsHandler, 'GET', `/api/cases/${caseId}/complaints`)).json()).toEqual([]);
  });

  it('the complaint office takes it, answers, and the young person reads the answer', async () => {
    const read = (await call(greta, 'GET', `/api/complaints/${id}`)).json() as TComplaintDetail;
    expect(read.text).toBe('Meine Fachkraft ruft nie zurück, wenn ich anrufe.');
    expect(read.allowedActions).toEqual(['take', 'answer', 'share']);
    const taken = (await call(greta, 'POST', `/api/complaints/${id}/take`)).json() as TComplaintDetail;
    expect(taken.status).toBe('in_progress');
    expect(taken.allowedActions).toEqual(['answer', 'share']);
    expect(
      ((await call(janCookie, 'GET', '/api/family/complaints')).json() as TFamilyComplaints).complaints[0]
        ?.status,
    ).toBe('in_progress');
    const tooShort = await call(greta, 'POST', `/api/complaints/${id}/answer`, { answer: 'Ok.' });
    expect(tooShort.statusCode).toBe(400);
    const answered = await call(greta, 'POST', `/api/complaints/${id}/answer`, {
      answer:
        'Danke für deine Nachricht. Deine Fachkraft ruft dich ab jetzt innerhalb von zwei Tagen zurück.',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((answered.json() as TComplaintDetail).status).toBe('answered');
    const again = await call(greta, 'POST', `/api/complaints/${id}/answer`, {
      answer: 'Noch einmal geantwortet.',
    });
    expect(again.statusCode).toBe(409);
    const mine = ((await call(janCookie, 'GET', '/api/family/complaints')).json() as TFamilyComplaints)
      .complaints[0];
    expect(mine).toMatchObject({
      status: 'answered',
      answer: expect.stringMatching(/innerhalb von zwei Tagen/),
    });
  });

  it('shared, it shows on the case for its staff — with the answer', async () => {
    const shared = await call(greta, 'POST', `/api/complaints/${id}/share`);
    expect(shared.statusCode).toBe(200);
    expect((await call(greta, 'POST', `/api/complaints/${id}/share`)).statusCode).toBe(409);
    const onCase = (
      await call(annaAsHandler, 'GET', `/api/cases/${caseId}/complaints`)
    ).json() as TSharedComplaint[];
    expect(onCase).toHaveLength(1);
    expect(onCase[0]?.answer).toMatch(/zwei Tagen/);
    expect((await call(ben, 'GET', `/api/cases/${caseId}/complaints`)).statusCode).toBe(404);
  });
});

describe('bad input and other callers', () => {
  it('refuses a complaint without topic or text, too long, or from staff, writing nothing', async () => {
    const before = await complaintCount();
    for (const bad of [
      {},
      { topic: 'contact' },
      { topic: 'contact', text: 'kurz' },
      { topic: 'weather', text: 'Das Wetter ist schlecht und keiner hilft.' },
      { topic: 'contact', text: 'x'.repeat(5001) },
      { topic: 'contact', text: 42 },
    ]) {
      const res = await call(sandraCookie, 'POST', '/api/family/complaints', bad);
      expect(res.statusCode, JSON.stringify(bad).slice(0, 80)).toBe(400);
      expect(res.json().message).toBeTruthy();
    }
    expect(
      (await call(anna, 'POST', '/api/family/complaints', { topic: 'other', text: 'Staff cannot do this.' }))
        .statusCode,
    ).toBe(401);
    expect(await complaintCount()).toBe(before);
    expect((await call(greta, 'GET', '/api/complaints/not-an-id')).statusCode).toBe(400);
  });

  it('a family with only a request code can complain, too', async () => {
    await routeRequestsTo(t, o, o.nord);
    const family = await submitIntakeRequest(t);
    const res = await call(family.cookie, 'POST', '/api/family/complaints', {
      topic: 'other',
      text: 'Seit zwei Wochen hat sich niemand gemeldet.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const rows = (await call(greta, 'GET', '/api/complaints?status=received')).json() as TComplaintSummary[];
    expect(rows.some((r) => r.from === 'Familie (Code einer Anfrage)')).toBe(true);
  });
});

describe('the ombuds office', () => {
  const office = {
    name: 'Ombudsstelle Kinder- und Jugendhilfe Musterland',
    phone: '0421 555-9090',
    email: 'kontakt@ombudsstelle.example',
    website: 'https://ombudsstelle.example',
    address: 'Lindenstraße 4, 28195 Musterstadt',
    hours: 'Mo–Do 9–16 Uhr',
  };

  it('the admin sets it; others may not; families see it next to their complaints', async () => {
    expect((await call(anna, 'PUT', '/api/admin/ombuds-office', office)).statusCode).toBe(403);
    const bad = await call(admin, 'PUT', '/api/admin/ombuds-office', {
      ...office,
      website: 'http://unsicher.example',
    });
    expect(bad.statusCode).toBe(400);
    const saved = await call(admin, 'PUT', '/api/admin/ombuds-office', office);
    expect(saved.statusCode, saved.body).toBe(200);
    const seen = (await call(janCookie, 'GET', '/api/family/complaints')).json() as TFamilyComplaints;
    expect(seen.ombudsOffice).toEqual(office);
    const changed = await call(admin, 'PUT', '/api/admin/ombuds-office', { ...office, phone: null });
    expect((changed.json() as typeof office).phone).toBeNull();
  });
});
