import type { Page } from '@playwright/test';
import { expect, login, serverURL, test } from '../support/fixtures.ts';
import {
  apiCall,
  comeBackWithCode,
  createIntakeRequest,
  familySignIn,
  openInboxRequest,
} from '../support/intake.ts';

/*
 * § 8 Abs. 3 SGB VIII: Mara (16) writes to the office without her parents. The case is opened from
 * her request, her code becomes her account, her mother is invited to the same case. The mother sees
 * the case's file but never Mara's conversation; Mara still has it.
 */
test('Die Mutter sieht die vertrauliche Beratung ihrer Tochter (16) nicht, die Tochter schon', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const run = Date.now();
  const concern = `Ich möchte ohne meine Eltern mit jemandem reden. (${run})`;
  const secret = `Nur für mich: Streit zu Hause ${run}`;
  const mara = await createIntakeRequest(request, {
    writerRole: 'young_person',
    concern,
    age: 16,
    postcode: '12101',
    name: 'Mara Test',
  });
  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({
      baseURL: serverURL(testInfo),
      locale: 'de-DE',
      viewport: { width: 360, height: 740 },
      isMobile: true,
    });
    const p = await context.newPage();
    await p.addInitScript(() => localStorage.setItem('lotse.family.language', 'de'));
    await p.goto('/');
    return p;
  };
  const teen = await newPage();
  await familySignIn(teen, mara.accessCode, mara.pin);
  await apiCall(teen, 'POST', '/api/family/conversation/messages', { body: secret });

  // Anna opens the case from the request, adds the mother, turns Mara's code into her account and invites the mother.
  await login(page, 'anna.asd');
  await openInboxRequest(page, concern);
  const requestId = page.url().split('/').at(-1) ?? '';
  expect((await page.request.post(`/api/inbox/${requestId}/claim`, { data: {} })).status()).toBe(200);
  const opened = await page.request.post(`/api/inbox/${requestId}/open-case`, { data: {} });
  expect(opened.status(), await opened.text()).toBe(201);
  const caseId = ((await opened.json()) as { id: string }).id;
  const added = await page.request.post(`/api/cases/${caseId}/persons`, {
    data: { role: 'parent', person: { firstName: 'Petra', lastName: 'Test', gender: 'female' } },
  });
  expect(added.status(), await added.text()).toBe(201);
  const accounts = (await (await page.request.get(`/api/cases/${caseId}/family-accounts`)).json()) as {
    candidates: { personId: string; role: string }[];
  };
  const child = accounts.candidates.find((c) => c.role === 'child');
  const parent = accounts.candidates.find((c) => c.role === 'parent');
  const upgraded = await page.request.post(`/api/cases/${caseId}/family-accounts/from-request`, {
    data: { personId: child?.personId },
  });
  expect(upgraded.status(), await upgraded.text()).toBe(201);
  const invited = await page.request.post(`/api/cases/${caseId}/family-accounts`, {
    data: { personId: parent?.personId },
  });
  expect(invited.status()).toBe(201);
  const invitePath = ((await invited.json()) as { invitePath: string }).invitePath;

  // The mother sets her PIN and looks everywhere she can: no trace of Mara's conversation.
  const mother = await newPage();
  await mother.goto(invitePath);
  await mother.getByLabel('Neue PIN').fill('480213');
  await mother.getByLabel('PIN noch einmal').fill('480213');
  await mother.getByRole('button', { name: 'PIN festlegen' }).click();
  await mother.getByRole('link', { name: 'Zur Akte' }).click();
  await expect(mother.getByRole('heading', { level: 1, name: 'Meine Akte' })).toBeVisible();
  await expect(mother.getByText('Mara')).not.toHaveCount(0);
  await expect(mother.getByText(secret)).toHaveCount(0);
  await mother.goto('/meine-anfrage');
  await expect(mother.getByText(secret)).toHaveCount(0);
  const conversation = await mother.evaluate(async () => (await fetch('/api/family/conversation')).status);
  expect(conversation).toBe(404);

  // Mara signs in again with her code and PIN: her file, and her conversation is still hers.
  await comeBackWithCode(teen, mara.accessCode, mara.pin);
  const own = await apiCall<{ messages: { body: string }[] }>(teen, 'GET', '/api/family/conversation');
  expect(own.messages.map((m) => m.body)).toContain(secret);
  await mother.context().close();
  await teen.context().close();
});
