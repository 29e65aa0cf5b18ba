import type { APIRequestContext, Browser, BrowserContextOptions, Page, TestInfo } from '@playwright/test';
import { solveChallenge } from 'altcha-lib/v1';
import { expect, login, serverURL } from './fixtures.ts';

export interface IntakeInput {
  writerRole: 'child' | 'young_person' | 'parent' | 'professional' | 'other';
  concern: string;
  topic?: string;
  age?: number;
  postcode?: string;
  name?: string;
  email?: string;
  anonymous?: boolean;
  safetyAnswer?: 'yes' | 'no' | 'unsure' | 'unanswered';
}

interface Challenge {
  challenge: string;
  salt: string;
  algorithm: string;
  maxnumber: number;
  signature: string;
}

/** Solves the server's proof-of-work challenge (ALTCHA format) as the family app does. */
async function solvedPow(challenge: Challenge) {
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise;
  return {
    algorithm: challenge.algorithm,
    challenge: challenge.challenge,
    salt: challenge.salt,
    signature: challenge.signature,
    number: solution?.number,
  };
}

/** Sends a request through the family app's public API (proof of work included); returns code and PIN. */
export async function createIntakeRequest(
  request: APIRequestContext,
  input: IntakeInput,
): Promise<{ accessCode: string; pin: string; urgent: boolean }> {
  const pow = await solvedPow(await (await request.get('/api/intake/challenge')).json());
  const created = await request.post('/api/intake/requests', {
    data: {
      language: 'de',
      anonymous: false,
      ...input,
      transcript: [
        { from: 'assistant', text: 'Worum geht es?' },
        { from: 'family', text: input.concern },
      ],
      consent: true,
      pow,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return created.json();
}

/** Calls the API from inside a page, so the browser's own (Secure, HttpOnly) cookies are used. */
export async function apiCall<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  const res = await page.evaluate(
    async ({ method, url, body }) => {
      const r = await fetch(url, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: r.status, text: await r.text() };
    },
    { method, url, body },
  );
  if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${res.text}`);
  return JSON.parse(res.text) as T;
}

/**
 * Signs a family in from inside the page with a solved proof of work: after a few failed tries from
 * an address (all tests share 127.0.0.1) the server asks for one, as the family app then provides.
 */
export async function familySignIn(page: Page, code: string, pin: string): Promise<void> {
  const pow = await solvedPow(await apiCall<Challenge>(page, 'GET', '/api/intake/challenge'));
  await apiCall(page, 'POST', '/api/family/login', { code, pin, pow });
}

/**
 * A family signed in with code and PIN in its own browser context (for talking to the office);
 * `options` set more of the context, say the phone's time zone (`timezoneId`).
 */
export async function familySession(
  browser: Browser,
  testInfo: TestInfo,
  code: string,
  pin: string,
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext({
    baseURL: serverURL(testInfo),
    locale: 'de-DE',
    ...options,
  });
  const page = await context.newPage();
  await page.goto('/');
  await familySignIn(page, code, pin);
  return { page, close: () => context.close() };
}

/**
 * Opens Posteingang from the navigation and then the request whose concern is `concern`. The list
 * shows no content (it is decrypted only on the detail page) and other tests add requests while this
 * one runs, so the request is found through the API (newest first) and then opened from the list.
 */
export async function openInboxRequest(page: Page, concern: string, opts: { includeDone?: boolean } = {}) {
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: /Posteingang/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Posteingang' })).toBeVisible();
  if (opts.includeDone) {
    // The filter lives in the URL; the box shows its new state once the navigation has happened.
    const done = page.getByLabel('Erledigte anzeigen');
    await done.click();
    await expect(done).toBeChecked();
  }
  // The old list stays on screen (marked busy) while the filtered one loads.
  await expect(page.getByText(/wird geladen/)).toHaveCount(0);
  await expect(page.getByRole('main').locator('[aria-busy="true"]')).toHaveCount(0);
  const items = await apiCall<{ id: string; createdAt: string }[]>(
    page,
    'GET',
    `/api/inbox${opts.includeDone ? '?includeDone=true' : ''}`,
  );
  const newestFirst = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const item of newestFirst) {
    const detail = await apiCall<{ summary?: { concern?: string } }>(page, 'GET', `/api/inbox/${item.id}`);
    if (!detail.summary?.concern?.includes(concern)) continue;
    await page
      .getByRole('main')
      .locator(`a[href="/fachkraft/posteingang/${item.id}"]:visible`)
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 2, name: 'Zusammenfassung' })).toBeVisible();
    await expect(page.locator('.request-concern')).toContainText(concern);
    return;
  }
  throw new Error(`Anfrage „${concern}“ nicht im Posteingang`);
}

/**
 * The caseworker's side in the cockpit, in the project's viewport: Posteingang → the family's request
 * (team ASD Nord) → open a case (persons from the request) → answer in the messenger.
 */
export async function caseworkerOpensCaseAndAnswers(
  browser: Browser,
  testInfo: TestInfo,
  input: { concern: string; familyName: string; answer: string },
) {
  const use = testInfo.project.use;
  const context = await browser.newContext({
    baseURL: serverURL(testInfo),
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: use.viewport ?? null,
    isMobile: use.isMobile ?? false,
    hasTouch: use.hasTouch ?? false,
  });
  const staff = await context.newPage();
  await login(staff, 'anna.asd');
  await openInboxRequest(staff, input.concern);
  const main = staff.getByRole('main');
  await expect(main).toContainText('ASD Nord');
  await expect(main).toContainText(input.familyName);

  await main.getByRole('button', { name: 'Fall anlegen' }).click();
  await staff
    .getByRole('dialog', { name: 'Fall anlegen' })
    .getByRole('button', { name: 'Fall anlegen' })
    .click();
  await expect(staff).toHaveURL(/\/fachkraft\/faelle\/[0-9a-f-]{36}$/);
  await expect(staff.getByRole('tabpanel')).toContainText(input.familyName);

  // The request is done now (a case exists), so it is found among the finished ones.
  await openInboxRequest(staff, input.concern, { includeDone: true });
  await expect(main.getByRole('link', { name: 'Zum Fall' })).toBeVisible();
  await main.getByLabel('Antwort an die Familie').fill(input.answer);
  await main.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(main.getByRole('log', { name: 'Nachrichtenverlauf' })).toContainText(input.answer);
  await context.close();
}

/** Signs in on /zurueck with code and PIN through the form, as a family with an account does. */
export async function comeBackWithCode(page: Page, code: string, pin: string): Promise<void> {
  await page.goto('/zurueck');
  await page.getByLabel('Code').fill(code);
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Nachsehen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Akte' })).toBeVisible();
}
