import { randomUUID } from 'node:crypto';
import type { TFamilyAccessLog, TFamilyAccountList, TFamilyFile, TFamilyInvitation } from '@lotse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { activateFamilyAccount, FAMILY_COOKIE } from '../../test-support/family-account.js';
import { buildOffice, type Office, openFamilyCase } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
let anna: string;
let ben: string;
let olga: string;
let caseId: string;
let mia: string;
let sandra: string;
let jan: string;

async function staff(
  cookie: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: Record<string, unknown>,
) {
  return t.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload }) });
}

async function entry(title: string, entrusted = false): Promise<string> {
  const res = await staff(anna, 'POST', `/api/cases/${caseId}/entries`, {
    kind: 'note',
    title,
    body: `${title} – Text`,
    entrusted,
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

/** Invites a person and sets the PIN through the invitation; returns the family cookie and the code. */
const activate = (personId: string, pin = '258147') =>
  activateFamilyAccount(t.app, anna, caseId, personId, pin);

const fileOf = async (cookie: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/family/file', headers: { cookie } })).json() as TFamilyFile;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  anna = await loginCookie(t.app, o.anna.username);
  ben = await loginCookie(t.app, o.ben.username);
  olga = await loginCookie(t.app, o.olga.username);
  ({ caseId, mia, sandra, jan } = await openFamilyCase(t.app, anna, o.nord));
});
afterAll(() => t.close());

describe('family accounts', () => {
  it('lists who may be invited, and why a child under 14 may not', async () => {
    const res = await staff(anna, 'GET', `/api/cases/${caseId}/family-accounts`);
    expect(res.statusCode).toBe(200);
    const list = res.json() as TFamilyAccountList;
    const reason = (id: string) => list.candidates.find((c) => c.personId === id)?.notPossible;
    expect(reason(mia)).toMatch(/ab 14 Jahren/);
    expect(reason(sandra)).toBeNull();
    expect(reason(jan)).toBeNull();
    const refused = await staff(anna, 'POST', `/api/cases/${caseId}/family-accounts`, { personId: mia });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(/ab 14 Jahren/);
  });

  it('hides the case from other teams and offices (404)', async () => {
    for (const cookie of [ben, olga]) {
      expect((await staff(cookie, 'GET', `/api/cases/${caseId}/family-accounts`)).statusCode).toBe(404);
      expect(
        (await staff(cookie, 'POST', `/api/cases/${caseId}/family-accounts`, { personId: sandra }))
          .statusCode,
      ).toBe(404);
    }
  });

  it('invites once; the link sets a PIN (not a trivial one), then code and PIN sign in', async () => {
    const invited = await staff(anna, 'POST', `/api/cases/${caseId}/family-accounts`, { personId: sandra });
    expect(invited.statusCode).toBe(201);
    const invitation = invited.json() as TFamilyInvitation;
    expect(invitation.account.status).toBe('invited');
    const again = await staff(anna, 'POST', `/api/cases/${caseId}/family-accounts`, { personId: sandra });
    expect(again.statusCode).toBe(409);

    const token = invitation.invitePath.split('#')[1] ?? '';
    const check = await t.app.inject({
      method: 'POST',
      url: '/api/family/invitation/check',
      payload: { token },
    });
    expect(check.json()).toEqual({ firstName: 'Sandra', role: 'parent' });
    const trivial = await t.app.inject({
      method: 'POST',
      url: '/api/family/invitation',
      payload: { token, pin: '123456' },
    });
    expect(trivial.statusCode).toBe(400);
    const redeemed = await t.app.inject({
      method: 'POST',
      url: '/api/family/invitation',
      payload: { token, pin: '258147' },
    });
    expect(redeemed.statusCode).toBe(200);
    expect(redeemed.json().code).toBe(invitation.account.code);
    const reused = await t.app.inject({
      method: 'POST',
      url: '/api/family/invitation',
      payload: { token, pin: '369258' },
    });
    expect(reused.statusCode).toBe(404);

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/family/login',
      payload: { code: invitation.account.code, pin: '258147' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toEqual({ ok: true, kind: 'account' });
    const cookie = `${FAMILY_COOKIE}=${login.cookies.find((c) => c.name === FAMILY_COOKIE)?.value}`;
    const file = await fileOf(cookie);
    expect(file.me.firstName).toBe('Sandra');
    expect(file.persons.map((p) => p.firstName).sort()).toEqual(['Jan', 'Mia', 'Sandra']);
    // A request's view is not there for an account without a request.
    const request = await t.app.inject({ method: 'GET', url: '/api/family/request', headers: { cookie } });
    expect(request.statusCode).toBe(404);
  });
});

describe('the family file', () => {
  let sandraCookie: string;
  let janCookie: string;
  let forAll: string;
  let forJan: string;
  let entrusted: string;
  let unreleased: string;

  beforeAll(async () => {
    const list = (
      await staff(anna, 'GET', `/api/cases/${caseId}/family-accounts`)
    ).json() as TFamilyAccountList;
    const sandraAccount = list.accounts.find((a) => a.personId === sandra);
    expect(sandraAccount?.status).toBe('active');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/family/login',
      payload: { code: sandraAccount?.code, pin: '258147' },
    });
    sandraCookie = `${FAMILY_COOKIE}=${login.cookies.find((c) => c.name === FAMILY_COOKIE)?.value}`;
    janCookie = (await activate(jan, '975318')).cookie;
    forAll = await entry('Für die ganze Familie');
    forJan = await entry('Nur für Jan');
    entrusted = await entry('Im Vertrauen', true);
    unreleased = await entry('Intern');
  });

  it('shows only released entries, to whom they were released, never entrusted ones', async () => {
    expect(
      (await staff(anna, 'PUT', `/api/cases/${caseId}/releases/entry/${forAll}`, { personIds: null }))
        .statusCode,
    ).toBe(200);
    expect(
      (await staff(anna, 'PUT', `/api/cases/${caseId}/releases/entry/${forJan}`, { personIds: [jan] }))
        .statusCode,
    ).toBe(200);
    const refused = await staff(anna, 'PUT', `/api/cases/${caseId}/releases/entry/${entrusted}`, {
      personIds: null,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toMatch(/§ 65/);
    const thirdParty = await staff(anna, 'PUT', `/api/cases/${caseId}/releases/entry/${unreleased}`, {
      personIds: [o.anna.id],
    });
    expect(thirdParty.statusCode).toBe(400);

    const titles = async (cookie: string) => (await fileOf(cookie)).entries.map((e) => e.title).sort();
    expect(await titles(sandraCookie)).toEqual(['Für die ganze Familie']);
    expect(await titles(janCookie)).toEqual(['Für die ganze Familie', 'Nur für Jan']);

    const preview = (
      await staff(anna, 'GET', `/api/cases/${caseId}/family-preview/${jan}`)
    ).json() as TFamilyFile;
    expect(preview.entries.map((e) => e.title).sort()).toEqual(['Für die ganze Familie', 'Nur für Jan']);

    expect((await staff(anna, 'DELETE', `/api/cases/${caseId}/releases/entry/${forJan}`)).statusCode).toBe(
      200,
    );
    expect(await titles(janCookie)).toEqual(['Für die ganze Familie']);
  });

  it('releases documents for download to whom they were released', async () => {
    const boundary = 'lotse-test-boundary';
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/documents`,
      headers: { cookie: anna, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="plan.txt"\r\nContent-Type: text/plain\r\n\r\nUnser Plan\r\n--${boundary}--\r\n`,
    });
    expect(upload.statusCode).toBe(201);
    const documentId = upload.json().id as string;
    const download = (cookie: string) =>
      t.app.inject({ method: 'GET', url: `/api/family/file/documents/${documentId}`, headers: { cookie } });
    expect((await download(sandraCookie)).statusCode).toBe(404);
    await staff(anna, 'PUT', `/api/cases/${caseId}/releases/document/${documentId}`, { personIds: [sandra] });
    const ok = await download(sandraCookie);
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('Unser Plan');
    expect((await download(janCookie)).statusCode).toBe(404);
    expect((await fileOf(sandraCookie)).documents.map((d) => d.filename)).toEqual(['plan.txt']);
  });

  it('tells the person who read their data, by role and team, never by name', async () => {
    await staff(anna, 'GET', `/api/cases/${caseId}`);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/family/access-log',
      headers: { cookie: sandraCookie },
    });
    expect(res.statusCode).toBe(200);
    const log = res.json() as TFamilyAccessLog;
    expect(log.items).toContainEqual(
      expect.objectContaining({ who: 'staff', unit: 'ASD Nord', what: 'viewed' }),
    );
    expect(log.items).toContainEqual(expect.objectContaining({ who: 'self', unit: null, what: 'viewed' }));
    expect(log.items).toContainEqual(expect.objectContaining({ who: 'family', what: 'viewed' }));
    expect(JSON.stringify(log)).not.toContain(o.anna.username);
    // The read of the log itself shows up next time.
    const next = (
      await t.app.inject({ method: 'GET', url: '/api/family/access-log', headers: { cookie: sandraCookie } })
    ).json() as TFamilyAccessLog;
    expect(next.items.length).toBeGreaterThan(log.items.length - 1);
  });

  it('ends access: the session and the code stop working at once', async () => {
    const list = (
      await staff(anna, 'GET', `/api/cases/${caseId}/family-accounts`)
    ).json() as TFamilyAccountList;
    const account = list.accounts.find((a) => a.personId === jan);
    expect(account?.allowedActions).toEqual(['end']);
    const ended = await staff(anna, 'POST', `/api/cases/${caseId}/family-accounts/${account?.id}/end`);
    expect(ended.statusCode).toBe(200);
    expect(ended.json().status).toBe('ended');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/family/file', headers: { cookie: janCookie } }))
        .statusCode,
    ).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/family/login',
      payload: { code: account?.code, pin: '975318' },
    });
    expect(login.statusCode).toBe(401);
    const twice = await staff(anna, 'POST', `/api/cases/${caseId}/family-accounts/${account?.id}/end`);
    expect(twice.statusCode).toBe(409);
  });
});

