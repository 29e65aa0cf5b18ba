import { checkPage, expect, login, logout, test, tinyPdf } from '../support/fixtures.ts';

const LENA_TITLE = 'Lena Schneider – SPFH in Vorbereitung';

test('Anna arbeitet an Lenas Fall: Suche, Genogramm, Verlauf, Vermerk, Dokument', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const suffix = `${testInfo.project.name}-${Date.now()}`;

  await test.step('Anmeldung und „Mein Tag“', async () => {
    await login(page, 'anna.asd');
    await expect(page.getByText('Demo-Betrieb – alle Daten sind erfunden')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Meine Fälle' })).toBeVisible();
    await expect(page.getByRole('link', { name: LENA_TITLE, exact: true })).toBeVisible();
    await checkPage(page, testInfo, '10-mein-tag');
  });

  await test.step('Fallliste: Suche nach „Lena“', async () => {
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Fälle' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Fälle' })).toBeVisible();
    await checkPage(page, testInfo, '11-faelle');
    await page.getByRole('searchbox', { name: 'Suche' }).fill('Lena');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(page).toHaveURL(/q=Lena/);
    const link = page.getByRole('link', { name: LENA_TITLE, exact: true });
    await expect(link).toBeVisible();
    await expect(
      page
        .getByText(/ASD Nord/)
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
    await checkPage(page, testInfo, '12-faelle-suche-lena');
    await link.click();
  });

  await test.step('Fallseite: Kopf, Status, Genogramm', async () => {
    await expect(page.getByRole('heading', { level: 1, name: LENA_TITLE })).toBeVisible();
    // The process map follows the data: Lena's final help plan has begun, so help is under way.
    const stepper = page.getByRole('list', { name: 'Verlauf des Falls' });
    await expect(stepper.locator('[aria-current="step"]')).toContainText('Hilfe läuft');
    await expect(
      page.getByRole('definition').filter({ hasText: '§ 31 Sozialpädagogische Familienhilfe (SPFH)' }),
    ).toBeVisible();
    await expect(page.getByRole('img', { name: 'Familiendiagramm (Genogramm)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Beziehungen' })).toBeVisible();
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Sandra Schneider ist Elternteil von Lena Schneider.' }),
    ).toBeVisible();
    await checkPage(page, testInfo, '13-fall-personen');
  });

  await test.step('Verlauf und neuer Vermerk', async () => {
    await page.getByRole('tab', { name: /Verlauf/ }).click();
    await expect(page.getByRole('heading', { name: 'Erstkontakt über die Eingangsstelle' })).toBeVisible();
    const title = `Telefonat mit Frau Schneider (${suffix})`;
    await page.getByLabel('Titel').fill(title);
    await page
      .getByRole('textbox', { name: /^Text/ })
      .fill('Terminabsprache für das Hilfeplangespräch.\nLena freut sich.');
    await page.getByRole('button', { name: 'Eintrag speichern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'wurde gespeichert' })).toBeVisible();
    const entry = page.getByRole('article', { name: title });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText('Anna Albers');
    await expect(entry).toContainText('Vermerk');

    const secret = `Vertrauliche Mitteilung (${suffix})`;
    await page.getByLabel('Titel').fill(secret);
    await page.getByLabel('Anvertraut (§ 65 SGB VIII)').check();
    await page.getByRole('button', { name: 'Eintrag speichern' }).click();
    await expect(page.getByRole('article', { name: secret })).toContainText('Anvertraut (§ 65)');
    await checkPage(page, testInfo, '14-fall-verlauf');
  });

  await test.step('Dokument hochladen und herunterladen', async () => {
    await page.getByRole('tab', { name: /Dokumente/ }).click();
    const filename = `hilfeplan-entwurf-${suffix}.pdf`;
    const pdf = tinyPdf();
    await page
      .getByLabel('Datei', { exact: true })
      .setInputFiles({ name: filename, mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Hochladen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'wurde hochgeladen' })).toBeVisible();
    const link = page.getByRole('link', { name: `${filename} herunterladen` });
    await expect(link).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
    const content = Buffer.concat(chunks);
    expect(content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(content.equals(pdf)).toBe(true);
    await checkPage(page, testInfo, '15-fall-dokumente');
  });

  await test.step('Aufgaben', async () => {
    await page.getByRole('tab', { name: /Aufgaben/ }).click();
    const task = `Hilfeplangespräch vorbereiten (${suffix})`;
    await page.getByLabel('Aufgabe', { exact: true }).fill(task);
    await page.getByRole('button', { name: 'Aufgabe anlegen' }).click();
    const checkbox = page.getByRole('checkbox', { name: task });
    await expect(checkbox).toBeVisible();
    await checkbox.check();
    await expect(checkbox).toBeChecked();
    await checkPage(page, testInfo, '16-fall-aufgaben');
  });

  await test.step('Abmelden', async () => {
    await logout(page);
    await expect(page.getByText('Sie haben sich abgemeldet.')).toBeVisible();
    await page.goto('/fachkraft');
    await expect(page).toHaveURL(/\/fachkraft\/login/);
  });
});

