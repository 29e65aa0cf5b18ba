import type { Browser, TestInfo } from '@playwright/test';
import {
  checkPage,
  DEMO_PASSWORD,
  expect,
  login,
  openLenaCase,
  serverURL,
  test,
} from '../support/fixtures.ts';

/*
 * Platzsuche (Heimplatzbörse): Anna, a caseworker, looks for a residential place for a 15-year-old
 * near 12101. Every result explains itself; the emergency switch (§ 42) leaves only places free now.
 * Meanwhile Emil, at a provider, confirms new numbers for one of his facilities: Anna's open results
 * change without a reload and mark the facility "gerade aktualisiert".
 */

/** Emil's crisis group (Familienhilfe Nord e. V.): in the demo it has no free place. */
const EMIL_FACILITY = 'Krisenwohngruppe Mitte';
const EMIL_PROVIDER = 'Familienhilfe Nord e. V.';

interface OwnFacility {
  id: string;
  name: string;
}

/** Emil signs in in a browser context of his own and confirms the places of his crisis group. */
async function emilConfirms(
  browser: Browser,
  testInfo: TestInfo,
  places: { free: number; reserved: number },
): Promise<void> {
  const context = await browser.newContext({ baseURL: serverURL(testInfo), locale: 'de-DE' });
  try {
    const login = await context.request.post('/api/auth/login', {
      data: { username: 'emil.traeger', password: DEMO_PASSWORD },
    });
    expect(login.status(), await login.text()).toBe(200);
    const list = await context.request.get('/api/provider/facilities');
    expect(list.status(), await list.text()).toBe(200);
    const { items } = (await list.json()) as { items: OwnFacility[] };
    const facility = items.find((f) => f.name === EMIL_FACILITY);
    expect(facility, `${EMIL_FACILITY} gehört Emils Träger`).toBeTruthy();
    const answer = await context.request.put(`/api/provider/facilities/${facility?.id}/availability`, {
      data: places,
    });
    expect(answer.status(), await answer.text()).toBe(200);
  } finally {
    await context.close();
  }
}