describe('the family answers its help plan', () => {
  it('agrees with a comment to the version it sees; staff see who said what and when', async () => {
    const list = (
      await staff(anna, 'GET', `/api/cases/${caseId}/family-accounts`)
    ).json() as TFamilyAccountList;
    const code = list.accounts.find((a) => a.personId === sandra && a.status === 'active')?.code;
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/family/login',
      payload: { code, pin: '258147' },
    });
    const cookie = `${FAMILY_COOKIE}=${login.cookies.find((c) => c.name === FAMILY_COOKIE)?.value}`;

    const created = await staff(anna, 'POST', `/api/cases/${caseId}/help-plans`, {
      help: { type: 'p31_spfh', startsOn: '2026-11-01' },
      goals: [{ id: randomUUID(), title: 'Feste Abläufe', familySummary: 'Wir haben feste Zeiten.' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const planId = created.json().id as string;
    // A draft is not shown: nothing to answer yet.
    expect((await fileOf(cookie)).helpPlan).toBeNull();
    expect((await staff(anna, 'POST', `/api/help-plans/${planId}/finalize`)).statusCode).toBe(200);
    const plan = (await fileOf(cookie)).helpPlan;
    expect(plan?.goals).toEqual([{ text: 'Wir haben feste Zeiten.', progress: null }]);
    expect(plan?.myResponse).toBeNull();

    const answer = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/family/file/help-plan-response',
        headers: { cookie },
        payload,
      });
    expect((await answer({ planId, version: 2, agreed: true })).statusCode).toBe(409);
    const ok = await answer({ planId, version: 1, agreed: true, comment: 'Passt so – danke!' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((ok.json() as TFamilyFile).helpPlan?.myResponse).toMatchObject({
      agreed: true,
      comment: 'Passt so – danke!',
    });

    const responses = await staff(anna, 'GET', `/api/help-plans/${planId}/family-responses`);
    expect(responses.json()).toEqual([
      expect.objectContaining({
        personName: 'Sandra Muster',
        version: 1,
        agreed: true,
        comment: 'Passt so – danke!',
      }),
    ]);
    expect((await staff(ben, 'GET', `/api/help-plans/${planId}/family-responses`)).statusCode).toBe(404);
  });
});
