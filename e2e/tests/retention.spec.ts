import type { Locator, Page } from '@playwright/test';
import { checkPage, expect, login, test } from '../support/fixtures.ts';

/*
 * Retention (§ 84 SGB X, Art. 5 and 17 DSGVO): Dora, the data protection officer, opens "Aufbewahrung
 * und Löschung", lengthens the period for case files (a period below the bound is refused), makes a
 * dry run and reads its report, opens the erasure run's confirmation without erasing, places a legal
 * hold on Lena Schneider's case and lifts it again. On Lena's page the erasure check names the case
 * that is still running.
 */

const HOLD_REASON = 'Familiengerichtliches Verfahren zum Sorgerecht anhängig (Az. 12 F 345/26).';

function card(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

test('Aufbewahrung: Fristen ändern, Probelauf, Löschsperre für Lenas Fall; Löschung prüfen', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await login(page, 'dora.datenschutz');
  // A known start on a server other specs (or a retry) may have used: default periods, no holds.
  const reset = await page.request.put('/api/privacy/retention/settings', {
    data: { periods: { closed_case: 120, outbox_mail: 3 }, automatic: false },
  });
  expect(reset.status()).toBe(200);
  const active = (await (await page.request.get('/api/privacy/retention/holds')).json()) as {
    items: { id: string }[];
  };
  for (const hold of active.items) await page.request.post(`/api/privacy/retention/holds/${hold.id}/lift`);
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Datenschutz' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rechte betroffener Personen' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Datenschutz' })
    .getByRole('link', { name: 'Aufbewahrung und Löschung' })
    .click();
  await expect(page).toHaveURL(/\/fachkraft\/datenschutz\/aufbewahrung$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Aufbewahrung und Löschung' })).toBeVisible();

  // Periods: the defaults, a period below its bound refused, then ten years and ten months.
  const periods = card(page, 'Fristen');
  const caseFiles = periods.getByLabel('Fallakten abgeschlossener Fälle');
  await expect(caseFiles).toHaveValue('120');
  await expect(periods.getByLabel('Benachrichtigungen im Postausgang')).toHaveValue('3');
  await expect(periods.getByLabel('Fällige Daten jede Nacht automatisch löschen')).not.toBeChecked();
  await caseFiles.fill('6');
  await periods.getByRole('button', { name: 'Fristen speichern' }).click();
  await expect(
    periods.getByText('Fallakten abgeschlossener Fälle: zwischen 12 und 1200 Monaten.'),
  ).toBeVisible();
  await expect(caseFiles).toBeFocused();
  // The server refuses it the same way, under the field's name the form shows it at.
  const refused = await page.request.put('/api/privacy/retention/settings', {
    data: { periods: { closed_case: 6 }, automatic: false },
  });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { fields: Record<string, string> }).fields).toHaveProperty([
    'periods.closed_case',
  ]);
  await caseFiles.fill('130');
  await periods.getByRole('button', { name: 'Fristen speichern' }).click();
  await expect(
    periods.getByText('Die Fristen sind gespeichert. Gelöscht wird nur, wenn Sie einen Löschlauf starten.'),
  ).toBeVisible();
  await expect(
    periods.getByText(/^Zuletzt geändert von Dora Dietz am \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr\.$/),
  ).toBeVisible();
  await expect(caseFiles).toHaveValue('130');
  await checkPage(page, testInfo, 'aufbewahrung-01-fristen');

  // A dry run: the demo's case files are younger than the period; old answered requests are due.
  const runs = card(page, 'Probeläufe und Löschläufe');
  await runs.getByRole('button', { name: 'Probelauf starten' }).click();
  await expect(runs.getByRole('heading', { name: /^Neuester Probelauf vom / })).toBeFocused();
  await expect(
    runs.getByText(/^Der Probelauf ist fertig: keine Fallakte und .* fällig, kein Fall gesperrt\.$/),
  ).toBeVisible();
  const newest = runs.getByRole('region', { name: /^Neuester Probelauf vom / });
  await expect(newest.getByText('Gestartet von Dora Dietz. Gelöscht wurde dabei nichts.')).toBeVisible();
  await expect(
    newest.getByText(/^Keine Fallakte und (\d[\d.]* Anfragen?|keine Anfrage) ohne Fall fällig\.$/),
  ).toBeVisible();
  await expect(newest.getByText('Kein fälliger Fall ist gesperrt.')).toBeVisible();
  await expect(newest.getByText('Abgelaufene Anmeldungen von Mitarbeitenden')).toBeVisible();
  await expect(
    runs.getByRole('article').filter({ hasText: 'Gestartet von Dora Dietz' }).first(),
  ).toContainText(/^Probelauf vom /);
  // The erasure run asks first, naming what it would erase; Dora does not erase the demo's data.
  await newest.getByRole('button', { name: 'Löschlauf starten' }).click();
  const confirm = page.getByRole('dialog', { name: 'Löschlauf starten?' });
  await expect(
    confirm.getByText(/Lotse löscht endgültig, was der Probelauf vom .* keine Fallakte und/),
  ).toBeVisible();
  await expect(confirm.getByText('Das lässt sich nicht rückgängig machen.', { exact: false })).toBeVisible();
  await confirm.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(newest.getByRole('button', { name: 'Löschlauf starten' })).toBeFocused();

  // A legal hold on Lena's case, found through the person search.
  const holds = card(page, 'Löschsperren');
  await expect(holds.getByText('Kein Fall ist gesperrt.')).toBeVisible();
  await holds.getByRole('searchbox', { name: 'Person oder Aktenzeichen' }).fill('Schneider');
  await holds.getByRole('button', { name: 'Fälle suchen' }).click();
  await expect(holds.getByText(/^\d+ (Fall|Fälle) gefunden\.$/)).toBeVisible();
  await holds.getByRole('button', { name: 'Sperre setzen' }).click();
  await expect(holds.getByText('Bitte wählen Sie den Fall, der gesperrt werden soll.')).toBeVisible();
  await expect(
    holds.getByText('Bitte den Grund der Sperre nennen (z. B. laufendes Gerichtsverfahren).'),
  ).toBeVisible();
  const lenasCase = holds.getByRole('radio', { name: /Lena Schneider/ });
  await expect(lenasCase).toBeFocused();
  const label =
    (await holds.locator('label').filter({ hasText: 'Lena Schneider' }).locator('strong').textContent()) ??
    '';
  expect(label).toMatch(/^\d{4}-NORD-\d{4}$/);
  await lenasCase.check();
  await holds.getByLabel('Grund der Sperre').fill(HOLD_REASON);
  await holds.getByRole('button', { name: 'Sperre setzen' }).click();
  await expect(holds.getByText(`Die Löschsperre für ${label} ist gesetzt.`)).toBeVisible();
  const row = holds.getByRole('row').filter({ hasText: label });
  await expect(row.getByText(HOLD_REASON)).toBeVisible();
  await expect(row.getByText('Dora Dietz')).toBeVisible();
  await expect(lenasCase).toBeDisabled();
  await checkPage(page, testInfo, 'aufbewahrung-02-sperre');

  await row.getByRole('button', { name: `Sperre aufheben: ${label}` }).click();
  const lift = page.getByRole('dialog', { name: 'Löschsperre aufheben?' });
  await expect(
    lift.getByText(`Der Fall ${label} kann danach wieder gelöscht werden`, { exact: false }),
  ).toBeVisible();
  await lift.getByRole('button', { name: 'Sperre aufheben' }).click();
  await expect(holds.getByText(`Die Löschsperre für ${label} ist aufgehoben.`)).toBeVisible();
  await expect(holds.getByText('Kein Fall ist gesperrt.')).toBeVisible();
  await expect(holds.getByRole('heading', { name: 'Aktive Sperren' })).toBeFocused();

  // Lena's page: erasure is checked only on request, and her case is still running.
  await page
    .getByRole('navigation', { name: 'Datenschutz' })
    .getByRole('link', { name: 'Rechte betroffener Personen' })
    .click();
  await page.getByRole('searchbox', { name: 'Name oder Aktenzeichen' }).fill('Schneider');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await page.getByRole('link', { name: 'Lena Schneider', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lena Schneider' })).toBeVisible();
  const erasure = card(page, 'Löschen (Art. 17 DSGVO)');
  await expect(erasure.getByRole('heading', { name: 'Ergebnis der Prüfung' })).toHaveCount(0);
  await erasure.getByRole('button', { name: 'Löschung prüfen' }).click();
  await expect(erasure.getByRole('heading', { name: 'Ergebnis der Prüfung' })).toBeFocused();
  await expect(erasure.getByText('Die Person kann jetzt nicht gelöscht werden.')).toBeVisible();
  await expect(erasure.getByText(`Der Fall ${label} läuft noch`, { exact: false })).toBeVisible();
  await expect(erasure.getByRole('button', { name: 'Person und ihre Fälle löschen' })).toHaveCount(0);
  await checkPage(page, testInfo, 'aufbewahrung-03-loeschung-pruefen');
});
