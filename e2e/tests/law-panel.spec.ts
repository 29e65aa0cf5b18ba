import type { Page } from '@playwright/test';
import { checkPage, expect, login, test } from '../support/fixtures.ts';
import { apiCall } from '../support/intake.ts';

/**
 * The law at hand: a citation in the cockpit (a hint, a § 8a checklist step) opens the paragraph in a
 * side panel next to the work, at the cited place; Escape closes it and the focus returns to the
 * citation. The law browser searches the four laws and shows a paragraph with its place marked.
 */

/** A fresh case of Anna's team whose help plan leaves out the child's view (hint on § 36 Abs. 2). */
async function caseWithHint(page: Page, suffix: string): Promise<string> {
  const me = await apiCall<{ teams: { id: string }[] }>(page, 'GET', '/api/me');
  const created = await apiCall<{ id: string }>(page, 'POST', '/api/cases', {
    title: `Gesetz-Test ${suffix}`,
    helpType: 'p31_spfh',
    teamId: me.teams[0]?.id,
    persons: [
      {
        role: 'child',
        person: { firstName: 'Ida', lastName: `Gesetz${suffix.replace(/\W/g, '')}`, gender: 'female' },
      },
    ],
  });
  await apiCall(page, 'POST', `/api/cases/${created.id}/help-plans`, {
    participants: [{ role: 'caseworker', name: 'Anna Albers', view: '' }],
    help: { type: 'p31_spfh', startsOn: '2026-11-01' },
  });
  return created.id;
}

const lawPanel = (page: Page) => page.getByRole('complementary', { name: 'Gesetzestext' });

test('Ein Hinweis öffnet § 36 im Seitenbereich, der Fall bleibt offen; Escape schließt', async ({
  page,
}, testInfo) => {
  await login(page, 'anna.asd');
  const caseId = await caseWithHint(page, `${testInfo.project.name}-${Date.now()}`);
  await page.goto(`/fachkraft/faelle/${caseId}`);
  await expect(page.getByRole('heading', { level: 1, name: /^Gesetz-Test/ })).toBeVisible();
  const caseUrl = page.url();

  const hints = page.getByRole('region', { name: 'Hinweise' });
  const citation = hints.getByRole('list', { name: 'Offene Hinweise' }).getByRole('button', {
    name: '§ 36 Abs. 2 SGB VIII',
  });
  const panel = lawPanel(page);

  await test.step('Die Fundstelle öffnet den Paragrafen an der zitierten Stelle', async () => {
    await expect(panel).toHaveCount(0);
    await citation.click();
    await expect(panel).toBeVisible();
    const heading = panel.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(/§ 36 SGB VIII\s*Mitwirkung, Hilfeplan/);
    await expect(heading).toBeFocused();
    await expect(
      panel.getByText('Zweites Kapitel - Leistungen der Jugendhilfe', { exact: false }),
    ).toBeVisible();
    await expect(panel.getByText('Zitiert: § 36 Abs. 2 SGB VIII')).toBeVisible();
    const cited = panel.locator('#law-panel-abs-2');
    await expect(cited).toHaveClass(/is-cited/);
    await expect(cited).toContainText('Hilfeplan aufstellen');
    await expect(cited).toBeInViewport();
    await expect(panel.locator('#law-panel-abs-1')).not.toHaveClass(/is-cited/);
    await expect(panel.getByRole('link', { name: /Amtliche Fassung/ })).toHaveAttribute(
      'href',
      'https://www.gesetze-im-internet.de/sgb_8/__36.html',
    );
    // The work stays: same page, the case and its hints still there.
    expect(page.url()).toBe(caseUrl);
    await expect(page.getByRole('heading', { level: 1, name: /^Gesetz-Test/ })).toBeVisible();
    await expect(citation).toBeVisible();
    await checkPage(page, testInfo, 'gesetz-01-fall-hinweis-paragraf');
  });

  await test.step('Blättern zum nächsten und zurück zum vorigen Paragrafen', async () => {
    await panel.getByRole('button', { name: 'Nächster Paragraf: § 36a' }).click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
      /§ 36a SGB VIII\s*Steuerungsverantwortung/,
    );
    await panel.getByRole('button', { name: 'Vorheriger Paragraf: § 36' }).click();
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/§ 36 SGB VIII/);
    expect(page.url()).toBe(caseUrl);
  });

  await test.step('Escape schließt, der Fokus kehrt zur Fundstelle zurück', async () => {
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(citation).toBeFocused();
    expect(page.url()).toBe(caseUrl);
  });
});

