import type { Page } from '@playwright/test';
import { checkPage, expect, login, logout, test } from '../support/fixtures.ts';

/*
 * Einarbeitungspläne: Clara, team lead of ASD Nord, writes a path with an article, a law and a task
 * (a citation that does not exist is refused at its field), then changes it: a step moves up by
 * keyboard, another is removed. Anna, a caseworker, sees no editor and the editor's address tells her
 * why. A last test opens the editor at phone width.
 */

const ONBOARDING = '/fachkraft/wissen/einarbeitung';
/** Unique per run, so titles do not collide with earlier runs against the same server. */
const RUN = Date.now().toString(36);
const ARTICLE = 'Erste Schritte im ASD – Aufgaben, Zuständigkeit, Ansprechpersonen';

function step(page: Page, n: number) {
  return page.getByRole('group', { name: new RegExp(`^Schritt ${n}\\b`) });
}

/** The step titles in the editor, in order. */
async function stepTitles(page: Page): Promise<string[]> {
  return page
    .locator('.path-step')
    .evaluateAll((items) =>
      items.map((li) => li.querySelector<HTMLInputElement>('input[id$="-title"]')?.value ?? ''),
    );
}

async function fillStep(
  page: Page,
  n: number,
  values: { week: string; kind: string; title: string; article?: string; lawRef?: string },
) {
  const group = step(page, n);
  await group.getByLabel('Woche').selectOption({ label: values.week });
  await group.getByLabel('Art').selectOption({ label: values.kind });
  await group.getByRole('textbox', { name: 'Titel', exact: true }).fill(values.title);
  if (values.article) await group.getByLabel('Artikel').selectOption({ label: values.article });
  if (values.lawRef) await group.getByRole('textbox', { name: 'Vorschrift' }).fill(values.lawRef);
}

