import { checkPage, expect, login, openLenaCase, test } from '../support/fixtures.ts';

/** The child's answers, question by question, as the face labels of the child mode. */
const CHILD_ANSWERS = ['nicht so gut', 'gut', 'nicht so gut', 'gut', 'mittel', 'nicht so gut', 'gut', null];

test('Anna erfasst mit Lena deren Sicht im Kindermodus, ihre eigene Sicht und die Ökokarte', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  const suffix = `${testInfo.project.name}-${Date.now()}`;

  await test.step('Sichtweisen auf Lenas Fall', async () => {
    await login(page, 'anna.asd');
    await openLenaCase(page);
    await page.getByRole('tab', { name: 'Sichtweisen' }).click();
    await expect(page.getByRole('heading', { name: 'Sichtweisen im Vergleich' })).toBeVisible();
    // The newest round (the demo's, or one an earlier run entered) shows where views differ.
    await expect(page.getByText(/Die Sichtweisen gehen in \d+ Bereichen auseinander/)).toBeVisible();
    await expect(page.locator('.lazy-chart-drawing[data-chart-state="ready"] svg')).toHaveCount(1);
    await checkPage(page, testInfo, '60-sichtweisen');
  });

  await test.step('Neue Bewertungsrunde', async () => {
    await page.getByRole('button', { name: 'Neue Bewertungsrunde' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Bewertungsrunde' });
    await expect(dialog.getByLabel('Datum')).not.toHaveValue('');
    await checkPage(page, testInfo, '61-sichtweisen-neue-runde');
    await dialog.getByRole('button', { name: 'Runde anlegen' }).click();
    await expect(page.getByText(/Bewertungsrunde vom .* angelegt/)).toBeVisible();
    await expect(
      page.getByText('In dieser Runde hat noch niemand eine Sichtweise eingetragen.'),
    ).toBeVisible();
  });

  await test.step('Kindermodus: eine Frage je Seite, Gesichter als Auswahl', async () => {
    await page.getByRole('link', { name: 'Kindermodus starten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Deine Sicht' })).toBeVisible();
    await expect(page.getByRole('radio', { name: /Das Kind wählt selbst/ })).toBeChecked();
    await checkPage(page, testInfo, '62-kindermodus-start');
    await page.getByRole('button', { name: 'Los geht’s' }).click();
    for (const [i, answer] of CHILD_ANSWERS.entries()) {
      await expect(page.getByText(`Frage ${i + 1} von ${CHILD_ANSWERS.length}`)).toBeVisible();
      await page.getByRole('radio', { name: answer ?? 'Möchte ich nicht sagen', exact: true }).check();
      if (i === 2) {
        await page
          .getByLabel('Möchtest du noch etwas dazu sagen?')
          .fill(`In der Pause spielt keiner mit mir (${suffix})`);
        await checkPage(page, testInfo, '63-kindermodus-frage');
      }
      await page
        .getByRole('button', { name: i === CHILD_ANSWERS.length - 1 ? 'Fertig' : 'Weiter', exact: true })
        .click();
    }
    await expect(page.getByRole('heading', { name: 'Das hast du gesagt' })).toBeFocused();
    await checkPage(page, testInfo, '64-kindermodus-uebersicht');
    await page.getByRole('button', { name: 'Fertig – speichern' }).click();
    await expect(page.getByText('Die Sicht des Kindes ist gespeichert.')).toBeVisible();
  });

  await test.step('Die Sicht der Fachkraft daneben', async () => {
    await page.getByRole('button', { name: 'Sicht der Fachkraft eintragen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sichtweise: Fachkraft ASD' });
    const groups = dialog.locator('fieldset.rating-field');
    await expect(groups).toHaveCount(8);
    for (let i = 0; i < 8; i++) await groups.nth(i).getByRole('radio', { name: /^4 / }).check();
    await checkPage(page, testInfo, '65-sichtweise-fachkraft');
    await dialog.getByRole('button', { name: 'Sichtweise speichern' }).click();
    await expect(page.getByText('Sichtweise „Fachkraft ASD“ gespeichert.')).toBeVisible();
  });

  await test.step('Tabelle: Lenas Wert neben dem der Fachkraft, Diagramm gezeichnet', async () => {
    const school = page.locator('tr[data-dimension="school_day_care"]');
    await expect(school.locator('td[data-perspective="child"]')).toHaveText('2');
    await expect(school.locator('td[data-perspective="caseworker"]')).toHaveText('4');
    await expect(school).toContainText('2 Punkte – Sichtweisen gehen auseinander');
    const friends = page.locator('tr[data-dimension="friends_leisure"]');
    await expect(friends.locator('td[data-perspective="child"]')).toHaveText('4');
    await expect(friends.locator('td[data-perspective="caseworker"]')).toHaveText('4');
    await expect(friends).toContainText('einig');
    const heard = page.locator('tr[data-dimension="being_heard"]');
    await expect(heard.locator('td[data-perspective="child"]')).toHaveText('k. A.');
    await expect(page.getByText(`In der Pause spielt keiner mit mir (${suffix})`)).toBeVisible();
    const drawing = page.locator('.lazy-chart-drawing[data-chart-state="ready"]');
    await expect(drawing).toHaveAttribute('aria-hidden', 'true');
    await expect(drawing.locator('svg path').first()).toBeAttached();
    await checkPage(page, testInfo, '66-sichtweisen-vergleich');
  });

  await test.step('Ökokarte: eine Person hinzufügen', async () => {
    const card = page.locator('.ecomap-card');
    await expect(card.getByRole('rowheader', { name: 'Oma Ingrid' })).toBeVisible();
    const name = `Nachbarin Frau Özdemir ${suffix}`;
    await card.getByRole('button', { name: 'Person oder Dienst hinzufügen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Person oder Dienst hinzufügen' });
    await dialog.getByLabel('Name oder Bezeichnung').fill(name);
    await dialog.getByLabel('Art', { exact: true }).selectOption('friend');
    await dialog.getByRole('radio', { name: 'sehr nah' }).check();
    await dialog.getByRole('radio', { name: 'unterstützend' }).check();
    await dialog.getByLabel('Notiz').fill('Passt nachmittags auf Lena auf');
    await checkPage(page, testInfo, '67-oekokarte-hinzufuegen');
    await dialog.getByRole('button', { name: 'Hinzufügen' }).click();
    await expect(page.getByText(`„${name}“ hinzugefügt.`)).toBeVisible();
    await expect(card.getByRole('rowheader', { name })).toBeVisible();
    await checkPage(page, testInfo, '68-oekokarte');
  });
});