test('Platzsuche: erklärte Treffer, Notfall-Schalter, Live-Aktualisierung und Fehler an der Postleitzahl', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  // As in the demo data (and whatever another test left): no place free.
  await emilConfirms(browser, testInfo, { free: 0, reserved: 1 });
  await login(page, 'anna.asd');
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await nav.getByRole('link', { name: 'Plätze' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plätze suchen' })).toBeVisible();

  // The search: residential care (§ 34) for a 15-year-old, measured from 12101.
  const form = page.getByRole('search', { name: 'Plätze suchen' });
  await form.getByLabel('Hilfeart').selectOption({ label: '§ 34 Heimerziehung, betreutes Wohnen' });
  await form.getByLabel('Alter').fill('15');
  await form.getByLabel('Postleitzahl (Familie oder Schule)').fill('12101');
  await form.getByRole('button', { name: 'Plätze suchen' }).click();
  await expect(page).toHaveURL(/helpType=p34_residential_care/);
  await expect(page).toHaveURL(/age=15/);
  await expect(page).toHaveURL(/postcode=12101/);
  await expect(page.getByText(/^\d+ Treffer · Entfernungen ab 12101 /)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Live:' })).toBeVisible();

  // Every result explains itself: criteria met or not (✓/✗ with words), distance, free places, freshness.
  const results = page.getByRole('article');
  const first = results.first();
  await expect(first.getByText(/^\d von \d Kriterien · [\d,]+ km · .+ · .+$/)).toBeVisible();
  const criteria = first.getByRole('list', { name: 'Kriterien' });
  await expect(
    criteria.getByRole('listitem').filter({ hasText: /^✓\s*erfüllt: § 34 Heimerziehung/ }),
  ).toBeVisible();
  await expect(criteria.getByRole('listitem').filter({ hasText: /^✓\s*erfüllt: Alter 15/ })).toBeVisible();
  await expect(first.getByText(/^(heute|diese Woche) bestätigt$/)).toBeVisible();
  await expect(first.getByRole('link', { name: /^0123 / })).toHaveAttribute('href', /^tel:0123/);
  await expect(first.getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/);
  const emils = page.getByRole('article', { name: `${EMIL_FACILITY} ${EMIL_PROVIDER}` });
  await expect(emils).toContainText('kein freier Platz');
  await expect(emils).toContainText('heute bestätigt');
  await expect(
    emils.getByRole('listitem').filter({ hasText: /^✗\s*nicht erfüllt: freier Platz/ }),
  ).toBeVisible();
  await checkPage(page, testInfo, 'plaetze-10-treffer');

  // Emergency custody: only facilities with a place free now.
  const all = await results.count();
  await form.getByRole('switch', { name: 'Inobhutnahme / Notfall' }).check();
  await expect(page).toHaveURL(/emergency=true/);
  await expect(page.getByText(/^\d+ Treffer mit sofort freien Plätzen/)).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Treffer: nur sofort freie Plätze' }),
  ).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const urgent = await results.count();
  expect(urgent).toBeGreaterThan(0);
  expect(urgent).toBeLessThan(all);
  await expect(page.getByRole('main')).not.toContainText('kein freier Platz');
  await expect(emils).toHaveCount(0);
  await checkPage(page, testInfo, 'plaetze-20-notfall');
  // The back button returns to the search without the switch.
  await page.goBack();
  await expect(page).not.toHaveURL(/emergency=true/);
  await expect(form.getByRole('switch', { name: 'Inobhutnahme / Notfall' })).not.toBeChecked();
  await expect(emils).toContainText('kein freier Platz');

  // Emil confirms two free places; Anna's open page shows them without a reload.
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  await emilConfirms(browser, testInfo, { free: 2, reserved: 1 });
  await expect(emils.getByText('gerade aktualisiert')).toBeVisible();
  await expect(emils.getByText(/^2 freie Plätze von \d+, 1 reserviert$/)).toBeVisible();
  await expect(emils).toContainText('heute bestätigt');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // A postcode Lotse does not know: the server's German message, at the field.
  const postcode = form.getByLabel('Postleitzahl (Familie oder Schule)');
  await postcode.fill('99999');
  await form.getByRole('button', { name: 'Plätze suchen' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Die Postleitzahl 99999 ist Lotse nicht bekannt. Bitte eine andere angeben.',
  );
  await expect(postcode).toHaveAttribute('aria-invalid', 'true');
  await expect(postcode).toHaveAccessibleDescription(/Unbekannte Postleitzahl/);
  await postcode.fill('121');
  await form.getByRole('button', { name: 'Plätze suchen' }).click();
  await expect(postcode).toHaveAccessibleDescription(/Die Postleitzahl hat fünf Ziffern\./);
  await checkPage(page, testInfo, 'plaetze-30-fehler');
});

test('Platzsuche aus dem Fall: Alter, Geschlecht, Postleitzahl und Hilfeart sind vorausgefüllt', async ({
  page,
}) => {
  await login(page, 'anna.asd');
  await openLenaCase(page);
  await page.getByRole('link', { name: 'Plätze suchen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plätze suchen' })).toBeVisible();
  await expect(page).toHaveURL(/caseId=7e57ca5e-0000-4000-8000-000000000001/);
  const form = page.getByRole('search', { name: 'Plätze suchen' });
  // Lena (female) lives in 12103; the case is SPFH (§ 31).
  await expect(form.getByLabel('Hilfeart')).toHaveValue('p31_spfh');
  await expect(form.getByLabel('Geschlecht')).toHaveValue('female');
  await expect(form.getByLabel('Postleitzahl (Familie oder Schule)')).toHaveValue('12103');
  await expect(form.getByLabel('Alter')).toHaveValue(/^\d+$/);
  await expect(page.getByText(/^\d+ Treffer · Entfernungen ab 12103 /)).toBeVisible();
  await page.getByRole('link', { name: 'Zurück zum Fall' }).click();
  await expect(page).toHaveURL(/\/fachkraft\/faelle\/7e57ca5e-0000-4000-8000-000000000001$/);
});

test('Platzsuche: wer keine Plätze suchen darf, sieht weder Eintrag noch Seite', async ({ page }) => {
  await login(page, 'dora.datenschutz');
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(nav.getByRole('link', { name: 'Plätze' })).toHaveCount(0);
  await page.goto('/fachkraft/plaetze');
  await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  await expect(page.getByText('Plätze suchen Fachkräfte und Teamleitungen.')).toBeVisible();
});
