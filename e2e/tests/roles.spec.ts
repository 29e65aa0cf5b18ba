import type { Page } from '@playwright/test';
import { checkPage, expect, LENA_CASE_ID, login, openLenaCase, test } from '../support/fixtures.ts';

/*
 * Each role lands on a start page that fits it, sees in the navigation only what it may use, and
 * gets "Keine Berechtigung" with a way on instead of a list or form the server would refuse. The
 * web app asks the office-wide actions of /api/me, never roles; these tests sign in as the demo
 * office's caseworker, team lead, data protection officer, administrator, planner and provider staff.
 */

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Hauptnavigation' });
}

/** The main navigation holds exactly these links, in this order. */
async function expectNav(page: Page, links: string[]) {
  await expect(mainNav(page).getByRole('link')).toHaveText(links.map((l) => new RegExp(`^${l}`)));
}

async function expectNoPermission(page: Page, path: string, reason: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Das können Sie nutzen' })).toBeVisible();
}

test('Fachkraft: „Mein Tag“ mit „Neuer Fall“, Posteingang und Fällen; das Protokoll ist gesperrt', async ({
  page,
}, testInfo) => {
  await login(page, 'anna.asd');
  await expectNav(page, ['Mein Tag', 'Posteingang', 'Fälle', 'Plätze', 'Wissen', 'Kooperation']);
  await expect(page.getByRole('link', { name: 'Neuer Fall' })).toBeVisible();

  await expectNoPermission(
    page,
    '/fachkraft/protokoll',
    'Das Zugriffsprotokoll sehen nur Datenschutzbeauftragte.',
  );
  await expect(page.getByRole('table')).toHaveCount(0);
  await checkPage(page, testInfo, 'rollen-10-fachkraft-keine-berechtigung');
  await page.getByRole('main').getByRole('link', { name: 'Mein Tag' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Tag' })).toBeVisible();
});

test('Aufgabe „zuständig“ bietet nur an, wer am Fall arbeiten darf', async ({ page }, testInfo) => {
  await login(page, 'anna.asd');
  await openLenaCase(page);
  await page.getByRole('tab', { name: /Aufgaben/ }).click();
  const assignee = page.getByLabel('Zuständig');
  // Lena's case (ASD Nord): Anna is its caseworker, Jonas her deputy, Clara leads the team, Nils
  // (new in the team) is a member.
  await expect(assignee.locator('option')).toHaveText([
    'Anna Albers (ich) – Fallführung',
    'Clara Conrad – Teamleitung',
    'Jonas Nowak – Vertretung',
    'Nils Neumann – Team',
  ]);
  await expect(assignee).toHaveValue((await assignee.locator('option').first().getAttribute('value')) ?? '');
  await checkPage(page, testInfo, 'rollen-15-aufgabe-zustaendig');

  // The server refuses someone from another team, whatever the form offered.
  // Anna's directory holds only her team (ASD Nord); Ben (ASD Süd) comes from the team list.
  const teams = (await (await page.request.get('/api/teams')).json()) as {
    members: { id: string; displayName: string }[];
  }[];
  const ben = teams.flatMap((t) => t.members).find((u) => u.displayName === 'Ben Brandt');
  expect(ben).toBeDefined();
  const refused = await page.request.post(`/api/cases/${LENA_CASE_ID}/tasks`, {
    data: { title: 'Darf nicht angelegt werden', dueOn: '2030-01-01', assigneeId: ben?.id },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).message).toMatch(/darf an diesem Fall nicht arbeiten/);
});

test('Teamleitung: „Mein Tag“ mit Posteingang, Fällen und Teamübersicht', async ({ page }) => {
  await login(page, 'clara.leitung');
  await expectNav(page, ['Mein Tag', 'Posteingang', 'Fälle', 'Plätze', 'Team', 'Wissen', 'Kooperation']);
  await expect(page.getByRole('link', { name: 'Neuer Fall' })).toBeVisible();
});

test('Datenschutzbeauftragte: Übersicht führt zum Protokoll; Fälle sind gesperrt', async ({
  page,
}, testInfo) => {
  await login(page, 'dora.datenschutz');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await expectNav(page, ['Übersicht', 'Wissen', 'Kooperation', 'Datenschutz', 'Protokoll']);
  await expect(page.getByRole('link', { name: 'Neuer Fall' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Zugriffsprotokoll' })).toBeVisible();
  await checkPage(page, testInfo, 'rollen-20-dsb-uebersicht');

  await expectNoPermission(page, '/fachkraft/faelle', /Fallakten sehen nur die Fachkräfte und Teamleitungen/);
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await checkPage(page, testInfo, 'rollen-21-dsb-keine-berechtigung-faelle');
  await page.getByRole('main').getByRole('link', { name: 'Zugriffsprotokoll' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zugriffsprotokoll' })).toBeVisible();

  await expectNoPermission(page, '/fachkraft/posteingang', 'Der Posteingang gehört den Teams.');
});

test('Administration: Übersicht führt zur Verwaltung; Posteingang ist gesperrt', async ({
  page,
}, testInfo) => {
  await login(page, 'admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  await expectNav(page, ['Übersicht', 'Wissen', 'Kooperation', 'Verwaltung']);
  await checkPage(page, testInfo, 'rollen-30-admin-uebersicht');

  await expectNoPermission(page, '/fachkraft/posteingang', 'Der Posteingang gehört den Teams.');
  await page.getByRole('main').getByRole('link', { name: 'Verwaltung' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Verwaltung' })).toBeVisible();
});

test('Jugendhilfeplanung: startet in der Planung; „Neuer Fall“ erklärt, warum nicht', async ({
  page,
}, testInfo) => {
  await login(page, 'fiona.planung');
  await expect(page).toHaveURL(/\/planung$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kennzahlen' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Planung' }).getByRole('link')).toHaveText([
    'Kennzahlen',
    'Amtliche Statistik',
  ]);
  await expect(page.getByRole('link', { name: 'Neuer Fall' })).toHaveCount(0);
  await checkPage(page, testInfo, 'rollen-40-planung-start');

  await expectNoPermission(
    page,
    '/fachkraft/faelle/neu',
    'Neue Fälle legen Fachkräfte und Teamleitungen in ihrem Team an.',
  );
  // In the cockpit her home entry leads to the planning face.
  await expectNav(page, ['Planung', 'Wissen', 'Kooperation']);
  await expect(page.getByRole('main').getByRole('link', { name: 'Planung' })).toHaveAttribute(
    'href',
    '/planung',
  );
  await expect(page.getByRole('button', { name: 'Fall anlegen' })).toHaveCount(0);
  await checkPage(page, testInfo, 'rollen-41-planung-keine-berechtigung-neuer-fall');
  await expectNoPermission(page, `/fachkraft/faelle/${LENA_CASE_ID}`, /Fallakten sehen nur/);

  // The server says the same to a request that skips the web app.
  const teams = (await (await page.request.get('/api/teams')).json()) as { id: string }[];
  const refused = await page.request.post('/api/cases', {
    data: {
      title: 'Darf nicht angelegt werden',
      teamId: teams[0]?.id,
      persons: [{ role: 'child', person: { firstName: 'Test', lastName: 'Kind' } }],
    },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).message).toMatch(/Fälle legen nur Fachkräfte und Teamleitungen/);
});

test('Mitarbeitende freier Träger landen im Trägerportal, nicht im Cockpit', async ({ page }, testInfo) => {
  await login(page, 'emil.traeger');
  await expect(page).toHaveURL(/\/traeger$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Freie Plätze' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Plätze' })).toBeVisible();
  await checkPage(page, testInfo, 'rollen-50-traeger-portal');
});
