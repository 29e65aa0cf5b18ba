import { checkPage, expect, test } from '../support/fixtures.ts';

test('Startseite zeigt die Familien-App, den Demo-Hinweis und den Weg zur Anmeldung', async ({
  page,
}, testInfo) => {
  // A returning visitor: the language was chosen before (first visits are covered in family.spec.ts).
  await page.addInitScript(() => localStorage.setItem('lotse.family.language', 'de'));
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Hilfe für Kinder, Jugendliche und Eltern' }),
  ).toBeVisible();
  await expect(page.getByText('Demo-Betrieb – alle Daten sind erfunden')).toBeVisible();
  await checkPage(page, testInfo, '01-startseite');

  await page.getByRole('link', { name: 'Für Mitarbeitende' }).click();
  await expect(page).toHaveURL(/\/fachkraft/);
  await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung für Mitarbeitende' })).toBeVisible();
  await expect(page.getByText('Demo-Betrieb – alle Daten sind erfunden')).toBeVisible();
  await checkPage(page, testInfo, '02-anmeldung');
});

test('Unbekannte Adresse zeigt „Seite nicht gefunden“', async ({ page }, testInfo) => {
  await page.goto('/gibt-es-nicht');
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
  await checkPage(page, testInfo, '03-nicht-gefunden');
});

test('Falsches Passwort zeigt eine Fehlermeldung', async ({ page }) => {
  await page.goto('/fachkraft/login');
  await page.getByLabel('Benutzername').fill('anna.asd');
  await page.getByLabel('Passwort', { exact: true }).fill('falsch-falsch');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).not.toBeEmpty();
  await expect(page).toHaveURL(/\/fachkraft\/login/);
  await expect(page.getByRole('heading', { name: 'Mein Tag' })).toHaveCount(0);
});

test('Ohne Anmeldung führt das Cockpit zur Anmeldung und danach zurück', async ({ page }) => {
  await page.goto('/fachkraft/faelle?status=planning');
  await expect(page).toHaveURL(/\/fachkraft\/login\?next=/);
  await page.getByLabel('Benutzername').fill('clara.leitung');
  await page.getByLabel('Passwort', { exact: true }).fill('Lotse-Demo-2026!');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fälle' })).toBeVisible();
  await expect(page).toHaveURL(/\/fachkraft\/faelle\?status=planning/);
  await expect(page.getByLabel('Status')).toHaveValue('planning');
});