test('Anna legt einen neuen Fall an, verbindet Personen und ändert den Status', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const suffix = `${testInfo.project.name}-${Date.now().toString().slice(-6)}`;
  await login(page, 'anna.asd');
  await page.getByRole('link', { name: 'Neuer Fall' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Neuer Fall' })).toBeVisible();

  // Submitting empty shows the field errors from the shared schema.
  await page.getByRole('button', { name: 'Fall anlegen' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie die markierten Felder.' }),
  ).toBeVisible();

  const title = `Familie Testmann – Beratung ${suffix}`;
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Hilfeart').selectOption('p28_educational_counselling');
  const first = page.getByRole('group', { name: /^Person 1/ });
  await first.getByLabel('Vorname').fill('Mia');
  await first.getByLabel('Nachname').fill('Testmann');
  await first.getByLabel('Geburtsdatum').fill('2016-03-14');
  await first.getByLabel('Geschlecht').selectOption('female');
  await page.getByRole('button', { name: 'Weitere Person hinzufügen' }).click();
  const second = page.getByRole('group', { name: /^Person 2/ });
  await second.getByLabel('Rolle im Fall').selectOption('parent');
  await second.getByLabel('Vorname').fill('Tom');
  await second.getByLabel('Nachname').fill('Testmann');
  await second.getByLabel('Geschlecht').selectOption('male');
  await second.getByLabel('Postleitzahl').fill('12103');
  await checkPage(page, testInfo, '20-neuer-fall');
  await page.getByRole('button', { name: 'Fall anlegen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/fachkraft\/faelle\/[0-9a-f-]{36}/);

  await page.getByRole('button', { name: 'Beziehung hinzufügen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Beziehung hinzufügen' });
  await dialog.getByLabel('Person A').selectOption({ label: 'Tom Testmann' });
  await dialog.getByLabel('ist …').selectOption('parent');
  await dialog.getByLabel('von Person B').selectOption({ label: 'Mia Testmann' });
  await checkPage(page, testInfo, '21-dialog-beziehung');
  await dialog.getByRole('button', { name: 'Beziehung speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Tom Testmann ist Elternteil von Mia Testmann.' }),
  ).toBeVisible();

  const stepper = page.getByRole('list', { name: 'Verlauf des Falls' });
  const before = await stepper.locator('[aria-current="step"]').textContent();
  const next = page.getByLabel('Nächster Schritt');
  const options = await next.locator('option').allInnerTexts();
  const target = options.find((o) => o !== 'Bitte wählen' && o !== 'Abgeschlossen');
  expect(target, `kein erlaubter nächster Status nach ${before}`).toBeTruthy();
  await next.selectOption({ label: target ?? '' });
  await page.getByRole('button', { name: 'Status ändern' }).click();
  await expect(page.getByText(`Status geändert auf „${target}“.`)).toBeVisible();
  await expect(stepper.locator('[aria-current="step"]')).toContainText(target ?? '');
  await checkPage(page, testInfo, '22-neuer-fall-angelegt');
});
