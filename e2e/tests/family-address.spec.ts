import type { Locator, Page } from '@playwright/test';
import { checkPage, expect, serverURL, test } from '../support/fixtures.ts';

/*
 * The family app addresses parents and other adults with "Sie", children and young people with
 * "du": the assistant knows who writes from its first question, keeps the form on the device and
 * uses it on "Meine Anfrage" after coming back with code and PIN. Before anyone has said who writes,
 * the texts address nobody in particular. The assistant greets once.
 */

const LANGUAGE_KEY = 'lotse.family.language';
const ADDRESS_KEY = 'lotse.family.address';
/** Informal German address (du and its forms, and the imperatives the texts use). */
const DU = /\b(du|dich|dir|dein|deine|deinen|deiner|deinem|euch|euer|eure|schreib|gib|wähl|schau|ruf)\b/i;
const SIE = /\b(Sie|Ihre?|Ihnen|Ihren)\b/;

async function germanOnThisDevice(page: Page) {
  await page.addInitScript(([key]) => localStorage.setItem(key, 'de'), [LANGUAGE_KEY] as const);
}

function chatInput(page: Page): Locator {
  return page.locator('.fam-chat-input');
}

/** The assistant's newest message. */
function lastAssistantMessage(page: Page): Locator {
  return page.getByRole('log').locator('.fam-msg-assistant').last();
}

/** Start page → assistant: one greeting (the flow's first question), a plain lead, no du or Sie yet. */
async function openAssistant(page: Page) {
  await page.goto('/');
  const main = page.getByRole('main');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Hilfe für Kinder, Jugendliche und Eltern' }),
  ).toBeVisible();
  await expect(main).toContainText('Kinder, Jugendliche und Eltern können uns schreiben');
  await page.getByRole('link', { name: /Ich brauche Hilfe/ }).click();
  await expect(page).toHaveURL(/\/anliegen$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dem Jugendamt schreiben' })).toBeVisible();
  const lead = page.locator('.fam-lead');
  await expect(lead).toContainText('Computerprogramm');
  expect(await lead.textContent()).not.toMatch(DU);
  expect(await lead.textContent()).not.toMatch(SIE);
  const log = page.getByRole('log');
  await expect(log.locator('.fam-msg-assistant')).toHaveCount(1);
  // One greeting on the whole page: the flow's first question says hello, nothing else does.
  const greetings = ((await main.textContent()) ?? '').match(/\b(Hallo|Guten Tag|Willkommen)\b/g) ?? [];
  expect(greetings).toHaveLength(1);
  return log;
}

