import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { checkPage, expect, login, test } from '../support/fixtures.ts';

/*
 * The planning face (/planung): Fiona, youth welfare planner, starts on the dashboard, picks another
 * indicator and grouping (the selection lives in the URL, the back button returns), sees a chart and
 * its table, downloads the table as CSV with the same figures, finds the small social area "Hafen"
 * suppressed (".") instead of a count of 1 or 2, and checks the § 8a survey of this year before its
 * export. A caseworker gets "Keine Berechtigung". The figures come from the API, since other specs add
 * cases on the same server.
 */

interface Row {
  key: string;
  label: string;
  count: number | '.';
  value: number | '.' | null;
  population: number | null;
}
interface Figures {
  from: string | null;
  to: string | null;
  rows: Row[];
  total: Row;
}
interface Indicators {
  items: { id: string; label: string; dimensions: string[] }[];
  socialAreas: { code: string; name: string }[];
}

async function apiJson<T>(page: Page, url: string): Promise<T> {
  const answer = await page.request.get(url);
  expect(answer.status(), `${url}: ${await answer.text()}`).toBe(200);
  return (await answer.json()) as T;
}

/** The chart has been drawn (ECharts renders SVG into the figure). */
async function expectChart(page: Page, region: string) {
  const section = page.getByRole('region', { name: region });
  await expect(section.locator('.lazy-chart-drawing[data-chart-state="ready"] svg').first()).toBeVisible();
}

/** The office's year (the statistics offer this year and the five before). */
function officeYear(): number {
  return Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(new Date()),
  );
}

