import { checkPage, expect, login, test } from '../support/fixtures.ts';
import { apiCall, createIntakeRequest, familySession, openInboxRequest } from '../support/intake.ts';

/*
 * Nothing is lost between request and case: the child's age becomes an approximate birth year, the
 * case shows where it came from, and a family reply after the case was opened is never out of sight
 * (inbox, Mein Tag, case page) and one click away from the conversation.
 */
test('Vom Anliegen zum Fall: nichts geht verloren, eine neue Nachricht der Familie bleibt sichtbar', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const run = `${testInfo.project.name} ${Date.now()}`;
  const concern = `Mein Sohn kommt in der Schule nicht mehr mit und will morgens nicht los. (${run})`;
  const { accessCode, pin } = await createIntakeRequest(request, {
    writerRole: 'parent',
    concern,
    topic: 'school',
    age: 7,
    postcode: '12101',
    name: 'Petra Nachfrage',
    email: 'petra.nachfrage@example.org',
  });
  const year =
    Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' }).format()) - 7;

  await login(page, 'anna.asd');
  await openInboxRequest(page, concern);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Fall anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fall anlegen' });
  await dialog.getByRole('button', { name: 'Fall anlegen' }).click();
  await expect(page).toHaveURL(/\/fachkraft\/faelle\/[0-9a-f-]{36}$/);
  const caseUrl = new URL(page.url()).pathname;

  // The child's age from the request, as an approximate birth year; the request's facts on the case.
  await expect(page.getByRole('tabpanel')).toContainText(`Kind Nachfrage`);
  await expect(page.getByRole('tabpanel')).toContainText(`geb. ca. ${year}`);
  const origin = page.locator('.card', {
    has: page.getByRole('heading', { name: 'Anfrage über die Familien-App' }),
  });
  await expect(origin).toContainText('Schule und Ausbildung');
  await expect(origin).toContainText('Elternteil');
  await expect(origin.getByRole('link', { name: 'Unterhaltung mit der Familie' })).toBeVisible();
  await checkPage(page, testInfo, 'erstkontakt-10-fall-aus-anfrage');

  // The mother writes again after the case was opened.
  const family = await familySession(browser, testInfo, accessCode, pin);
  await apiCall(family.page, 'POST', '/api/family/conversation/messages', {
    body: `Können wir auch nachmittags telefonieren? (${run})`,
  });
  await family.close();

  // The request is back in the default inbox with the unread message ...
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: /Posteingang/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Posteingang' })).toBeVisible();
  await expect(main.locator('.badge:visible', { hasText: '1 neue Nachricht' }).first()).toBeVisible();
  await checkPage(page, testInfo, 'erstkontakt-11-posteingang-neue-nachricht');

  // ... "Mein Tag" lists it ...
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Mein Tag' })
    .click();
  const notices = page.locator('.card', {
    has: page.getByRole('heading', { name: 'Neue Nachrichten von Familien' }),
  });
  await expect(notices).toContainText('1 ungelesene Nachricht');
  await checkPage(page, testInfo, 'erstkontakt-12-mein-tag-neue-nachricht');

  // ... and the case page leads to it.
  await page.goto(caseUrl);
  await expect(origin).toContainText('1 neue Nachricht');
  await origin.getByRole('link', { name: 'Nachrichten der Familie lesen' }).click();
  await expect(page).toHaveURL(/\/fachkraft\/posteingang\/[0-9a-f-]{36}$/);
  await expect(main).toContainText(`Können wir auch nachmittags telefonieren? (${run})`);

  // Read: it leaves the default inbox again.
  await page.goto(caseUrl);
  await expect(origin.getByRole('link', { name: 'Unterhaltung mit der Familie' })).toBeVisible();
});