test.describe('Einarbeitungspläne', { tag: '@desktop-only' }, () => {
  test('Clara legt einen Plan an, verschiebt und entfernt Schritte; Anna darf nicht', async ({
    page,
  }, testInfo) => {
    const title = `Einarbeitung Wirtschaftliche Jugendhilfe ${RUN}`;
    await login(page, 'clara.leitung');
    await page.goto(ONBOARDING);
    const plans = page.getByRole('region', { name: 'Einarbeitungspläne' });
    await expect(plans.getByText('Neu im ASD: die ersten 8 Wochen', { exact: true })).toBeVisible();
    await plans.getByRole('link', { name: 'Neuen Einarbeitungsplan anlegen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Einarbeitungsplan anlegen' })).toBeVisible();

    // Empty form: the summary at the top takes focus and names what is missing.
    await page.getByRole('button', { name: 'Einarbeitungsplan speichern' }).click();
    const summary = page.getByRole('region', { name: 'Der Einarbeitungsplan ist nicht gespeichert' });
    await expect(summary).toBeFocused();
    await expect(
      summary.getByRole('link', { name: /^Titel: Der Titel hat mindestens 3 Zeichen/ }),
    ).toBeVisible();
    await expect(summary.getByRole('link', { name: /^Schritt 1, Titel:/ })).toBeVisible();
    await checkPage(page, testInfo, 'einarbeitungsplan-01-fehler');

    await page.getByRole('textbox', { name: 'Titel', exact: true }).first().fill(title);
    await page
      .getByLabel('Für wen')
      .fill('Neue Kolleginnen und Kollegen in der Wirtschaftlichen Jugendhilfe');
    await page.getByLabel('Dauer in Wochen').fill('3');
    await page
      .getByLabel('Beschreibung (optional)')
      .first()
      .fill('Drei Wochen bis zum ersten eigenen Bescheid.');
    await fillStep(page, 1, {
      week: '1',
      kind: 'Artikel lesen',
      title: 'Erste Schritte lesen',
      article: ARTICLE,
    });
    // Schritt 1 has no errors left: the summary shrinks as fields are corrected.
    await expect(summary.getByRole('link', { name: /^Schritt 1/ })).toHaveCount(0);

    const add = page.getByRole('button', { name: 'Schritt hinzufügen' });
    await add.click();
    await expect(page.getByRole('heading', { level: 3, name: 'Schritt 2' })).toBeFocused();
    await fillStep(page, 2, {
      week: '2',
      kind: 'Vorschrift lesen',
      title: 'Den Schutzauftrag lesen',
      lawRef: '§ 8a Abs. 9 SGB VIII',
    });
    await add.click();
    await fillStep(page, 3, { week: '2', kind: 'Aufgabe', title: 'Eine Fallakte anlegen' });
    await add.click();
    await fillStep(page, 4, { week: '3', kind: 'Gespräch', title: 'Gespräch mit der Teamleitung' });

    // The server knows the law: § 8a has no ninth paragraph.
    await page.getByRole('button', { name: 'Einarbeitungsplan speichern' }).click();
    await expect(summary).toBeFocused();
    const citationError = summary.getByRole('link', {
      name: /^Schritt 2, Vorschrift: „§ 8a Abs\. 9 SGB VIII“/,
    });
    await expect(citationError).toBeVisible();
    const citation = step(page, 2).getByRole('textbox', { name: 'Vorschrift' });
    await expect(citation).toHaveAttribute('aria-invalid', 'true');
    await expect(step(page, 2).getByText(/ist keine Vorschrift aus SGB VIII/)).toBeVisible();
    await citationError.click();
    await expect(citation).toBeFocused();
    await checkPage(page, testInfo, 'einarbeitungsplan-02-vorschrift');
    await citation.fill('§ 8a SGB VIII');
    await expect(summary).toHaveCount(0);

    await page.getByRole('button', { name: 'Einarbeitungsplan speichern' }).click();
    await expect(page).toHaveURL(new RegExp(`${ONBOARDING}$`));
    await expect(
      page.getByText(`Der Einarbeitungsplan „${title}“ ist angelegt (3 Wochen mit 4 Schritten).`),
    ).toBeVisible();
    await expect(plans.getByText(title, { exact: true })).toBeVisible();

    // Change it: "Eine Fallakte anlegen" moves up by keyboard, the meeting goes.
    await plans.getByRole('link', { name: `Bearbeiten: ${title}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Einarbeitungsplan bearbeiten' })).toBeVisible();
    expect(await stepTitles(page)).toEqual([
      'Erste Schritte lesen',
      'Den Schutzauftrag lesen',
      'Eine Fallakte anlegen',
      'Gespräch mit der Teamleitung',
    ]);
    await expect(step(page, 2).getByRole('textbox', { name: 'Vorschrift' })).toHaveValue('§ 8a SGB VIII');
    await expect(step(page, 1).getByLabel('Artikel')).toHaveValue(/[0-9a-f-]{36}/);
    await page.getByRole('button', { name: 'Nach oben: Schritt 3' }).focus();
    await page.keyboard.press('Enter');
    await expect(step(page, 2)).toHaveAccessibleName('Schritt 2: Eine Fallakte anlegen');
    // Focus stays with the step it moved.
    await expect(page.getByRole('button', { name: 'Nach oben: Schritt 2' })).toBeFocused();
    await page.getByRole('button', { name: 'Entfernen: Schritt 4' }).click();
    await expect(page.getByRole('heading', { level: 3, name: /^Schritt 3/ })).toBeFocused();
    await expect(page.getByText(/Ein Schritt wird beim Speichern entfernt/)).toBeVisible();
    await checkPage(page, testInfo, 'einarbeitungsplan-03-bearbeiten');
    await page.getByRole('button', { name: 'Einarbeitungsplan speichern' }).click();
    await expect(
      page.getByText(`Der Einarbeitungsplan „${title}“ ist gespeichert (3 Wochen mit 3 Schritten).`),
    ).toBeVisible();
    await checkPage(page, testInfo, 'einarbeitungsplan-04-liste');

    await plans.getByRole('link', { name: `Bearbeiten: ${title}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Einarbeitungsplan bearbeiten' })).toBeVisible();
    const editUrl = page.url();
    expect(await stepTitles(page)).toEqual([
      'Erste Schritte lesen',
      'Eine Fallakte anlegen',
      'Den Schutzauftrag lesen',
    ]);
    await logout(page);

    // Anna writes no paths: no links, and the editor's address says why.
    await login(page, 'anna.asd');
    await page.goto(ONBOARDING);
    await expect(page.getByRole('heading', { level: 1, name: /Einarbeitung$/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Einarbeitungspläne' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Neuen Einarbeitungsplan anlegen' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Bearbeiten/ })).toHaveCount(0);
    await page.goto(editUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Einarbeitungsplan speichern' })).toHaveCount(0);
    await checkPage(page, testInfo, 'einarbeitungsplan-05-keine-berechtigung');
    await page.goto(`${ONBOARDING}/plaene/neu`);
    await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  });
});

test.describe('Einarbeitungsplan auf dem Handy', { tag: '@phone-only' }, () => {
  test('Der Editor passt auf den Bildschirm', async ({ page }, testInfo) => {
    await login(page, 'clara.leitung');
    await page.goto(ONBOARDING);
    await page.getByRole('link', { name: 'Bearbeiten: Neu im ASD: die ersten 8 Wochen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Einarbeitungsplan bearbeiten' })).toBeVisible();
    await expect(step(page, 1)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'der Editor ist breiter als der Bildschirm').toBeLessThanOrEqual(0);
    await checkPage(page, testInfo, 'handy-einarbeitungsplan');
  });
});