test('Jugendhilfeplanung: Kennzahl wählen, Diagramm und Tabelle, CSV, Hafen unterdrückt, amtliche Statistik', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await login(page, 'fiona.planung');
  await expect(page).toHaveURL(/\/planung$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kennzahlen' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Planung' });
  await expect(nav.getByRole('link', { name: 'Kennzahlen' })).toHaveAttribute('aria-current', 'page');

  const meta = await apiJson<Indicators>(page, '/api/planning/indicators');
  const first = meta.items[0];
  if (!first) throw new Error('keine Kennzahlen');
  await expect(page.getByLabel('Kennzahl', { exact: true })).toHaveValue(first.id);
  await expect(page.getByRole('heading', { level: 2, name: first.label })).toBeVisible();
  await expectChart(page, first.label);
  await expectChart(page, 'Karte der Sozialräume');
  await checkPage(page, testInfo, 'planung-10-kennzahlen');

  await test.step('Kennzahl und Aufteilung wechseln; die Auswahl steht in der Adresse', async () => {
    await page.getByLabel('Kennzahl', { exact: true }).selectOption({ label: 'Fremdunterbringung' });
    await expect(page).toHaveURL(/indicator=out_of_home/);
    await expect(page.getByRole('heading', { level: 2, name: 'Fremdunterbringung' })).toBeVisible();
    await page.getByLabel('Aufteilen nach', { exact: true }).selectOption({ label: 'Altersgruppe' });
    await expect(page).toHaveURL(/indicator=out_of_home&by=ageGroup/);
    const table = page.getByRole('table', { name: /^Fremdunterbringung nach Altersgruppe/ });
    await expect(table).toBeVisible();
    await expectChart(page, 'Fremdunterbringung');

    const figures = await apiJson<Figures>(page, '/api/planning/figures?indicator=out_of_home&by=ageGroup');
    expect(figures.rows.length).toBeGreaterThan(0);
    await expect(table.locator('tbody tr')).toHaveCount(figures.rows.length);
    await expect(table.locator('tbody th')).toHaveText(figures.rows.map((r) => r.label));
    await expect(table.locator('tfoot th')).toHaveText('Jugendamt gesamt');
    // A period is chosen; the social-area filter applies to this grouping, the help type does not.
    await expect(page.getByLabel('Von', { exact: true })).toHaveValue(figures.from ?? '');
    await expect(page.getByLabel('Sozialraum', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Hilfeart', { exact: true })).toHaveCount(0);

    // The download is the table as it is shown.
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV herunterladen' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^lotse-out_of_home-ageGroup-.*\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(lines[0]).toContain('Fremdunterbringung');
    for (const row of [...figures.rows, figures.total]) {
      expect(lines, `CSV-Zeile für ${row.label}`).toContain(
        [row.label, row.count, row.value ?? '', row.population ?? ''].join(';'),
      );
    }
    await expect(page.getByRole('link', { name: 'Excel herunterladen' })).toHaveAttribute(
      'href',
      '/api/planning/figures/export?indicator=out_of_home&by=ageGroup&format=xlsx',
    );

    // Back to the grouping before.
    await page.goBack();
    await expect(page).toHaveURL(/indicator=out_of_home&by=socialArea/);
    await expect(page.getByLabel('Aufteilen nach', { exact: true })).toHaveValue('socialArea');
  });

  await test.step('Der kleine Sozialraum „Hafen“ zeigt „.“ statt 1 oder 2', async () => {
    const hafen = meta.socialAreas.find((a) => a.name === 'Hafen');
    expect(hafen, 'Sozialraum Hafen in den Demodaten').toBeTruthy();
    let suppressedIn: { id: string; label: string } | null = null;
    for (const indicator of meta.items.filter((i) => i.dimensions.includes('socialArea'))) {
      const figures = await apiJson<Figures>(
        page,
        `/api/planning/figures?indicator=${indicator.id}&by=socialArea`,
      );
      const row = figures.rows.find((r) => r.key === hafen?.code);
      // Never a count that could point at one or two families.
      expect([1, 2], `${indicator.id}: Hafen`).not.toContain(row?.count);
      if (row?.count === '.' && !suppressedIn) suppressedIn = indicator;
    }
    if (!suppressedIn) throw new Error('Keine Kennzahl unterdrückt Hafen');

    await page.goto(`/planung?indicator=${suppressedIn.id}&by=socialArea`);
    const table = page.getByRole('table', { name: new RegExp(`^${suppressedIn.label} nach Sozialraum`) });
    const row = table.getByRole('row', { name: /^Hafen/ });
    const count = row.getByRole('cell').first();
    await expect(count.locator('abbr[title="unterdrückt (Datenschutz)"]')).toHaveText(
      '.unterdrückt (Datenschutz)',
    );
    await expect(count).not.toHaveText(/^[12]$/);
    await expectChart(page, suppressedIn.label);
    await expect(page.getByRole('list', { name: 'Legende', exact: true })).toContainText(
      'unterdrückt (Datenschutz)',
    );
    await expect(page.getByRole('list', { name: 'Legende der Karte' })).toContainText(
      'unterdrückt (Datenschutz)',
    );
    await checkPage(page, testInfo, 'planung-20-hafen-unterdrueckt');
  });

  await test.step('Einwohnerzahlen: ein Fehler der Datei steht am Feld; „Neu berechnen“', async () => {
    const data = page.getByRole('region', { name: 'Daten und Berechnung' });
    const file = data.getByLabel('CSV-Datei aus dem Melderegister');
    await file.setInputFiles({
      name: 'einwohner.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('year;social_area;age_group;population\n2026;ATLANTIS;0-3;100\n'),
    });
    await data.getByRole('button', { name: 'Einwohnerzahlen einlesen' }).click();
    await expect(
      data.getByText('Zeile 2: Sozialraum „ATLANTIS“ gibt es in diesem Jugendamt nicht.'),
    ).toBeVisible();
    await expect(file).toHaveAttribute('aria-invalid', 'true');

    const before = (await apiJson<{ builtAt: string | null }>(page, '/api/planning/indicators')).builtAt;
    await data.getByRole('button', { name: 'Neu berechnen' }).click();
    await expect(data.getByText(/Die Zahlen sind in etwa einer Minute neu berechnet/)).toBeVisible();
    // The page asks again by itself and says when the new figures are there.
    await expect(data.getByText(/^Die Zahlen sind neu berechnet \(Stand: /)).toBeVisible({ timeout: 60_000 });
    const after = (await apiJson<{ builtAt: string | null }>(page, '/api/planning/indicators')).builtAt;
    expect(after).not.toBe(before);
  });

  await test.step('Amtliche Statistik: Prüfbericht § 8a des laufenden Jahres', async () => {
    await nav.getByRole('link', { name: 'Amtliche Statistik' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Amtliche Statistik' })).toBeVisible();
    const year = officeYear();
    await expect(page.getByLabel('Erhebung', { exact: true })).toHaveValue('8a');
    await expect(page.getByLabel('Berichtsjahr', { exact: true })).toHaveValue(String(year));
    await expect(page.getByRole('heading', { level: 2, name: `Prüfbericht ${year}` })).toBeVisible();

    const report = await apiJson<{
      records: number;
      complete: number;
      problems: { caseReference: string; caseId: string | null }[];
    }>(page, `/api/statistics/8a/${year}/validation`);
    await expect(page.locator('dt:text-is("Datensätze") + dd')).toHaveText(String(report.records));
    await expect(page.locator('dt:text-is("Vollständig") + dd')).toHaveText(String(report.complete));
    if (report.problems.length > 0) {
      const table = page.getByRole('table', { name: /^Datensätze mit Lücken/ });
      await expect(table.locator('tbody tr')).toHaveCount(report.problems.length);
      await expect(table.locator('tbody th')).toHaveText(report.problems.map((p) => p.caseReference));
      // A link to the case only where the server says she may open it.
      await expect(table.getByRole('link')).toHaveCount(report.problems.filter((p) => p.caseId).length);
    }
    const exportLink = page.getByRole('link', { name: 'Export herunterladen (CSV)' });
    await expect(exportLink).toHaveAttribute('href', `/api/statistics/8a/${year}/export`);
    await checkPage(page, testInfo, 'planung-30-amtliche-statistik');
  });
});

test('Fachkräfte erreichen die Planung nicht', async ({ page }, testInfo) => {
  await login(page, 'anna.asd');
  await page.goto('/planung');
  await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  await expect(
    page.getByText('Die Planung sehen nur die Jugendhilfeplanung und die Amtsleitung.'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mein Tag' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await checkPage(page, testInfo, 'planung-40-keine-berechtigung');
  // The server refuses the figures too.
  expect((await page.request.get('/api/planning/indicators')).status()).toBe(403);
  expect((await page.request.get('/api/statistics/8a/2025/validation')).status()).toBe(403);
});
