import type { TFamilyInvitation } from '@lotse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { routeRequestsTo, submitIntakeRequest } from '../../test-support/intake.js';
import { buildOffice, type Office } from '../../test-support/office.js';

/*
 * § 8 Abs. 3 SGB VIII: a young person asked for advice without their parents. When the case is
 * opened, the young person's code becomes their account and keeps the conversation; a parent
 * invited to the same case never sees that conversation, nor the request it came from.
 */
const COOKIE = '__Host-lotse-family';
let t: TestApp;
let o: Office;
let anna: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  await routeRequestsTo(t, o, o.nord, o.nordArea);
  anna = await loginCookie(t.app, o.anna.username);
});
afterAll(() => t.close());

const as = (cookie: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

describe("a young person's confidential conversation", () => {
  it('stays with the young person when their code becomes an account; the invited parent never sees it', async () => {
    const teen = await submitIntakeRequest(t, {
      writerRole: 'young_person',
      concern: 'Ich möchte ohne meine Eltern reden.',
      age: 16,
      name: 'Jan',
    });
    await as(teen.cookie, 'POST', '/api/family/conversation/messages', { body: 'NUR-FUER-MICH' });
    const item = (await as(anna, 'GET', '/api/inbox'))
      .json()
      .find((i: { age: number | null }) => i.age === 16);
    await as(anna, 'POST', `/api/inbox/${item.id}/claim`, {});
    const opened = await as(anna, 'POST', `/api/inbox/${item.id}/open-case`, {});
    expect(opened.statusCode, opened.body).toBe(201);
    const caseId = opened.json().id as string;
    const added = await as(anna, 'POST', `/api/cases/${caseId}/persons`, {
      role: 'parent',
      person: { firstName: 'Petra', lastName: 'Muster', gender: 'female' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const list = (await as(anna, 'GET', `/api/cases/${caseId}/family-accounts`)).json() as {
      candidates: { personId: string; role: string; hasRequestCode: boolean; notPossible: string | null }[];
    };
    const child = list.candidates.find((c) => c.role === 'child');
    const parent = list.candidates.find((c) => c.role === 'parent');
    expect(child?.notPossible).toBeNull();
    expect(child?.hasRequestCode).toBe(true);

    const account = await as(anna, 'POST', `/api/cases/${caseId}/family-accounts/from-request`, {
      personId: child?.personId,
    });
    expect(account.statusCode, account.body).toBe(201);
    // The young person signs in with the code and PIN they already have: now an account with the conversation.
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/family/login',
      payload: { code: teen.accessCode, pin: teen.pin },
    });
    expect(login.json()).toEqual({ ok: true, kind: 'account' });
    const teenCookie = `${COOKIE}=${login.cookies.find((c) => c.name === COOKIE)?.value}`;
    expect((await as(teenCookie, 'GET', '/api/family/conversation')).body).toContain('NUR-FUER-MICH');
    expect((await as(teenCookie, 'GET', '/api/family/file')).statusCode).toBe(200);

    const invited = await as(anna, 'POST', `/api/cases/${caseId}/family-accounts`, {
      personId: parent?.personId,
    });
    const token = (invited.json() as TFamilyInvitation).invitePath.split('#')[1];
    const redeemed = await t.app.inject({
      method: 'POST',
      url: '/api/family/invitation',
      payload: { token, pin: '258147' },
    });
    const parentCookie = `${COOKIE}=${redeemed.cookies.find((c) => c.name === COOKIE)?.value}`;
    expect((await as(parentCookie, 'GET', '/api/family/conversation')).statusCode).toBe(404);
    expect((await as(parentCookie, 'GET', '/api/family/request')).statusCode).toBe(404);
    const file = await as(parentCookie, 'GET', '/api/family/file');
    expect(file.statusCode).toBe(200);
    expect(file.body).not.toContain('NUR-FUER-MICH');
    expect(file.body).not.toContain('ohne meine Eltern');
  });
});
