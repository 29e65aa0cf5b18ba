import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { checkPage, expect, login, logout, test } from '../support/fixtures.ts';

/*
 * "Kooperation": two offices on one installation exchange a template. Clara (team lead, Jugendamt
 * Musterstadt) publishes a checklist — a draft with a real demo person's name is refused with the
 * findings listed; Lea (caseworker, Jugendamt Nachbarstadt) takes a copy and finds it among her
 * office's articles; she searches the region's experts by topic and language. Clara exports a
 * signed template package, and Tim (team lead, Nachbarstadt) imports it after confirming the
 * fingerprint. The workflows run at desktop width; the last test opens the pages at phone width.
 */

const COOPERATION = '/fachkraft/kooperation';
/** Unique per run, so titles do not collide with earlier runs against the same server. */
const RUN = Date.now().toString(36);

async function writeArticle(page: Page, title: string, body: string) {
  await page.goto('/fachkraft/wissen/artikel/neu');
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Text (Markdown)').fill(body);
  await page.getByRole('button', { name: 'Artikel speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function publish(page: Page, summary: string) {
  await page.getByRole('button', { name: 'Veröffentlichen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Für andere Ämter veröffentlichen' });
  await dialog.getByLabel('Kurzbeschreibung (optional)').fill(summary);
  await dialog.getByRole('button', { name: 'Veröffentlichen' }).click();
  return dialog;
}

test.describe('Kooperation', { tag: '@desktop-only' }, () => {
  test.describe.configure({ mode: 'serial' });
  const title = `Checkliste Erstgespräch nach Zuständigkeitswechsel ${RUN}`;

  test('Clara veröffentlicht eine Checkliste; personenbezogene Daten werden abgewiesen', async ({
    page,
  }, testInfo) => {
    await login(page, 'clara.leitung');
    await writeArticle(
      page,
      `Entwurf Hausbesuch ${RUN}`,
      'Hausbesuch bei Lena Schneider am 12.03.2025.\n\nRückfragen an lena.mutter@example.org',
    );
    const refused = await publish(page, 'Erfahrungen aus einem Hausbesuch');
    const alert = refused.getByRole('alert');
    await expect(alert).toContainText('Nicht veröffentlicht');
    await expect(alert.getByRole('listitem')).toHaveText([
      'Zeile 1: Datum (z. B. Geburtsdatum) „12.03.2025“',
      'Zeile 1: Name einer Person aus den Akten des Amtes „Lena“',
      'Zeile 1: Name einer Person aus den Akten des Amtes „Schneider“',
      'Zeile 3: E-Mail-Adresse „lena.mutter@example.org“',
    ]);
    await checkPage(page, testInfo, 'kooperation-01-abgewiesen');
    await refused.getByRole('button', { name: 'Abbrechen' }).click();

    await writeArticle(
      page,
      title,
      '## Vor dem Gespräch\n\n- Akte des abgebenden Amtes gelesen\n- Dolmetschen geklärt\n\n## Im Gespräch\n\n- Bisherige Hilfe und Wirkung erfragen\n- Termin für das Hilfeplangespräch am [Datum] vereinbaren',
    );
    const dialog = await publish(
      page,
      'Für das erste Gespräch, wenn eine Familie aus einem anderen Amt kommt.',
    );
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`„${title}“ ist für die anderen Ämter veröffentlicht.`)).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Kooperation' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kooperation' })).toBeVisible();
    const own = page.getByRole('list', { name: 'Veröffentlichungen Ihres Amtes' });
    await expect(own.getByRole('listitem').filter({ hasText: title })).toBeVisible();
    await expect(own.getByRole('button', { name: `Zurückziehen: „${title}“` })).toBeVisible();
    await checkPage(page, testInfo, 'kooperation-02-eigene');
  });

  test('Lea (Jugendamt Nachbarstadt) übernimmt die Checkliste und findet sie unter den Artikeln ihres Amtes', async ({
    page,
  }, testInfo) => {
    await login(page, 'lea.nachbar');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Kooperation' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kooperation' })).toBeVisible();
    const others = page.getByRole('list', { name: 'Veröffentlichungen anderer Ämter' });
    // The seeded templates of Musterstadt are there too.
    await expect(others.getByRole('heading', { name: 'Hausbesuch bei Kindeswohlgefährdung' })).toBeVisible();
    await page.getByLabel('Suchbegriff').fill('Zuständigkeitswechsel');
    await page.getByRole('button', { name: 'Suchen' }).click();
    const card = others.getByRole('article', { name: title });
    await expect(card).toContainText('Jugendamt Musterstadt');
    await card.getByRole('button', { name: /^Vorschau:/ }).click();
    await expect(card.getByRole('heading', { name: 'Vor dem Gespräch' })).toBeVisible();
    await checkPage(page, testInfo, 'kooperation-03-geteilt');

    await card.getByRole('button', { name: `Kopie übernehmen: „${title}“` }).click();
    await expect(
      card.getByText(`„${title}“ ist übernommen und steht jetzt unter den Artikeln Ihres Amtes.`),
    ).toBeVisible();
    await expect(card.getByText(/^Übernommen am/)).toBeVisible();
    await card.getByRole('link', { name: `Ihre Kopie „${title}“ öffnen` }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Übernommen von Jugendamt Musterstadt')).toBeVisible();

    await page.goto('/fachkraft/wissen/artikel');
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
    await expect(item.getByText('Übernommen von Jugendamt Musterstadt')).toBeVisible();
  });

  test('Lea sucht Fachstellen nach Thema und Sprache und legt eine an', async ({ page }, testInfo) => {
    await login(page, 'lea.nachbar');
    await page.goto(COOPERATION);
    await page
      .getByRole('navigation', { name: 'Kooperation' })
      .getByRole('link', { name: 'Fachstellen der Region' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Fachstellen der Region' })).toBeVisible();
    const results = page.getByRole('list', { name: 'Fachstellen' });
    await page.getByLabel('Sprache').selectOption('uk');
    await page.getByLabel('Thema').selectOption('dolmetschen');
    await expect(page).toHaveURL(/sprache=uk/);
    await expect(results.getByRole('heading', { name: 'Dolmetscherdienst Sprachbrücke' })).toBeVisible();
    await expect(results.getByRole('article')).toHaveCount(1);
    await checkPage(page, testInfo, 'kooperation-04-verzeichnis');

    await page.getByLabel('Sprache').selectOption('');
    await page.getByLabel('Thema').selectOption('');
    await page.getByLabel('Suchbegriff').fill('Psychiatrie');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(
      results.getByRole('heading', { name: /Kinder- und Jugendpsychiatrie Musterstadt/ }),
    ).toBeVisible();

    const name = `Lerntherapie Nachbarstadt ${RUN}`;
    await page.getByRole('button', { name: 'Eintrag anlegen' }).click();
    const form = page.getByRole('region', { name: 'Neuer Eintrag' });
    await form.getByLabel('Name der Stelle').fill(name);
    await form.getByLabel('Art der Stelle').selectOption('counselling_centre');
    await form.getByLabel('Themen (optional)').fill('lernen, schule');
    await form.getByRole('checkbox', { name: 'Türkisch' }).check();
    await checkPage(page, testInfo, 'kooperation-05-eintrag');
    await form.getByRole('button', { name: 'Eintrag speichern' }).click();
    await expect(page.getByText(`„${name}“ ist gespeichert.`)).toBeVisible();
    await page.getByLabel('Suchbegriff').fill('Lerntherapie');
    await page.getByRole('button', { name: 'Suchen' }).click();
    const mine = results.getByRole('article', { name });
    await expect(mine).toContainText('Gepflegt von Ihrem Amt');
    await expect(mine.getByRole('button', { name: `Bearbeiten: „${name}“` })).toBeVisible();
  });

  test('Clara exportiert ein signiertes Paket, Tim liest es mit bestätigtem Fingerabdruck ein', async ({
    page,
  }, testInfo) => {
    await login(page, 'clara.leitung');
    await page.goto(`${COOPERATION}/pakete`);
    await expect(page.getByRole('heading', { level: 1, name: 'Vorlagenpakete' })).toBeVisible();
    const fingerprint = ((await page.locator('.cooperation-fingerprint').first().textContent()) ?? '').trim();
    expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    await page.getByRole('checkbox', { name: title, exact: true }).check();
    await page.getByRole('checkbox', { name: 'Einladung zum Hilfeplangespräch', exact: true }).check();
    await checkPage(page, testInfo, 'kooperation-06-pakete');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Signiertes Paket herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^lotse-vorlagen-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { items: unknown[]; signature: string };
    expect(pkg.items).toHaveLength(2);
    await logout(page);

    await login(page, 'tim.nachbar');
    await page.goto(`${COOPERATION}/pakete`);
    await page.getByLabel('Paketdatei (JSON)').setInputFiles(file);
    await expect(page.getByText('Signiert von Jugendamt Musterstadt')).toBeVisible();
    await expect(page.getByText(fingerprint, { exact: true })).toBeVisible();
    // A wrong fingerprint is refused.
    const confirm = page.getByLabel('Fingerabdruck, den Ihnen das andere Amt genannt hat');
    await confirm.fill('0000 1111 2222 3333 4444 5555 6666 7777');
    await page.getByRole('button', { name: 'Fingerabdruck bestätigen und einlesen' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Nicht eingelesen' })).toContainText(
      'Fingerabdruck passt nicht',
    );
    await confirm.fill(fingerprint.toLowerCase());
    await page.getByRole('button', { name: 'Fingerabdruck bestätigen und einlesen' }).click();
    await expect(page.getByText('2 Vorlagen von Jugendamt Musterstadt übernommen.')).toBeVisible();
    const result = page.getByRole('list', { name: 'Ergebnis des Imports' });
    await expect(result.getByRole('link', { name: 'Einladung zum Hilfeplangespräch' })).toBeVisible();
    await checkPage(page, testInfo, 'kooperation-07-eingelesen');
  });
});

test.describe('Kooperation auf dem Handy', { tag: '@phone-only' }, () => {
  test('Lea öffnet geteilte Vorlagen, Fachstellen und Pakete: axe, passt in die Breite', async ({
    page,
  }, testInfo) => {
    await login(page, 'lea.nachbar');
    for (const [address, heading, shot] of [
      [COOPERATION, 'Kooperation', 'handy-kooperation-01'],
      [`${COOPERATION}/verzeichnis`, 'Fachstellen der Region', 'handy-kooperation-02'],
      [`${COOPERATION}/pakete`, 'Vorlagenpakete', 'handy-kooperation-03'],
    ] as const) {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${shot}: die Seite ist breiter als der Bildschirm`).toBeLessThanOrEqual(0);
      await checkPage(page, testInfo, shot);
    }
  });
});
