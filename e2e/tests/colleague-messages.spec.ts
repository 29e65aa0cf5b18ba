import type { Browser, Page, TestInfo } from '@playwright/test';
import {
  checkPage,
  DEMO_PASSWORD,
  expect,
  LENA_CASE_ID,
  login,
  serverURL,
  test,
} from '../support/fixtures.ts';

/*
 * Kolleg*innen anderer Ämter: Anna (Jugendamt Musterstadt) writes to Lea (Jugendamt Nachbarstadt,
 * the second demo office on the same installation). Lea has her list open in a browser of her own and
 * sees the new conversation arrive live, opens it and answers; Anna sees the answer and the "gelesen"
 * live. Anna may not name Lena's case reference until she links the case with its legal ground
 * (§ 86c); then both sides see the link and the reference may be named.
 */

const LIST = '/fachkraft/kooperation/nachrichten';
const HANDOVER = '§ 86c Abs. 2 SGB VIII – Fallübergabe bei Zuständigkeitswechsel';

/** Lea, signed in in a browser of her own. */
async function leasBrowser(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL: serverURL(testInfo), locale: 'de-DE' });
  const answer = await context.request.post('/api/auth/login', {
    data: { username: 'lea.nachbar', password: DEMO_PASSWORD },
  });
  expect(answer.status(), await answer.text()).toBe(200);
  return context.newPage();
}

test('Kolleg*innen anderer Ämter: Anna und Lea schreiben sich live, Falldaten erst mit Rechtsgrundlage @desktop-only', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const run = `${Date.now()}`;
  const subject = `Zuständigkeitswechsel Familie zieht um (${run})`;

  // Lea has her list open before anything arrives.
  const lea = await leasBrowser(browser, testInfo);
  await lea.goto(LIST);
  await expect(lea.getByRole('heading', { level: 1, name: 'Kolleg*innen anderer Ämter' })).toBeVisible();
  await expect(lea.getByText('Neue Unterhaltungen erscheinen automatisch.')).toBeVisible();

  await login(page, 'anna.asd');
  const caseRef = (
    (await (await page.request.get(`/api/cases/${LENA_CASE_ID}`)).json()) as { reference: string }
  ).reference;
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Kooperation' })
    .click();
  await page
    .getByRole('navigation', { name: 'Kooperation' })
    .getByRole('link', { name: 'Kolleg*innen anderer Ämter' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kolleg*innen anderer Ämter' })).toBeVisible();
  await checkPage(page, testInfo, 'kollegen-10-liste');

  // A new conversation: find Lea by her office, write without any case data.
  await page.getByRole('link', { name: 'Neue Nachricht' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Neue Nachricht an ein anderes Jugendamt' }),
  ).toBeVisible();
  await page.getByRole('searchbox', { name: 'Kollegin oder Kollege suchen' }).fill('Nachbarstadt');
  await expect(page.getByText(/\d+ Personen? gefunden\./)).toBeVisible();
  // Only other offices and only case work: no one of Musterstadt, not Nachbarstadt's administration.
  await expect(page.getByRole('button', { name: /Anna Albers/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Admin Nachbarstadt/ })).toHaveCount(0);
  await checkPage(page, testInfo, 'kollegen-20-neu-suche');
  await page.getByRole('button', { name: /Lea Lindner.*Jugendamt Nachbarstadt/ }).click();
  await expect(page.getByText('Lea Lindner', { exact: true })).toBeVisible();
  await page.getByLabel('Betreff').fill(subject);
  await page
    .getByLabel('Nachricht', { exact: true })
    .fill('Guten Tag Frau Lindner, eine Familie zieht zu Ihnen. Wann können wir telefonieren?');
  await page.getByRole('button', { name: 'Senden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await expect(page.getByText('Neue Nachrichten erscheinen automatisch.')).toBeVisible();
  const annasLog = page.getByRole('log', { name: 'Nachrichtenverlauf' });
  await expect(annasLog.getByRole('listitem')).toHaveCount(1);
  await expect(annasLog).toContainText('noch nicht gelesen');

  // Lea's list shows it at once, unread; she opens it.
  const item = lea.getByRole('listitem').filter({ hasText: subject });
  await expect(item).toContainText('1 neu');
  await expect(item).toContainText('Anna Albers (Jugendamt Musterstadt)');
  await checkPage(lea, testInfo, 'kollegen-30-liste-lea');
  await item.getByRole('link', { name: subject }).click();
  await expect(lea.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  const leasLog = lea.getByRole('log', { name: 'Nachrichtenverlauf' });
  await expect(leasLog).toContainText('eine Familie zieht zu Ihnen');
  await expect(leasLog).toContainText('Jugendamt Musterstadt');
  await expect(lea.getByText('Neue Nachrichten erscheinen automatisch.')).toBeVisible();
  // Anna sees that Lea has read it.
  await expect(annasLog).toContainText('gelesen');
  await expect(annasLog).not.toContainText('noch nicht gelesen');

  // Lea answers; Anna's open conversation shows it live and announces it.
  const answer = `Gern, morgen ab 9 Uhr. (${run})`;
  await lea.getByLabel('Antwort an Anna Albers').fill(answer);
  await lea.getByLabel('Antwort an Anna Albers').press('Control+Enter');
  await expect(leasLog.getByRole('listitem').filter({ hasText: answer })).toContainText('Lea Lindner (Sie)');
  await expect(annasLog.getByRole('listitem').filter({ hasText: answer })).toContainText(
    'Jugendamt Nachbarstadt',
  );
  await expect(
    page.locator('[aria-live="polite"]').filter({ hasText: 'Neue Nachricht von Lea Lindner' }),
  ).toHaveCount(1);

  // Lena's case reference without a ground is refused at the field, and nothing is sent.
  const composer = page.getByLabel('Antwort an Lea Lindner');
  await composer.fill(`Es geht um ${caseRef}, Lena Schneider.`);
  await page.getByRole('button', { name: 'Senden' }).click();
  await expect(page.getByText(/Rechtsgrundlage oder Einwilligung verknüpft haben/)).toBeVisible();
  await expect(annasLog.getByRole('listitem')).toHaveCount(2);

  // Anna links the case with § 86c; Lea sees the link and its ground live.
  await page.getByRole('button', { name: 'Fall verknüpfen …' }).click();
  await page.getByLabel('Fall aus Ihrem Jugendamt').selectOption(LENA_CASE_ID);
  await page.getByRole('combobox', { name: 'Rechtsgrundlage' }).fill(HANDOVER);
  await checkPage(page, testInfo, 'kollegen-40-fall-verknuepfen');
  await page.getByRole('button', { name: 'Fall verknüpfen', exact: true }).click();
  await expect(page.getByText('Der Fall ist verknüpft. Beide Ämter sehen die Grundlage.')).toBeVisible();
  const leasLinks = lea.locator('.card', { has: lea.getByRole('heading', { name: 'Fallbezug' }) });
  await expect(leasLinks).toContainText(caseRef);
  await expect(leasLinks).toContainText(`Rechtsgrundlage: ${HANDOVER}`);
  await expect(leasLinks).toContainText('Jugendamt Musterstadt');

  await composer.fill(`Es geht um ${caseRef}; die Akte schicke ich Ihnen.`);
  await page.getByRole('button', { name: 'Senden' }).click();
  await expect(composer).toHaveValue('');
  await expect(leasLog).toContainText(`Es geht um ${caseRef}`);
  await checkPage(lea, testInfo, 'kollegen-50-unterhaltung-lea');
  await checkPage(page, testInfo, 'kollegen-60-unterhaltung-anna');
  await lea.context().close();
});
