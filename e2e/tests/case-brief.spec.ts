import {
  checkPage,
  expect,
  LENA_CASE_ID,
  LENA_TITLE,
  login,
  openLenaCase,
  test,
} from '../support/fixtures.ts';

const SECTIONS = [
  'Personen und Beziehungen',
  'Verlauf der Hilfe',
  'Hilfeplan: Ziele und Fortschritt',
  'Kinderschutz (§ 8a)',
  'Offene Aufgaben und Fristen',
  'Letzte Kontakte',
];

test(
  'Kurzbericht: Anna stellt Lenas Fall zusammen, springt zu den Quellen und übernimmt ihn als Notiz',
  {
    tag: '@desktop-only',
  },
  async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await login(page, 'anna.asd');

    await test.step('vom Fall zum Kurzbericht: alle Abschnitte, jeder Satz mit Quelle', async () => {
      await openLenaCase(page);
      await page.getByRole('link', { name: 'Kurzbericht' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Kurzbericht: Übergabe' })).toBeVisible();
      for (const title of SECTIONS) {
        await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
      }
      const persons = page.getByRole('region', { name: 'Personen und Beziehungen' });
      await expect(persons).toContainText('Lena Schneider');
      await expect(
        page.getByText('Anvertraute Einträge (§ 65 SGB VIII) sind nicht enthalten.'),
      ).toBeVisible();
      // Anna's own entrusted note of the demo is never part of a brief.
      await expect(page.getByText('Im Vertrauen: Schulden aus der Trennung')).toHaveCount(0);
      const sentences = page.locator('.brief-sentence');
      const count = await sentences.count();
      expect(count).toBeGreaterThan(10);
      await expect(page.locator('.brief-sentence a.brief-source')).toHaveCount(count);
      await checkPage(page, testInfo, 'kurzbericht-01-uebergabe');
    });

    await test.step('der Zweck ändert Titel und Reihenfolge', async () => {
      await page.getByRole('radio', { name: 'Entwurf Bericht an das Familiengericht' }).check();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Kurzbericht: Entwurf Bericht an das Familiengericht' }),
      ).toBeVisible();
      await expect(page).toHaveURL(/zweck=court/);
      await expect(page.locator('.brief-section h2').nth(1)).toHaveText('Verlauf der Hilfe');
      await checkPage(page, testInfo, 'kurzbericht-02-familiengericht');
      await page.getByRole('radio', { name: 'Übergabe' }).check();
      await expect(page.getByRole('heading', { level: 1, name: 'Kurzbericht: Übergabe' })).toBeVisible();
    });

    await test.step('die Quelle eines Kontakts führt zum Eintrag im Verlauf', async () => {
      const contacts = page.getByRole('region', { name: 'Letzte Kontakte' });
      const source = contacts.getByRole('link', { name: /^Quelle: Kontakt vom / }).first();
      const href = (await source.getAttribute('href')) ?? '';
      expect(href).toMatch(new RegExp(`^/fachkraft/faelle/${LENA_CASE_ID}#eintrag-[0-9a-f-]{36}$`));
      await source.click();
      await expect(page.getByRole('heading', { level: 1, name: LENA_TITLE })).toBeVisible();
      await expect(page.getByRole('tab', { name: 'Verlauf' })).toHaveAttribute('aria-selected', 'true');
      const target = page.locator(`#${href.split('#')[1]}`);
      await expect(target).toBeVisible();
      await expect(target).toBeFocused();
      await expect(target).toBeInViewport();
    });

    await test.step('die Quelle einer Person führt zur Person', async () => {
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1, name: 'Kurzbericht: Übergabe' })).toBeVisible();
      const persons = page.getByRole('region', { name: 'Personen und Beziehungen' });
      await persons.getByRole('link', { name: 'Quelle: Angaben zu Lena Schneider' }).first().click();
      await expect(page.getByRole('tab', { name: /Personen/ })).toHaveAttribute('aria-selected', 'true');
      const person = page.locator('[id^="person-"]:focus');
      await expect(person).toContainText('Lena Schneider');
      await expect(person).toBeInViewport();
    });

    await test.step('als Notiz-Entwurf übernehmen und speichern', async () => {
      await page.goto(`/fachkraft/faelle/${LENA_CASE_ID}/kurzbericht?zweck=helpplan_meeting`);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Kurzbericht: Vorbereitung Hilfeplangespräch' }),
      ).toBeVisible();
      await page.getByRole('button', { name: 'Als Notiz-Entwurf übernehmen' }).click();
      const draft = page.getByRole('region', { name: 'Notiz-Entwurf' });
      await expect(draft.getByLabel('Text der Notiz')).toHaveValue(/Hilfeplan: Ziele und Fortschritt/);
      const title = `Kurzbericht Test ${testInfo.project.name} ${Date.now().toString().slice(-6)}`;
      await draft.getByLabel('Titel der Notiz').fill(title);
      await checkPage(page, testInfo, 'kurzbericht-03-notiz-entwurf');
      await draft.getByRole('button', { name: 'Als Notiz speichern' }).click();
      await expect(draft.getByText('Die Notiz wurde im Verlauf des Falls gespeichert.')).toBeVisible();
      await draft.getByRole('link', { name: 'Notiz im Verlauf öffnen' }).click();
      await expect(page.getByRole('article', { name: title })).toBeFocused();
    });
  },
);

test(
  'Kurzbericht auf dem Handy: passt in die Breite und besteht axe',
  { tag: '@phone-only' },
  async ({ page }, testInfo) => {
    await login(page, 'anna.asd');
    await openLenaCase(page);
    await page.goto(`/fachkraft/faelle/${LENA_CASE_ID}/kurzbericht`);
    await expect(page.getByRole('heading', { level: 1, name: 'Kurzbericht: Übergabe' })).toBeVisible();
    for (const title of SECTIONS)
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'Der Kurzbericht ist breiter als der Bildschirm').toBeLessThanOrEqual(0);
    await checkPage(page, testInfo, 'handy-kurzbericht');
  },
);
