import type { Browser, Page, TestInfo } from '@playwright/test';
import { checkPage, expect, login, logout, serverURL, test } from '../support/fixtures.ts';
import { comeBackWithCode } from '../support/intake.ts';

/*
 * § 9a: Finn (14) complains on his phone about his caseworker, alone. The complaint goes to the
 * complaint office (Greta), not to Jonas, his caseworker: Jonas sees nothing until Greta shares it.
 * Greta takes it, answers, shares; Finn reads the answer; the independent ombuds office is shown.
 */

async function finnOnHisPhone(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({
    baseURL: serverURL(testInfo),
    locale: 'de-DE',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  // German unless the test switches the language (the picker would open on a first visit).
  await page.addInitScript(() => {
    if (!localStorage.getItem('lotse.family.language')) localStorage.setItem('lotse.family.language', 'de');
  });
  await comeBackWithCode(page, 'DEMO-JUGEND', '240615');
  return page;
}

const COMPLAINT = 'Herr Nowak sagt Termine ab, ohne mir Bescheid zu geben. Ich warte dann umsonst.';
const ANSWER =
  'Danke, dass du dich gemeldet hast. Ab jetzt bekommst du jede Absage per Nachricht in der App.';

test('Finn (14) beschwert sich allein; die Beschwerdestelle antwortet und teilt, die Fachkraft sieht sie erst danach', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const finn = await finnOnHisPhone(browser, testInfo);
  await finn.getByRole('link', { name: 'Unzufrieden? Hier kannst du dich beschweren.' }).click();
  await expect(finn.getByRole('heading', { level: 1, name: 'Beschwerde' })).toBeVisible();
  const ombuds = finn.getByRole('region', { name: 'Unabhängige Beratung: die Ombudsstelle' });
  await expect(ombuds.getByText('Ombudsstelle Kinder- und Jugendhilfe Musterland (Demo)')).toBeVisible();
  await expect(ombuds.getByRole('link', { name: '0800 555 90 90' })).toHaveAttribute(
    'href',
    'tel:08005559090',
  );
  await finn.getByRole('button', { name: 'Beschwerde absenden' }).click();
  await expect(finn.getByText('Bitte wähle ein Thema und schreib mindestens einen Satz.')).toBeVisible();
  await finn.getByText('Wie man mit mir umgeht oder mich erreicht').click();
  await finn.getByLabel('Was ist passiert?').fill(COMPLAINT);
  await checkPage(finn, testInfo, 'beschwerde-01-familie');
  await finn.getByRole('button', { name: 'Beschwerde absenden' }).click();
  await expect(
    finn.getByText(/Danke\. Deine Beschwerde ist angekommen\. Du bekommst eine Antwort bis/),
  ).toBeVisible();
  const mine = finn.getByRole('region', { name: 'Meine Beschwerden' });
  await expect(mine.getByText('Eingegangen', { exact: true })).toBeVisible();
  await expect(mine.getByText(COMPLAINT)).toBeVisible();

  // Jonas, the caseworker concerned: no complaint office, nothing on Finn's case.
  await login(page, 'jonas.nord');
  await expect(
    page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Beschwerden' }),
  ).toHaveCount(0);
  await page.goto('/fachkraft/beschwerden');
  await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  const finnCase = await finnCasePath(page);
  await page.goto(finnCase);
  await expect(page.getByRole('heading', { level: 1, name: /Finn Müller/ })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Beschwerden (von der Beschwerdestelle geteilt)' }),
  ).toHaveCount(0);
  await logout(page);

  // Greta, the complaint office: takes it, answers, shares it with the case.
  await login(page, 'greta.beschwerde');
  await expect(page.getByRole('heading', { level: 1, name: 'Beschwerden' })).toBeVisible();
  const row = page
    .getByRole('row')
    .filter({ hasText: 'Junger Mensch' })
    .filter({ hasText: 'Umgang und Erreichbarkeit' });
  await expect(row.getByText('ASD Nord')).toBeVisible();
  await checkPage(page, testInfo, 'beschwerde-02-liste');
  await row.getByRole('link', { name: /^B-\d{4}-\d{4}$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Beschwerde B-\d{4}-\d{4}$/ })).toBeVisible();
  await expect(page.getByText(COMPLAINT)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Angaben' }).getByText('Jonas Nowak')).toBeVisible();
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page.getByText('Sie bearbeiten die Beschwerde jetzt.')).toBeVisible();
  await page.getByLabel('Antwort an die Familie').fill(ANSWER);
  await page.getByRole('button', { name: 'Antwort senden' }).click();
  await expect(page.getByText('Die Antwort ist gesendet. Die Familie liest sie in ihrer App.')).toBeVisible();
  await page.getByRole('button', { name: 'Mit der Fachkraft teilen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Beschwerde mit der Fachkraft teilen?' });
  await dialog.getByRole('button', { name: 'Jetzt teilen' }).click();
  await expect(page.getByText(/Die Beschwerde ist geteilt\./)).toBeVisible();
  await checkPage(page, testInfo, 'beschwerde-03-beantwortet');
  await logout(page);

  // Finn reads the answer.
  await finn.reload();
  await expect(mine.getByText('Beantwortet', { exact: true })).toBeVisible();
  await expect(mine.getByText(ANSWER)).toBeVisible();
  await checkPage(finn, testInfo, 'beschwerde-04-antwort-familie');
  // The same page in Arabic: right to left, translated, accessible.
  await finn.evaluate(() => localStorage.setItem('lotse.family.language', 'ar'));
  await finn.reload();
  await expect(finn.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(finn.getByRole('heading', { level: 1 })).not.toHaveText('Beschwerde');
  await expect(finn.getByText(ANSWER)).toBeVisible();
  await checkPage(finn, testInfo, 'beschwerde-06-familie-ar');
  await finn.context().close();

  // Shared: Jonas now reads complaint and answer on Finn's case.
  await login(page, 'jonas.nord');
  await page.goto(finnCase);
  const shared = page.getByRole('region', { name: 'Beschwerden (von der Beschwerdestelle geteilt)' });
  await expect(shared.getByText(COMPLAINT)).toBeVisible();
  await expect(shared.getByText(ANSWER)).toBeVisible();
});

test('Administration: Ombudsstelle eintragen, mit Prüfung der Webadresse', async ({ page }, testInfo) => {
  await login(page, 'admin');
  await page.goto('/admin/ombudsstelle');
  await expect(page.getByRole('heading', { level: 1, name: 'Ombudsstelle' })).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue('Ombudsstelle Kinder- und Jugendhilfe Musterland (Demo)');
  await page.getByLabel('Webseite (optional)').fill('http://unsicher.example');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Bitte eine Webadresse mit https:// angeben.')).toBeVisible();
  await page.getByLabel('Webseite (optional)').fill('https://ombudsstelle-musterland.example');
  await page.getByLabel('Erreichbarkeit (optional)').fill('Montag bis Freitag 9–15 Uhr');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(
    page.getByText('Gespeichert. Familien sehen die Ombudsstelle ab sofort in der Familien-App.'),
  ).toBeVisible();
  await checkPage(page, testInfo, 'beschwerde-05-ombudsstelle-admin');
});

/** The path of Finn Müller's case, from the case list API. */
async function finnCasePath(page: Page): Promise<string> {
  const res = await page.request.get('/api/cases?q=Finn');
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { items: { id: string; title: string }[] };
  const finn = body.items.find((c) => c.title.includes('Finn Müller'));
  expect(finn, 'Fall Finn Müller').toBeTruthy();
  return `/fachkraft/faelle/${finn?.id}`;
}