test('Elternteil: der Assistent sagt Sie, auch in der Zusammenfassung', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const phone = testInfo.project.name === 'phone';
  if (phone) await page.setViewportSize({ width: 360, height: 740 });
  await germanOnThisDevice(page);
  const log = await openAssistant(page);

  await chatInput(page)
    .getByRole('button', { name: /Mutter, Vater/ })
    .click();
  expect(await page.evaluate((key) => localStorage.getItem(key), ADDRESS_KEY)).toBe('formal');
  const question = lastAssistantMessage(page);
  await expect(question).toContainText('Erzählen Sie in ein paar Sätzen, worum es geht.');
  await expect(chatInput(page)).toContainText('Schreiben Sie so, wie Sie sprechen.');
  await expect(chatInput(page).getByLabel('Ihre Antwort')).toBeVisible();
  expect(await question.textContent()).not.toMatch(DU);
  expect(await chatInput(page).textContent()).not.toMatch(DU);
  if (phone) await checkPage(page, testInfo, 'anrede-sie-assistent');

  await chatInput(page).getByRole('textbox').fill('Meine Tochter ist 14 und geht nicht mehr zur Schule.');
  await chatInput(page).getByRole('button', { name: 'Senden' }).click();
  const confirm = chatInput(page).getByRole('button', { name: 'Ja, das stimmt' });
  const school = chatInput(page).getByRole('button', { name: 'Schule und Ausbildung' });
  await expect(confirm.or(school)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  else await school.click();
  await chatInput(page).getByLabel('Alter in Jahren').fill('14');
  await chatInput(page).getByRole('button', { name: 'Senden' }).click();
  await chatInput(page).getByRole('button', { name: 'Überspringen' }).click();
  await expect(lastAssistantMessage(page)).toContainText('Wie können wir Sie erreichen?');
  await expect(chatInput(page).getByRole('button', { name: 'Sie dürfen mich kontaktieren' })).toBeVisible();
  await chatInput(page).getByRole('button', { name: 'Ich bleibe lieber anonym' }).click();

  const summary = chatInput(page);
  await expect(summary.getByRole('heading', { name: 'Ihre Anfrage' })).toBeVisible();
  await expect(summary).toContainText('Ihr Anliegen');
  await summary.getByRole('button', { name: 'Anfrage senden' }).click();
  await expect(summary).toContainText('Bitte setzen Sie das Häkchen.');
  // Everything the assistant said after the first question, and the summary, without du.
  const after = (await log.locator('.fam-msg-assistant').allTextContents()).slice(1).join(' ');
  expect(after).not.toMatch(DU);
  expect((await summary.textContent()) ?? '').not.toMatch(DU);
  await checkPage(page, testInfo, 'anrede-sie-zusammenfassung');

  // The information pages say Sie too.
  await page.goto('/info/rights');
  await expect(page.getByRole('heading', { level: 1, name: 'Ihre Rechte' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Sie dürfen wählen, von wem Sie die Hilfe bekommen');
  expect((await page.getByRole('main').textContent()) ?? '').not.toMatch(DU);
  if (phone) await checkPage(page, testInfo, 'anrede-sie-rechte');
});

test('Jugendliche: der Assistent sagt du, auch auf „Meine Anfrage“ nach Code und PIN', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const phone = testInfo.project.name === 'phone';
  if (phone) await page.setViewportSize({ width: 360, height: 740 });
  await germanOnThisDevice(page);
  await openAssistant(page);

  await chatInput(page).getByRole('button', { name: 'Ich bin jugendlich' }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), ADDRESS_KEY)).toBe('informal');
  await expect(chatInput(page)).toContainText('Schreib so, wie du sprichst.');
  await expect(chatInput(page).getByLabel('Deine Antwort')).toBeVisible();
  expect(await lastAssistantMessage(page).textContent()).not.toMatch(SIE);
  if (phone) await checkPage(page, testInfo, 'anrede-du-assistent');

  await chatInput(page)
    .getByRole('textbox')
    .fill(`Ich streite mich jeden Tag mit meinen Eltern. (${testInfo.project.name} ${Date.now()})`);
  await chatInput(page).getByRole('button', { name: 'Senden' }).click();
  const confirm = chatInput(page).getByRole('button', { name: 'Ja, das stimmt' });
  const conflict = chatInput(page).getByRole('button', { name: 'Streit in der Familie' });
  await expect(confirm.or(conflict)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  else await conflict.click();
  await chatInput(page).getByLabel('Alter in Jahren').fill('15');
  await chatInput(page).getByRole('button', { name: 'Senden' }).click();
  await chatInput(page).getByRole('button', { name: 'Überspringen' }).click();
  await expect(chatInput(page).getByRole('button', { name: 'Ihr dürft mich kontaktieren' })).toBeVisible();
  await chatInput(page).getByRole('button', { name: 'Ich bleibe lieber anonym' }).click();

  const summary = chatInput(page);
  await expect(summary.getByRole('heading', { name: 'Deine Anfrage' })).toBeVisible();
  await summary.getByLabel(/Ich bin einverstanden/).check();
  await summary.getByRole('button', { name: 'Anfrage senden' }).click();
  await expect(page.getByRole('heading', { name: 'Deine Anfrage ist angekommen' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText('Schreib dir Code und PIN auf.')).toBeVisible();
  const credentials = page.locator('.fam-credential');
  const code = ((await credentials.nth(0).textContent()) ?? '').trim();
  const pin = ((await credentials.nth(1).textContent()) ?? '').trim();

  // Coming back with code and PIN on the same phone: still du.
  await page.goto('/zurueck');
  await page.getByLabel('Code').fill(code);
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Nachsehen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Anfrage' })).toBeVisible();
  await expect(page.getByText('Deine Anfrage ist angekommen. Bald schaut sie sich jemand an.')).toBeVisible();
  await expect(page.getByLabel('Deine Nachricht')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dein Team' })).toBeVisible();
  await checkPage(page, testInfo, 'anrede-du-meine-anfrage');
  await page.goto('/info/rights');
  await expect(page.getByRole('heading', { level: 1, name: 'Deine Rechte' })).toBeVisible();

  // On a new phone the app does not know who writes until the request tells it: du again.
  const newPhone = await page
    .context()
    .browser()!
    .newContext({
      baseURL: serverURL(testInfo),
      locale: 'de-DE',
      viewport: testInfo.project.use.viewport ?? null,
    });
  const other = await newPhone.newPage();
  await germanOnThisDevice(other);
  await other.goto('/zurueck');
  await other.getByLabel('Code').fill(code);
  await other.getByLabel('PIN', { exact: true }).fill(pin);
  await other.getByRole('button', { name: 'Nachsehen' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Meine Anfrage' })).toBeVisible();
  await expect(other.getByLabel('Deine Nachricht')).toBeVisible();
  expect(await other.evaluate((key) => localStorage.getItem(key), ADDRESS_KEY)).toBe('informal');
  await newPhone.close();
});
