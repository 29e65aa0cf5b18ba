import type { Page } from '@playwright/test';
import { checkPage, DEMO_PASSWORD, expect, test } from '../support/fixtures.ts';

/*
 * The provider portal (/traeger): Emil, provider admin of "Familienhilfe Nord e. V." (three facilities
 * in the demo), signs in and lands on his free places, confirms new numbers in two clicks and is
 * refused an impossible number with nothing saved. Office staff get an explanation instead.
 */

const NORD = 'Familienhilfe Nord'; // 16 places, 3 free, 0 reserved, confirmed 30 days ago (stale)
const ALTENFELDE = 'Intensivgruppe Altenfelde'; // 6 places, 1 free, 1 reserved, never confirmed

interface FacilityAnswer {
  items: { name: string; availability: { free: number; reserved: number; confirmedAt: string | null } }[];
}

async function availabilityOf(page: Page, name: string) {
  const answer = await page.request.get('/api/provider/facilities');
  expect(answer.status()).toBe(200);
  const list = (await answer.json()) as FacilityAnswer;
  return list.items.find((f) => f.name === name)?.availability;
}

test('Träger: freie Plätze in zwei Klicks bestätigen; unmögliche Zahlen werden abgelehnt', async ({
  page,
}, testInfo) => {
  // Signed out, the portal sends to the staff login; provider staff then start in the portal.
  await page.goto('/traeger');
  await expect(page).toHaveURL(/\/fachkraft\/login\?next=%2Ftraeger$/);
  await page.getByLabel('Benutzername').fill('emil.traeger');
  await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Freie Plätze' })).toBeVisible();
  await expect(page).toHaveURL(/\/traeger$/);
  const nav = page.getByRole('navigation', { name: 'Trägerportal' });
  await expect(nav.getByRole('link', { name: 'Plätze' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Familienhilfe Nord e. V.:')).toBeVisible();

  const facilities = page.getByRole('article');
  await expect(facilities).toHaveCount(3);
  await expect(
    page.getByText('2 Einrichtungen warten auf eine Bestätigung der freien Plätze.', { exact: true }),
  ).toBeVisible();
  const nord = page.getByRole('article', { name: NORD });
  await expect(nord.getByText('veraltet', { exact: true })).toBeVisible();
  await expect(nord.getByText('§ 31 SPFH')).toBeVisible();
  await expect(nord.getByText('0–17 Jahre · ambulant')).toBeVisible();
  await expect(nord.getByText(/^16 Plätze insgesamt · zuletzt bestätigt am/)).toBeVisible();
  const altenfelde = page.getByRole('article', { name: ALTENFELDE });
  await expect(altenfelde.getByText('nie bestätigt', { exact: true })).toBeVisible();
  await checkPage(page, testInfo, 'traeger-01-freie-plaetze');

  // Two more free places with the stepper, then "Bestätigen".
  const free = nord.getByRole('spinbutton', { name: 'Freie Plätze' });
  await expect(free).toHaveValue('3');
  await expect(nord.getByRole('spinbutton', { name: 'Reserviert' })).toHaveValue('0');
  await nord.getByRole('button', { name: 'Ein freier Platz mehr' }).click();
  await nord.getByRole('button', { name: 'Ein freier Platz mehr' }).click();
  await expect(free).toHaveValue('5');
  await expect(nord.getByText('Noch nicht bestätigt. Gespeichert: 3 frei, 0 reserviert.')).toBeVisible();
  await nord.getByRole('button', { name: /^Bestätigen/ }).click();
  await expect(nord.getByText('Bestätigt: 5 frei, 0 reserviert.')).toBeVisible();
  await expect(nord.getByRole('button', { name: /^Bestätigen/ })).toBeFocused();
  await expect(nord.getByText('heute bestätigt', { exact: true })).toBeVisible();
  await expect(
    page.getByText('1 Einrichtung wartet auf eine Bestätigung der freien Plätze.', { exact: true }),
  ).toBeVisible();
  await checkPage(page, testInfo, 'traeger-02-bestaetigt');

  // Saved: after a reload the new numbers and today's confirmation are still there.
  await page.reload();
  await expect(nord.getByText('heute bestätigt', { exact: true })).toBeVisible();
  await expect(free).toHaveValue('5');
  expect(await availabilityOf(page, NORD)).toMatchObject({ free: 5, reserved: 0 });

  // The history shows the old and the new numbers, newest first.
  await nord.getByText('Verlauf der letzten 90 Tage').click();
  const history = nord.getByRole('table', { name: `Bestätigte Zahlen: ${NORD}` });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('5');
  await expect(history.getByRole('row').nth(2).getByRole('cell').first()).toHaveText('3');
  await checkPage(page, testInfo, 'traeger-03-verlauf');

  // More places than the facility has: the server's German message at the field, the input stays,
  // nothing is saved. (Altenfelde: no other spec touches it; placement-search.spec.ts sets Mitte.)
  const before = await availabilityOf(page, ALTENFELDE);
  const impossible = altenfelde.getByRole('spinbutton', { name: 'Freie Plätze' });
  await impossible.fill('9');
  await altenfelde.getByRole('button', { name: /^Bestätigen/ }).click();
  await expect(
    altenfelde.getByText(
      'Nicht bestätigt: Freie und reservierte Plätze zusammen (10) sind mehr als die 6 Plätze der Einrichtung.',
    ),
  ).toBeVisible();
  await expect(altenfelde.getByText('Höchstens 5 bei 1 reservierten Plätzen.')).toBeVisible();
  await expect(impossible).toHaveAttribute('aria-invalid', 'true');
  await expect(impossible).toBeFocused();
  await expect(impossible).toHaveValue('9');
  await expect(altenfelde.getByText('nie bestätigt', { exact: true })).toBeVisible();
  expect(await availabilityOf(page, ALTENFELDE)).toEqual(before);
  expect(before?.confirmedAt).toBeNull();
  await checkPage(page, testInfo, 'traeger-04-unmoegliche-zahl');

  // Changing the number takes the message away.
  await impossible.fill('5');
  await expect(altenfelde.getByText('Höchstens 5 bei 1 reservierten Plätzen.')).toHaveCount(0);
  await expect(impossible).not.toHaveAttribute('aria-invalid');
});

test('Fachkräfte des Jugendamts sehen statt des Trägerportals eine Erklärung', async ({ page }, testInfo) => {
  const answer = await page.request.post('/api/auth/login', {
    data: { username: 'anna.asd', password: DEMO_PASSWORD },
  });
  expect(answer.status()).toBe(200);
  await page.goto('/traeger');
  await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  await expect(page.getByText('Das Trägerportal nutzen Mitarbeitende freier Träger.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mein Tag' })).toBeVisible();
  await checkPage(page, testInfo, 'traeger-05-keine-berechtigung');
});
