import type { Download, Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { checkPage, expect, LENA_CASE_ID, login, openLenaCase, test } from '../support/fixtures.ts';

// Help planning (§ 36 SGB VIII) in the staff cockpit: a plan from the first draft to its review.

async function bytesOf(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  return text.replace(/\s+/g, ' ');
}

/** The board column ("Offen", "In Arbeit", "Erledigt") as a region. */
const column = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name} \\(`) });

test('Anna plant Hilfe für Lena: Entwurf, Board, Festschreiben, Fortschreibung, Vergleich, PDF', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const suffix = `${testInfo.project.name}-${Date.now()}`;
  const goal = `Lena geht gern zur Schule (${suffix})`;
  const agreement = `Schulweg gemeinsam üben (${suffix})`;
  const second = `Elternabend besuchen (${suffix})`;

  await test.step('Fallseite: Karte „Hilfeplanung“', async () => {
    await login(page, 'anna.asd');
    await openLenaCase(page);
    const card = page.getByRole('region', { name: 'Hilfeplanung' });
    await expect(card.getByRole('link', { name: /^Hilfeplan ab / }).first()).toBeVisible();
    await checkPage(page, testInfo, 'h2-10-fall-hilfeplanung');
    await card.getByRole('link', { name: 'Neuer Hilfeplan' }).click();
  });

  await test.step('Neuer Hilfeplan: Prüfung im Formular, Ziele, Vereinbarungen', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Neuer Hilfeplan' })).toBeVisible();
    await expect(page.getByLabel('Hilfeart')).toHaveValue('p31_spfh');
    // The review is prefilled the office's months after the start (demo: 6; 31 Aug → end of Feb).
    const { reviewMonths } = (await (await page.request.get('/api/help-plan-settings')).json()) as {
      reviewMonths: number;
    };
    const [year, month, day] = (await page.getByLabel('Beginn der Hilfe').inputValue())
      .split('-')
      .map(Number);
    const review = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1 + reviewMonths, 1));
    const lastDay = new Date(Date.UTC(review.getUTCFullYear(), review.getUTCMonth() + 1, 0)).getUTCDate();
    review.setUTCDate(Math.min(day ?? 1, lastDay));
    await expect(page.getByLabel('Nächste Überprüfung')).toHaveValue(review.toISOString().slice(0, 10));
    await expect(page.getByText(`Vorschlag: ${reviewMonths} Monate nach Beginn`)).toBeVisible();
    await expect(page.getByLabel('Sicht in eigenen Worten (Lena Schneider)')).toBeVisible();
    await checkPage(page, testInfo, 'h2-11-neuer-hilfeplan');

    await page.getByRole('button', { name: 'Ziel hinzufügen' }).click();
    await page.getByRole('button', { name: 'Hilfeplan anlegen' }).click();
    await expect(page.getByText('Bitte prüfen Sie die markierten Felder.')).toBeVisible();
    const goalTitle = page.getByLabel('Ziel', { exact: true });
    await expect(goalTitle).toHaveAttribute('aria-invalid', 'true');
    await expect(goalTitle).toBeFocused();

    await goalTitle.fill(goal);
    await page.getByLabel('Woran wir es merken').fill('an 4 von 5 Tagen pünktlich\nerzählt von der Schule');
    await page.getByLabel('In einfachen Worten für die Familie').fill('Lena geht morgens gern los.');
    await page
      .getByLabel('Sicht in eigenen Worten (Lena Schneider)')
      .fill('Ich will in der Schule Freunde haben.');
    await page.getByRole('button', { name: 'Bedarf hinzufügen' }).click();
    await page.getByRole('textbox', { name: 'Bedarf 1' }).fill('Verlässlicher Schulweg');

    for (const [text, owner] of [
      [agreement, 'Sabine Schneider'],
      [second, 'Markus Schneider'],
    ] as const) {
      await page.getByRole('button', { name: 'Vereinbarung hinzufügen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Vereinbarung hinzufügen' });
      await dialog.getByLabel('Was wird vereinbart?').fill(text);
      await dialog.getByLabel('Name').fill(owner);
      await dialog.getByRole('button', { name: 'Hinzufügen' }).click();
      await expect(dialog).toBeHidden();
    }
    await expect(column(page, 'Offen').getByRole('article')).toHaveCount(2);
    await page.getByRole('button', { name: 'Hilfeplan anlegen' }).click();
  });

  await test.step('Entwurf: Vereinbarung auf dem Board verschieben (Tastatur), speichern', async () => {
    await expect(page.getByRole('heading', { level: 2, name: 'Fassung 1 (Entwurf)' })).toBeVisible();
    const forward = page.getByRole('button', { name: `„${agreement}“ weiter nach „in Arbeit“` });
    await forward.focus();
    await page.keyboard.press('Enter');
    const card = column(page, 'In Arbeit').getByRole('article', { name: agreement });
    await expect(card).toBeVisible();
    await expect(card).toBeFocused();
    await expect(page.getByText(`„${agreement}“ steht jetzt unter „in Arbeit“.`)).toBeAttached();
    // The server's own check: the request is changed on its way (80 hours at most), the answer's
    // message appears next to the field and nothing is saved.
    await page.route('**/api/help-plans/*/draft', async (route) => {
      const body = route.request().postDataJSON() as { help: { hoursPerWeek: number | null } };
      body.help.hoursPerWeek = 500;
      await route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByRole('button', { name: 'Entwurf speichern' }).click();
    const hours = page.getByLabel('Stunden pro Woche');
    await expect(hours).toHaveAttribute('aria-invalid', 'true');
    await expect(hours).toHaveAccessibleDescription(/Höchstens 80 Stunden pro Woche/);
    await expect(hours).toBeFocused();
    await page.unroute('**/api/help-plans/*/draft');
    await hours.fill('6');
    await expect(hours).not.toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('button', { name: 'Entwurf speichern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'wurde gespeichert' })).toBeVisible();
    await page.reload();
    await expect(column(page, 'In Arbeit').getByRole('article', { name: agreement })).toBeVisible();
    await checkPage(page, testInfo, 'h2-12-entwurf');
  });

  await test.step('Festschreiben: danach nur noch lesen', async () => {
    await page.getByRole('button', { name: 'Festschreiben …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fassung 1 festschreiben?' });
    await dialog.getByRole('button', { name: 'Festschreiben' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Fassung 1 ist festgeschrieben.' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Fassung 1 (festgeschrieben)' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Entwurf speichern' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /weiter nach/ })).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
  });

  await test.step('Fortschreibung: Fortschritt bewerten, Vereinbarung erledigt', async () => {
    await page.getByRole('button', { name: 'Fortschreibung beginnen' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Fassung 2 (Entwurf)' })).toBeVisible();
    await page.getByLabel('Fortschritt (0–10)').selectOption('6');
    await page.getByRole('button', { name: `„${agreement}“ weiter nach „erledigt“` }).click();
    await expect(column(page, 'Erledigt').getByRole('article', { name: agreement })).toBeVisible();
    await page
      .getByLabel('Sicht in eigenen Worten (Lena Schneider)')
      .fill('Ich habe zwei Freundinnen gefunden.');
    await page.getByRole('button', { name: 'Nicht beteiligte Person eintragen' }).click();
    const absent = page.getByRole('group', { name: /^Nicht beteiligt 1/ });
    await absent.getByLabel('Name').fill('Markus Schneider');
    await absent.getByLabel('Grund').fill('war nicht erreichbar');
    await page.getByRole('button', { name: 'Entwurf speichern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'wurde gespeichert' })).toBeVisible();
    await checkPage(page, testInfo, 'h2-13-fortschreibung');
  });

  await test.step('Fassungen vergleichen', async () => {
    const diff = page.getByRole('region', { name: 'Fassungen vergleichen' });
    await expect(diff.getByLabel('Ältere Fassung')).toHaveValue('1');
    await expect(diff.getByLabel('Neuere Fassung')).toHaveValue('2');
    const progress = diff.getByRole('listitem').filter({ hasText: `Ziel „${goal}“: Fortschritt` });
    await expect(progress).toContainText('nicht bewertet');
    await expect(progress).toContainText('6 von 10');
    const status = diff.getByRole('listitem').filter({ hasText: `Vereinbarung „${agreement}“: Stand` });
    await expect(status).toContainText('in Arbeit');
    await expect(status).toContainText('erledigt');
    await expect(diff.getByRole('listitem').filter({ hasText: 'Sicht von Lena Schneider' })).toContainText(
      'Ich habe zwei Freundinnen gefunden.',
    );
    await expect(diff.getByRole('listitem').filter({ hasText: 'Nicht beteiligt' })).toContainText(
      'Markus Schneider (Elternteil): war nicht erreichbar',
    );
    await checkPage(page, testInfo, 'h2-14-vergleich');
  });

  await test.step('Protokoll als PDF', async () => {
    const link = page.getByRole('link', { name: 'Protokoll der Fassung 1 als PDF herunterladen' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const bytes = await bytesOf(download);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfText(bytes)).toContain(goal);
    const response = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(response.headers()['content-type']).toContain('application/pdf');
  });

  await test.step('Fortschreibung festschreiben (Lenas Fall bleibt ohne offenen Entwurf)', async () => {
    await page.getByRole('button', { name: 'Festschreiben …' }).click();
    await page
      .getByRole('dialog', { name: 'Fassung 2 festschreiben?' })
      .getByRole('button', { name: 'Festschreiben' })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: 'Fassung 2 (festgeschrieben)' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Fortschreibung beginnen' })).toBeVisible();
  });
});

test('Eine festgeschriebene Fassung ist nur zu lesen', async ({ page }, testInfo) => {
  await login(page, 'anna.asd');
  // Lena's demo plan: the oldest of her case (agreed half a year ago, reviewed since).
  const plans = (await (await page.request.get(`/api/cases/${LENA_CASE_ID}/help-plans`)).json()) as {
    id: string;
    startsOn: string;
  }[];
  const demo = plans.toSorted((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
  if (!demo) throw new Error('Lenas Demo-Hilfeplan fehlt');
  await page.goto(`/fachkraft/faelle/${LENA_CASE_ID}/hilfeplaene/${demo.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hilfeplan' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Fassung 2 (festgeschrieben)' })).toBeVisible();
  await expect(page.getByText('kann nicht mehr geändert werden')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Entwurf speichern' })).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: /Festschreiben|weiter nach|zurück nach|bearbeiten/ }),
  ).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(column(page, 'Erledigt').getByRole('article')).toHaveCount(2);

  await page.getByRole('button', { name: 'Fassung 1' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Fassung 1 (festgeschrieben)' })).toBeVisible();
  await expect(column(page, 'Offen').getByRole('article')).toHaveCount(3);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  const diff = page.getByRole('region', { name: 'Fassungen vergleichen' });
  await expect(diff.getByRole('listitem').filter({ hasText: 'Sicht von Lena Schneider' })).toContainText(
    'Turnen macht Spaß!',
  );
  await checkPage(page, testInfo, 'h2-15-festgeschrieben');

  // The server refuses to change a final version (only a review starts a new draft).
  const refused = await page.request.put(`/api/help-plans/${demo.id}/draft`, {
    data: { help: { type: 'p31_spfh', startsOn: '2026-01-01' } },
  });
  expect(refused.status()).toBe(409);
});
