import type { Page } from '@playwright/test';
import { checkPage, expect, login, logout, test } from '../support/fixtures.ts';

/*
 * "Wissen": the office's knowledge and the law in one search, articles with versions, staff questions
 * that become articles, and onboarding week by week. Anna (ASD Nord) searches, writes and asks; Ben
 * answers; Nils Neumann, new in ASD Nord with Anna as his mentor, ticks steps of his first eight weeks,
 * and Clara, the team lead, sees his progress. The workflows run at desktop width; a last test opens
 * the pages at phone width.
 */

const KNOWLEDGE = '/fachkraft/wissen';
/** Unique per run, so titles do not collide with earlier runs against the same server. */
const RUN = Date.now().toString(36);

function region(page: Page, name: string | RegExp) {
  return page.getByRole('region', { name });
}

/** The number a progress bar announces (aria-valuenow). */
async function progressOf(page: Page, name: string | RegExp): Promise<number> {
  const bar = page.getByRole('progressbar', { name });
  await expect(bar).toBeVisible();
  return Number(await bar.getAttribute('aria-valuenow'));
}

test.describe('Wissen', { tag: '@desktop-only' }, () => {
  test('Anna sucht „Hilfeplan“: Artikel aus dem Amt und § 36 SGB VIII, der Treffer öffnet das Gesetz', async ({
    page,
  }, testInfo) => {
    await login(page, 'anna.asd');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Wissen' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wissen' })).toBeVisible();
    await checkPage(page, testInfo, 'wissen-01-start');

    await page.getByLabel('Suchbegriff').fill('Hilfeplan');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(page).toHaveURL(/\/fachkraft\/wissen\?q=Hilfeplan$/);
    const articles = region(page, /^Artikel: \d+ Treffer$/);
    await expect(articles.getByRole('link').first()).toBeVisible();
    await expect(articles.locator('mark').first()).toBeVisible();
    const law = region(page, /^Gesetze: \d+ Treffer$/);
    const paragraph36 = law.getByRole('link', { name: /^§ 36 SGB VIII/ });
    await expect(paragraph36).toBeVisible();
    await checkPage(page, testInfo, 'wissen-02-suche');

    await paragraph36.click();
    await expect(page).toHaveURL(/\/fachkraft\/wissen\/gesetze\/sgb8\/36(#abs-[\w-]+)?$/);
    await expect(page.getByRole('heading', { level: 1, name: /§ 36/ })).toBeVisible();
    // Back to the same search: it lives in the address.
    await page.goBack();
    await expect(page.getByLabel('Suchbegriff')).toHaveValue('Hilfeplan');
    await expect(
      region(page, /^Gesetze: \d+ Treffer$/).getByRole('link', { name: /^§ 36 SGB VIII/ }),
    ).toBeVisible();
  });

  test('Anna schreibt einen Artikel, bearbeitet ihn (Version 2) und löst einen Konflikt', async ({
    page,
  }, testInfo) => {
    const title = `Kurzanleitung Fachgespräch ${RUN}`;
    await login(page, 'anna.asd');
    await page.goto(`${KNOWLEDGE}/artikel`);
    await page.getByRole('link', { name: 'Artikel schreiben' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Artikel schreiben' })).toBeVisible();

    // Empty form: the fields say what is missing.
    await page.getByRole('button', { name: 'Artikel speichern' }).click();
    await expect(page.getByText('Der Titel hat mindestens 3 Zeichen.')).toBeVisible();
    await expect(page.getByText('Der Text fehlt.')).toBeVisible();

    await page.getByLabel('Titel').fill(title);
    await page
      .getByLabel('Text (Markdown)')
      .fill('## Vorbereitung\n\n- Termin mit der Familie abstimmen\n- **Dolmetschung** klären\n');
    await page.getByLabel('Schlagwörter (optional)').fill('Fachgespräch, e2e');
    await expect(page.getByRole('list', { name: 'Schlagwörter, wie sie gespeichert werden' })).toContainText(
      'fachgespräch',
    );
    await page.getByRole('button', { name: 'Vorschau' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Vorbereitung' })).toBeVisible();
    await checkPage(page, testInfo, 'wissen-03-editor-vorschau');
    await page.getByRole('button', { name: 'Vorschau' }).click();
    await page.getByRole('button', { name: 'Artikel speichern' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Der Artikel ist gespeichert.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Vorbereitung' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'fachgespräch' })).toBeVisible();
    const articleUrl = page.url();

    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Artikel bearbeiten' })).toBeVisible();
    await page
      .getByLabel('Text (Markdown)')
      .fill(
        '## Vorbereitung\n\n- Termin mit der Familie abstimmen\n- **Dolmetschung** klären\n- Frist nach § 36a prüfen\n',
      );
    await page.getByLabel('Was haben Sie geändert? (optional)').fill('Frist ergänzt');
    await page.getByRole('button', { name: 'Neue Version speichern' }).click();
    await expect(page.getByText('Gespeichert als Version 2.')).toBeVisible();
    await expect(page.getByText('Frist nach § 36a prüfen')).toBeVisible();
    const versions = page.getByRole('list', { name: 'Versionen, neueste zuerst' });
    await expect(versions.getByRole('listitem')).toHaveCount(2);
    await expect(versions.getByRole('listitem').first()).toContainText('Version 2 (aktuell)');
    await expect(versions.getByRole('listitem').first()).toContainText('Frist ergänzt');
    await page.getByRole('button', { name: 'Version 1 anzeigen' }).click();
    const dialog = page.getByRole('dialog', { name: `Version 1: ${title}` });
    await expect(dialog.getByText('Termin mit der Familie abstimmen')).toBeVisible();
    await expect(dialog.getByText('Frist nach § 36a prüfen')).toHaveCount(0);
    await checkPage(page, testInfo, 'wissen-04-artikel-version-1');
    await dialog.getByRole('button', { name: 'Dialog schließen' }).click();
    await checkPage(page, testInfo, 'wissen-05-artikel');

    // Someone saves while Anna edits: she is told and loads the new version.
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Artikel bearbeiten' })).toBeVisible();
    const articleId = new URL(articleUrl).pathname.split('/').pop() ?? '';
    const other = await page.request.put(`/api/knowledge/articles/${articleId}`, {
      data: {
        title,
        body: '## Vorbereitung\n\nVon anderer Stelle geändert.',
        tags: ['fachgespräch'],
        baseVersion: 2,
        note: 'Zwischendurch',
      },
    });
    expect(other.status(), await other.text()).toBe(200);
    await page.getByLabel('Was haben Sie geändert? (optional)').fill('Meine Änderung');
    await page.getByRole('button', { name: 'Neue Version speichern' }).click();
    await expect(page.getByText('Jemand hat den Artikel inzwischen gespeichert')).toBeVisible();
    await checkPage(page, testInfo, 'wissen-06-konflikt');
    await page.getByRole('button', { name: 'Neue Version laden' }).click();
    await expect(page.getByText(`„${title}“, Version 3`)).toBeVisible();
    await expect(page.getByLabel('Text (Markdown)')).toHaveValue(/Von anderer Stelle geändert/);
    await expect(page.getByLabel('Ihr Text (nur zum Kopieren)')).toHaveValue(/Frist nach § 36a prüfen/);
  });

  test('Fragen aus dem Amt: Anna fragt, Ben antwortet, Anna wählt die beste Antwort und macht einen Artikel daraus', async ({
    page,
  }, testInfo) => {
    const question = `Wer lädt zum Hilfeplangespräch ein (${RUN})?`;
    const answer =
      'Die fallführende Fachkraft lädt ein, mindestens zwei Wochen vorher, mit Dolmetschung wenn nötig.';
    await login(page, 'anna.asd');
    await page.goto(`${KNOWLEDGE}/fragen`);
    await expect(page.getByRole('heading', { level: 1, name: 'Fragen aus dem Amt' })).toBeVisible();
    await checkPage(page, testInfo, 'wissen-07-fragen');
    await page.getByLabel('Ihre Frage').fill(question);
    await page.getByLabel('Genauer (optional)').fill('Die Familie spricht Arabisch.');
    await page.getByRole('button', { name: 'Frage stellen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible();
    await expect(page.getByText('Ihre Frage ist gestellt.')).toBeVisible();
    await expect(page.getByText('Noch keine Antwort.')).toBeVisible();
    const questionUrl = page.url();
    await logout(page);

    await login(page, 'ben.asd');
    await page.goto(`${KNOWLEDGE}/fragen`);
    await page.getByRole('link', { name: question }).click();
    await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Als beste Antwort markieren' })).toHaveCount(0);
    await page.getByLabel('Ihre Antwort').fill(answer);
    await page.getByRole('button', { name: 'Antwort senden' }).click();
    await expect(page.getByText('Ihre Antwort ist gespeichert.')).toBeVisible();
    await expect(page.getByRole('article', { name: /^Antwort von Ben/ })).toContainText(answer);
    await logout(page);

    await login(page, 'anna.asd');
    await page.goto(questionUrl);
    const bensAnswer = page.getByRole('article', { name: /^Antwort von Ben/ });
    await bensAnswer.getByRole('button', { name: 'Als beste Antwort markieren' }).click();
    await expect(page.getByRole('article', { name: /^Antwort von Ben.*\(beste Antwort\)$/ })).toBeVisible();
    await expect(page.getByText(/ist als beste markiert\./)).toBeVisible();
    await checkPage(page, testInfo, 'wissen-08-frage-beantwortet');
    await page.getByRole('button', { name: 'Zum Artikel machen' }).click();
    await expect(page).toHaveURL(/\/fachkraft\/wissen\/artikel\/[0-9a-f-]{36}$/);
    await expect(
      page.getByText(/Der Artikel ist aus der Frage und der besten Antwort entstanden/),
    ).toBeVisible();
    await expect(page.getByText(answer)).toBeVisible();
    await expect(page.getByRole('link', { name: 'einer Frage aus dem Amt' })).toBeVisible();
    await checkPage(page, testInfo, 'wissen-09-artikel-aus-frage');
    // The question now points to its article.
    await page.goto(questionUrl);
    await expect(page.getByRole('link', { name: 'Zum Artikel' })).toBeVisible();
  });

  test('Einarbeitung: Nils hakt zwei Schritte ab, Clara sieht seinen Fortschritt im Team', async ({
    page,
  }, testInfo) => {
    await login(page, 'clara.leitung');
    await page.goto(`${KNOWLEDGE}/einarbeitung`);
    const team = region(page, 'Einarbeitung im Team');
    await expect(team.getByRole('link', { name: /^Nils/ })).toBeVisible();
    const before = await progressOf(page, /^Fortschritt von Nils/);
    await logout(page);

    await login(page, 'nils.neu');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Wissen' })
      .click();
    await expect(page.getByRole('region', { name: 'Meine Einarbeitung' })).toBeVisible();
    await page
      .getByRole('region', { name: 'Meine Einarbeitung' })
      .getByRole('link', { name: 'Zur Einarbeitung' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Meine Einarbeitung' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Neu im ASD: die ersten 8 Wochen' })).toBeVisible();
    await expect(page.getByText(/Anna/).first()).toBeVisible();
    const start = await progressOf(page, 'Mein Fortschritt');
    expect(start).toBe(before);

    const open = page.getByRole('checkbox', { checked: false });
    for (const n of [1, 2]) {
      const step = open.first();
      const id = (await step.getAttribute('id')) ?? '';
      await step.check();
      await expect(page.locator(`[id="${id}"]`)).toBeChecked();
      await expect(page.getByText(/ist erledigt\. Fortschritt: \d+ Prozent\./)).toBeVisible();
      expect(await progressOf(page, 'Mein Fortschritt'), `nach ${n} Schritt(en)`).toBeGreaterThan(start);
    }
    const after = await progressOf(page, 'Mein Fortschritt');
    await page.reload();
    expect(await progressOf(page, 'Mein Fortschritt')).toBe(after);
    await checkPage(page, testInfo, 'wissen-10-meine-einarbeitung');
    await logout(page);

    await login(page, 'clara.leitung');
    await page.goto(`${KNOWLEDGE}/einarbeitung`);
    expect(await progressOf(page, /^Fortschritt von Nils/)).toBe(after);
    await checkPage(page, testInfo, 'wissen-11-einarbeitung-team');
    await region(page, 'Einarbeitung im Team').getByRole('link', { name: /^Nils/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Einarbeitung von Nils/ })).toBeVisible();
    expect(await progressOf(page, /^Fortschritt von Nils/)).toBe(after);
    // Clara sees what is done but does not tick for Nils.
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await checkPage(page, testInfo, 'wissen-12-einarbeitung-nils');
  });
});

test.describe('Wissen auf dem Handy', { tag: '@phone-only' }, () => {
  async function expectFitsWidth(page: Page, name: string) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name}: die Seite ist breiter als der Bildschirm`).toBeLessThanOrEqual(0);
  }

  test('Suche, Artikel, Fragen und Einarbeitung passen auf den Bildschirm', async ({ page }, testInfo) => {
    await login(page, 'nils.neu');
    await page.goto(`${KNOWLEDGE}?q=Hilfeplan`);
    await expect(region(page, /^Gesetze: \d+ Treffer$/)).toBeVisible();
    await expectFitsWidth(page, 'handy-wissen-suche');
    await checkPage(page, testInfo, 'handy-wissen-suche');
    await region(page, /^Artikel: \d+ Treffer$/)
      .getByRole('link')
      .first()
      .click();
    await expect(page.getByRole('region', { name: 'Versionen' })).toBeVisible();
    await expectFitsWidth(page, 'handy-wissen-artikel');
    await checkPage(page, testInfo, 'handy-wissen-artikel');
    await page.goto(`${KNOWLEDGE}/fragen?zeigen=alle`);
    await expect(page.getByRole('heading', { level: 1, name: 'Fragen aus dem Amt' })).toBeVisible();
    await expectFitsWidth(page, 'handy-wissen-fragen');
    await checkPage(page, testInfo, 'handy-wissen-fragen');
    await page.goto(`${KNOWLEDGE}/einarbeitung`);
    await expect(page.getByRole('heading', { level: 1, name: 'Meine Einarbeitung' })).toBeVisible();
    await expectFitsWidth(page, 'handy-wissen-einarbeitung');
    await checkPage(page, testInfo, 'handy-wissen-einarbeitung');
  });
});