test('Im § 8a-Verfahren öffnet ein Schritt der Checkliste seinen Satz im Gesetz', async ({
  page,
}, testInfo) => {
  await login(page, 'anna.asd');
  const found = await apiCall<{ items: { id: string; title: string }[] }>(
    page,
    'GET',
    `/api/cases?q=${encodeURIComponent('Yılmaz')}`,
  );
  const yilmaz = found.items.find((c) => c.title.startsWith('Familie Yılmaz'));
  expect(yilmaz, 'Demo-Fall Familie Yılmaz').toBeTruthy();
  const procedures = await apiCall<{ id: string }[]>(
    page,
    'GET',
    `/api/cases/${yilmaz?.id}/protection-procedures`,
  );
  const procedureUrl = `/fachkraft/faelle/${yilmaz?.id}/kinderschutz/${procedures[0]?.id}`;
  await page.goto(procedureUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Kinderschutzverfahren (§ 8a)' })).toBeVisible();

  const citation = page
    .locator('.protection-checklist-item')
    .filter({ hasText: 'Zusammenwirken mehrerer Fachkräfte' })
    .getByRole('button', { name: '§ 8a Abs. 1 S. 1' });
  await citation.click();
  const panel = lawPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    /§ 8a SGB VIII\s*Schutzauftrag bei Kindeswohlgefährdung/,
  );
  await expect(panel.getByText('Zitiert: § 8a Abs. 1 Satz 1 SGB VIII')).toBeVisible();
  await expect(panel.locator('#law-panel-abs-1')).toHaveClass(/is-cited/);
  const sentence = panel.locator('#law-panel-abs-1-satz-1');
  await expect(sentence).toHaveClass(/is-cited/);
  await expect(sentence).toContainText('im Zusammenwirken mehrerer Fachkräfte');
  await expect(panel.locator('#law-panel-abs-1-satz-2')).not.toHaveClass(/is-cited/);
  expect(new URL(page.url()).pathname).toBe(procedureUrl);
  await checkPage(page, testInfo, 'gesetz-02-p8a-checkliste');

  // Another citation on the page moves the panel there.
  await page.getByRole('button', { name: '§ 8a SGB VIII', exact: true }).click();
  await expect(panel.getByText(/^Zitiert:/)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: '§ 8a SGB VIII', exact: true })).toBeFocused();
});

test('Die Gesetzessuche findet zu „Hilfeplan Mitwirkung“ zuerst § 36 und öffnet ihn', async ({
  page,
}, testInfo) => {
  await login(page, 'anna.asd');
  await page.goto('/fachkraft/wissen/gesetze');
  await expect(page.getByRole('heading', { level: 1, name: 'Gesetze' })).toBeVisible();
  // The table of contents: SGB VIII lies open on wide screens; on phones it opens with a tap.
  const sgb8 = page.locator('details.law-book').filter({ hasText: 'Sozialgesetzbuch Achtes Buch' });
  if (!(await sgb8.evaluate((d: HTMLDetailsElement) => d.open))) await sgb8.locator('summary').click();
  await expect(page.getByRole('list', { name: 'Paragrafen SGB VIII' }).getByRole('link')).not.toHaveCount(0);

  await page.getByRole('searchbox', { name: /Suchbegriff/ }).fill('Hilfeplan Mitwirkung');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(/[?&]q=Hilfeplan(\+|%20)Mitwirkung/);
  const hits = page.getByRole('list', { name: 'Treffer' }).getByRole('listitem');
  const first = hits.first();
  await expect(first.getByRole('link')).toHaveText('§ 36 SGB VIII – Mitwirkung, Hilfeplan');
  // The matched words are marked, from the server's «» marks, never as HTML.
  await expect(first.locator('mark').first()).toHaveText(/Hilfeplan|Mitwirkung/i);
  await expect(first).not.toContainText('«');
  await checkPage(page, testInfo, 'gesetz-03-suche');

  await first.getByRole('link').click();
  await expect(
    page.getByRole('heading', { level: 1, name: '§ 36 SGB VIII – Mitwirkung, Hilfeplan' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/fachkraft\/wissen\/gesetze\/sgb8\/36#abs-\d+-satz-\d+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${anchor}"]`)).toHaveClass(/is-cited/);
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  await checkPage(page, testInfo, 'gesetz-04-paragraf');

  // Back to the hits: the search is still there.
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: /Suchbegriff/ })).toHaveValue('Hilfeplan Mitwirkung');
  await expect(hits.first().getByRole('link')).toHaveText('§ 36 SGB VIII – Mitwirkung, Hilfeplan');
});
