import fs from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { checkPage, expect, login, logout, openLenaCase, test } from '../support/fixtures.ts';

/*
 * Data-subject rights (DSGVO Art. 15–21): Dora, the data protection officer, finds Lena Schneider
 * across all teams, creates the Art. 15 export (with Anna, who read Lena's case, among the recipients
 * and every table with its records), downloads it as PDF and JSON, records an erasure request and
 * refuses it with its legal ground. Anna, a caseworker, has neither the entry nor the page.
 */

const NOTE = 'Frau Schneider verlangt am Telefon, dass die Notizen zu Lena gelöscht werden.';
const LATE_NOTE = 'Frau Schneider fragt für Lena, welche Daten über sie gespeichert sind.';
const REASON =
  'Abgelehnt: Die Hilfe läuft noch; die Akte wird für die Aufgabenerfüllung gebraucht (Art. 17 Abs. 3 lit. b DSGVO, § 84 SGB X).';

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Hauptnavigation' });
}

async function downloaded(page: Page, link: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link }).click(),
  ]);
  const file = await download.path();
  return { download, bytes: await fs.readFile(file) };
}

test('Datenschutz: Auskunft nach Art. 15 für Lena Schneider, Antrag auf Löschung abgelehnt', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  // Anna reads Lena's case, so the export names her among those who read Lena's data.
  await login(page, 'anna.asd');
  await expect(mainNav(page).getByRole('link', { name: 'Datenschutz' })).toHaveCount(0);
  await openLenaCase(page);
  await page.goto('/fachkraft/datenschutz');
  await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  await expect(
    page.getByText('Auskünfte nach der DSGVO erstellen nur Datenschutzbeauftragte.'),
  ).toBeVisible();
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await checkPage(page, testInfo, 'datenschutz-01-keine-berechtigung');
  await logout(page);

  // Dora: from the overview's area and the navigation to the search.
  await login(page, 'dora.datenschutz');
  await expect(
    page.getByRole('main').getByRole('link', { name: 'Rechte betroffener Personen' }),
  ).toBeVisible();
  await mainNav(page).getByRole('link', { name: 'Datenschutz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rechte betroffener Personen' })).toBeVisible();
  const words = page.getByRole('searchbox', { name: 'Name oder Aktenzeichen' });
  await words.fill('S');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByText('Bitte mindestens zwei Zeichen eingeben.')).toBeVisible();
  await expect(words).toBeFocused();
  await words.fill('Schneider');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(/\/fachkraft\/datenschutz\?q=Schneider$/);
  await expect(page.getByText(/^\d+ Personen gefunden\.$/)).toBeVisible();
  const lena = page.getByRole('row').filter({ hasText: 'Lena Schneider' });
  await expect(lena.getByText(/^\d{4}-NORD-\d{4}$/)).toBeVisible();
  // Lena turns eight on the day the demo data is built (the day of the test run).
  const today = new Date();
  const lenaBorn = new Date(today.getFullYear() - 8, today.getMonth(), today.getDate());
  await expect(
    lena.getByText(
      lenaBorn.toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }),
    ),
  ).toBeVisible();
  await checkPage(page, testInfo, 'datenschutz-02-suche');

  // The person page exports nothing by itself: every export is audited.
  await lena.getByRole('link', { name: 'Lena Schneider' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lena Schneider' })).toBeVisible();
  const requests = page.getByRole('region', { name: 'Anträge', exact: true });
  await expect(requests.getByText('Für diese Person sind noch keine Anträge erfasst.')).toBeVisible();
  const exportCard = page.getByRole('region', { name: 'Auskunft (Art. 15 DSGVO)' });
  await expect(exportCard.getByRole('heading', { name: 'Empfänger und Zugriffe' })).toHaveCount(0);
  await checkPage(page, testInfo, 'datenschutz-03-person');

  await exportCard.getByRole('button', { name: 'Auskunft erstellen (Art. 15)' }).click();
  await expect(exportCard.getByRole('heading', { name: /^Auskunft vom / })).toBeFocused();
  await expect(exportCard.getByText(/^Die Auskunft ist erstellt: \d+ Bereiche/)).toBeVisible();
  const recipients = exportCard.getByRole('table', { name: 'Empfänger und Zugriffe' });
  await expect(
    recipients.getByRole('row').filter({ hasText: 'Anna Albers' }).filter({ hasText: 'Daten gelesen' }),
  ).toBeVisible();
  await expect(
    recipients
      .getByRole('row')
      .filter({ hasText: 'Familienhilfe Nord e. V.' })
      .filter({ hasText: 'Teile der Fallakte erhalten' }),
  ).toBeVisible();
  const masterData = exportCard.locator('summary').filter({ hasText: 'Stammdaten der Person' });
  await expect(masterData).toContainText('(1 Eintrag)');
  await expect(exportCard.locator('summary').filter({ hasText: 'Einträge der Fallakte' })).toBeVisible();
  await masterData.click();
  await expect(exportCard.getByText('Birkenstraße')).toBeVisible();
  await exportCard.locator('summary').filter({ hasText: 'Protokoll: wer die Daten' }).click();
  await expect(
    // Other specs on the same server may have opened Lena's case too: one such row is enough.
    exportCard
      .getByRole('row')
      .filter({ hasText: 'Anna Albers' })
      .filter({ hasText: 'Fall gelesen' })
      .first(),
  ).toBeVisible();
  await checkPage(page, testInfo, 'datenschutz-04-auskunft');

  const pdf = await downloaded(page, 'Als PDF herunterladen');
  expect(pdf.download.suggestedFilename()).toMatch(/^Auskunft-.*Schneider.*\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const json = await downloaded(page, 'Als JSON herunterladen');
  const exported = JSON.parse(json.bytes.toString('utf8')) as { format: string; person: { name: string } };
  expect(exported.format).toBe('lotse-art15-export/1');
  expect(exported.person.name).toContain('Schneider');

  // Lena's mother asks for erasure; Dora records it and refuses it with its legal ground.
  await requests.getByRole('button', { name: 'Antrag erfassen' }).click();
  await expect(requests.getByText('Bitte wählen Sie, welches Recht die Person geltend macht.')).toBeVisible();
  await expect(requests.getByLabel('Recht', { exact: true })).toBeFocused();
  await requests.getByLabel('Recht', { exact: true }).selectOption({ label: 'Löschung (Art. 17 DSGVO)' });
  await requests.getByLabel('Was verlangt die Person?').fill(NOTE);
  await requests.getByRole('button', { name: 'Antrag erfassen' }).click();
  await expect(requests.getByText(/^Der Antrag ist erfasst\. Frist: \d{2}\.\d{2}\.\d{4}\.$/)).toBeVisible();
  const request = requests.getByRole('article').filter({ hasText: NOTE });
  await expect(request.getByRole('heading', { name: 'Löschung (Art. 17 DSGVO)' })).toBeFocused();
  await expect(request.getByText('offen', { exact: true })).toBeVisible();
  await expect(requests.getByText('1 Antrag, davon 1 offen.')).toBeVisible();
  await checkPage(page, testInfo, 'datenschutz-05-antrag-offen');

  await request.getByRole('button', { name: 'Entscheidung speichern' }).click();
  await expect(request.getByText('Bitte wählen Sie: erledigt oder abgelehnt.')).toBeVisible();
  await request.getByLabel('Entscheidung', { exact: true }).selectOption('refused');
  await request.getByLabel('Begründung').fill(REASON);
  await request.getByRole('button', { name: 'Entscheidung speichern' }).click();
  await expect(requests.getByText('Die Entscheidung ist gespeichert: abgelehnt.')).toBeVisible();
  await expect(request.getByRole('heading', { name: 'Löschung (Art. 17 DSGVO)' })).toBeFocused();
  await expect(request.getByText('abgelehnt', { exact: true })).toBeVisible();
  await expect(request.getByText(REASON)).toBeVisible();
  await expect(request.getByText(/von Dora Dietz$/)).toBeVisible();
  await expect(request.getByRole('button', { name: 'Entscheidung speichern' })).toHaveCount(0);

  // A request for access that arrived two months ago and is still open: its month is over.
  const twoMonthsAgo = new Date(Date.now() - 60 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await requests.getByLabel('Recht', { exact: true }).selectOption({ label: 'Auskunft (Art. 15 DSGVO)' });
  await requests.getByLabel('Eingegangen am').fill(twoMonthsAgo);
  await requests.getByLabel('Was verlangt die Person?').fill(LATE_NOTE);
  await requests.getByRole('button', { name: 'Antrag erfassen' }).click();
  const late = requests.getByRole('article').filter({ hasText: LATE_NOTE });
  await expect(late.getByRole('heading', { name: 'Auskunft (Art. 15 DSGVO)' })).toBeFocused();
  await expect(late.getByText('Frist überschritten', { exact: true })).toBeVisible();
  await expect(requests.getByText('2 Anträge, davon 1 offen.')).toBeVisible();
  await checkPage(page, testInfo, 'datenschutz-06-antraege');

  // The decision stays: after a reload the erasure request is listed as refused.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Lena Schneider' })).toBeVisible();
  await expect(requests.getByText('2 Anträge, davon 1 offen.')).toBeVisible();
  await expect(requests.getByRole('article').filter({ hasText: NOTE }).getByText(REASON)).toBeVisible();
  await page.getByRole('link', { name: 'Zurück zur Suche' }).click();
  await expect(page).toHaveURL(/\/fachkraft\/datenschutz\?q=Schneider$/);
  await expect(page.getByRole('searchbox', { name: 'Name oder Aktenzeichen' })).toHaveValue('Schneider');
});
