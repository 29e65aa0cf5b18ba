import type { Page, TestInfo } from '@playwright/test';
import {
  checkPage,
  DEMO_PASSWORD,
  expect,
  LENA_CASE_ID,
  LENA_TITLE,
  login,
  logout,
  test,
} from '../support/fixtures.ts';

/*
 * The cockpit at phone width. Its workflows are viewport-independent and run once, at desktop width
 * (playwright.config.ts); here every page of the cockpit, the administration, the planning face and
 * the provider portal is opened at 375 px as the role that uses it: it must load, pass axe and fit the
 * screen without sideways scrolling.
 */

test.describe.configure({ mode: 'serial' });
test.describe('Cockpit auf dem Handy', { tag: '@phone-only' }, () => {
  /** Opens a page, waits for its heading and checks axe and width. */
  async function visit(
    page: Page,
    testInfo: TestInfo,
    address: string,
    heading: string | RegExp,
    shot: string,
  ) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectFitsWidth(page, shot);
    await checkPage(page, testInfo, shot);
  }

  async function expectFitsWidth(page: Page, shot: string) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${shot}: die Seite ist breiter als der Bildschirm`).toBeLessThanOrEqual(0);
  }

  async function firstId(page: Page, url: string): Promise<string> {
    const answer = await page.request.get(url);
    expect(answer.status(), url).toBe(200);
    const items = (await answer.json()) as { id: string }[];
    expect(items.length, `${url} liefert Einträge`).toBeGreaterThan(0);
    return items[0]?.id ?? '';
  }

  test('Fachkraft: Mein Tag, Posteingang, Fälle, Platzsuche, Fallakte mit allen Bereichen, Hilfeplan, § 8a, Konto', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await login(page, 'anna.asd');
    await expectFitsWidth(page, 'handy-00-mein-tag');
    await checkPage(page, testInfo, 'handy-00-mein-tag');
    await visit(page, testInfo, '/fachkraft/posteingang', 'Posteingang', 'handy-01-posteingang');
    await visit(page, testInfo, '/fachkraft/faelle', 'Fälle', 'handy-02-faelle');
    await visit(page, testInfo, '/fachkraft/faelle/neu', 'Neuer Fall', 'handy-03-neuer-fall');
    await visit(
      page,
      testInfo,
      '/fachkraft/plaetze?helpType=p34_residential_care&age=15&postcode=12101',
      'Plätze suchen',
      'handy-04-plaetze',
    );
    for (const tab of ['personen', 'verlauf', 'dokumente', 'aufgaben', 'sichtweisen']) {
      await visit(
        page,
        testInfo,
        `/fachkraft/faelle/${LENA_CASE_ID}?tab=${tab}`,
        LENA_TITLE,
        `handy-10-fall-${tab}`,
      );
    }
    const planId = await firstId(page, `/api/cases/${LENA_CASE_ID}/help-plans`);
    await visit(
      page,
      testInfo,
      `/fachkraft/faelle/${LENA_CASE_ID}/hilfeplaene/${planId}`,
      /Hilfeplan/,
      'handy-20-hilfeplan',
    );

    const found = await page.request.get(`/api/cases?q=${encodeURIComponent('Yılmaz')}`);
    const yilmaz = ((await found.json()) as { items: { id: string; title: string }[] }).items.find((c) =>
      c.title.startsWith('Familie Yılmaz'),
    );
    expect(yilmaz, 'Demo-Fall Familie Yılmaz').toBeTruthy();
    const caseId = yilmaz?.id ?? '';
    const procedureId = await firstId(page, `/api/cases/${caseId}/protection-procedures`);
    const procedure = `/fachkraft/faelle/${caseId}/kinderschutz/${procedureId}`;
    await visit(page, testInfo, procedure, 'Kinderschutzverfahren (§ 8a)', 'handy-30-p8a-schritte');
    for (const [tab, shot] of [
      [/Einschätzung/, 'handy-31-p8a-einschaetzung'],
      ['Ergebnis & Freigabe', 'handy-32-p8a-ergebnis'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await expectFitsWidth(page, shot);
      await checkPage(page, testInfo, shot);
    }
    await visit(
      page,
      testInfo,
      `/fachkraft/faelle/${caseId}/kinderschutz/neu`,
      /Meldung/,
      'handy-33-p8a-meldung',
    );
    await visit(page, testInfo, '/fachkraft/konto', 'Mein Konto', 'handy-40-konto');
    await logout(page);
  });

  test('Teamleitung, Datenschutz, Planung, Beschwerdestelle, Träger und Administration: ihre Seiten', async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await login(page, 'clara.leitung');
    await visit(page, testInfo, '/fachkraft/team', 'Teamübersicht', 'handy-50-team');
    await visit(
      page,
      testInfo,
      '/fachkraft/kinderschutz/kataloge',
      'Einschätzungskataloge (§ 8a)',
      'handy-51-kataloge',
    );
    await logout(page);

    await login(page, 'dora.datenschutz');
    await visit(page, testInfo, '/fachkraft/protokoll', 'Zugriffsprotokoll', 'handy-60-protokoll');
    await visit(
      page,
      testInfo,
      '/fachkraft/datenschutz?q=Schneider',
      'Rechte betroffener Personen',
      'handy-61-datenschutz-suche',
    );
    // The person page with an export and one table opened (the export is made only on request).
    await page.getByRole('link', { name: 'Lena Schneider', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lena Schneider' })).toBeVisible();
    await page.getByRole('button', { name: 'Auskunft erstellen (Art. 15)' }).click();
    await expect(page.getByRole('heading', { name: /^Auskunft vom / })).toBeFocused();
    await page.locator('summary').filter({ hasText: 'Stammdaten der Person' }).click();
    await expectFitsWidth(page, 'handy-61-datenschutz-person');
    await checkPage(page, testInfo, 'handy-61-datenschutz-person');
    // Retention with a dry run's report (a dry run deletes nothing).
    await visit(
      page,
      testInfo,
      '/fachkraft/datenschutz/aufbewahrung',
      'Aufbewahrung und Löschung',
      'handy-61-datenschutz-aufbewahrung',
    );
    await page.getByRole('button', { name: 'Probelauf starten' }).click();
    await expect(page.getByRole('heading', { name: /^Neuester Probelauf vom / })).toBeFocused();
    await expectFitsWidth(page, 'handy-61-datenschutz-probelauf');
    await checkPage(page, testInfo, 'handy-61-datenschutz-probelauf');
    await logout(page);

    // Planning: the dashboard (chart, table, map) and the official statistics at phone width.
    await login(page, 'fiona.planung');
    await visit(page, testInfo, '/planung', 'Kennzahlen', 'handy-62-planung-kennzahlen');
    await visit(page, testInfo, '/planung/statistik', 'Amtliche Statistik', 'handy-63-planung-statistik');
    await logout(page);

    // The complaint office: its list (empty in the demo unless a family complained) at phone width.
    await login(page, 'greta.beschwerde');
    await visit(page, testInfo, '/fachkraft/beschwerden', 'Beschwerden', 'handy-65-beschwerden');
    await logout(page);

    // Provider staff: the provider portal (they start there, not in the cockpit, so no `login`).
    const signedIn = await page.request.post('/api/auth/login', {
      data: { username: 'emil.traeger', password: DEMO_PASSWORD },
    });
    expect(signedIn.status()).toBe(200);
    await visit(page, testInfo, '/traeger', 'Freie Plätze', 'handy-67-traeger-plaetze');
    await visit(page, testInfo, '/traeger/anfragen', 'Anfragen', 'handy-68-traeger-anfragen');
    await visit(page, testInfo, '/traeger/faelle', 'Geteilte Fälle', 'handy-69-traeger-faelle');
    await visit(page, testInfo, `/traeger/faelle/${LENA_CASE_ID}`, 'Lena Schneider', 'handy-69-traeger-fall');
    await logout(page);

    await login(page, 'admin');
    await visit(page, testInfo, '/admin', 'Verwaltung', 'handy-70-verwaltung');
    for (const [slug, heading] of [
      ['eingangsassistent', 'Eingangsassistent'],
      ['zustaendigkeiten', 'Zuständigkeiten'],
      ['texte', 'Texte'],
      ['teams', 'Teams & Sprechzeiten'],
      ['notrufnummern', 'Notrufnummern'],
      ['hilfeplanung', 'Hilfeplanung'],
      ['ombudsstelle', 'Ombudsstelle'],
    ] as const) {
      await visit(page, testInfo, `/admin/${slug}`, heading, `handy-7x-${slug}`);
    }
  });
});
