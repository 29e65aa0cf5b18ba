import { checkPage, expect, login, test } from '../support/fixtures.ts';

/** Finds Lena's case id the way a caseworker would: through the search of the case list. */
async function lenaCaseIdAsAnna(page: import('@playwright/test').Page): Promise<string> {
  await login(page, 'anna.asd');
  await page.goto('/fachkraft/faelle?q=Lena');
  await page
    .getByRole('link', { name: /Lena Schneider/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/fachkraft\/faelle\/[0-9a-f-]{36}/);
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Anmeldung für Mitarbeitende' })).toBeVisible();
  return id;
}

test('Ben (ASD Süd) bekommt Lenas Fall nicht zu sehen', async ({ page }, testInfo) => {
  const lenaId = await lenaCaseIdAsAnna(page);
  await login(page, 'ben.asd');
  await page.goto(`/fachkraft/faelle/${lenaId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Fall nicht gefunden' })).toBeVisible();
  await expect(page.getByText(LENA)).toHaveCount(0);
  await checkPage(page, testInfo, '30-fall-nicht-gefunden');

  await page.goto('/fachkraft/faelle?q=Lena');
  await expect(page.getByRole('heading', { level: 1, name: 'Fälle' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Lena Schneider/ })).toHaveCount(0);
});

const LENA = 'Lena Schneider – SPFH in Vorbereitung';

test('Dora (Datenschutz) sieht im Protokoll die Zugriffe auf Lenas Fall', async ({ page }, testInfo) => {
  const lenaId = await lenaCaseIdAsAnna(page);
  await login(page, 'dora.datenschutz');
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Protokoll' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zugriffsprotokoll' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await checkPage(page, testInfo, '40-protokoll');

  await page.getByLabel('Fall-ID').fill(lenaId);
  await page.getByRole('button', { name: 'Filtern' }).click();
  await expect(page).toHaveURL(new RegExp(`caseId=${lenaId}`));
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(1);
  await expect(page.getByRole('table')).toContainText('Anna Albers');
  await checkPage(page, testInfo, '41-protokoll-lena');
});

test('Nicht-DSB sieht keinen Protokoll-Eintrag in der Navigation', async ({ page }) => {
  await login(page, 'ben.asd');
  await expect(
    page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Protokoll' }),
  ).toHaveCount(0);
});
