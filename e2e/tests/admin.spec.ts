import type { APIRequestContext, Page } from '@playwright/test';
import { checkPage, DEMO_PASSWORD, expect, login, test } from '../support/fixtures.ts';

/*
 * The office administration at /admin against the real server: the admin changes a question of
 * the intake assistant, a routing rule, an information text and a team's office hours, and each
 * change shows where families meet it. The server is shared by the whole run (desktop, then phone),
 * so every test puts back what it changed through the API, also when it fails.
 */

const FAMILY_LANGUAGE_KEY = 'lotse.family.language';

/** The family app in German, whatever the browser says. */
async function familyInGerman(page: Page) {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    FAMILY_LANGUAGE_KEY,
    'de',
  ] as const);
}

async function loginAsAdmin(page: Page) {
  await login(page, 'admin');
}

/** Reads a JSON answer of the admin API and fails the test with the server's message otherwise. */
async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const res = await request.get(url);
  expect(res.ok(), `${url}: ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

function stamp(testInfo: { project: { name: string } }): string {
  return `${testInfo.project.name}-${Date.now().toString(36)}`;
}

test('Admin erreicht die Verwaltung aus dem Cockpit; alle Seiten sind barrierearm', async ({
  page,
}, testInfo) => {
  await loginAsAdmin(page);
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await nav.getByRole('link', { name: 'Verwaltung' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Verwaltung' })).toBeVisible();
  await checkPage(page, testInfo, 'admin-00-uebersicht');

  const adminNav = page.getByRole('navigation', { name: 'Verwaltung' });
  const pages = [
    ['Eingangsassistent', 'admin-10-eingangsassistent'],
    ['Zuständigkeiten', 'admin-20-zustaendigkeiten'],
    ['Texte', 'admin-30-texte'],
    ['Teams & Sprechzeiten', 'admin-40-teams'],
    ['Hilfeplanung', 'admin-60-hilfeplanung'],
  ] as const;
  for (const [name, shot] of pages) {
    await adminNav.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(adminNav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    await checkPage(page, testInfo, shot);
  }

  await page.getByRole('link', { name: 'Zum Fach-Cockpit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
});

test('Ohne Anmeldung führt /admin zur Anmeldung und danach zurück', async ({ page }) => {
  await page.goto('/admin/texte');
  await expect(page).toHaveURL(/\/fachkraft\/login\?next=%2Fadmin%2Ftexte$/);
  await page.getByLabel('Benutzername').fill('admin');
  await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page).toHaveURL(/\/admin\/texte/);
  await expect(page.getByRole('heading', { level: 1, name: 'Texte' })).toBeVisible();
});

test('Anna (Fachkraft) bekommt in der Verwaltung einen klaren Hinweis statt Formularen', async ({
  page,
}, testInfo) => {
  await login(page, 'anna.asd');
  await expect(
    page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verwaltung' }),
  ).toHaveCount(0);
  await page.goto('/admin/zustaendigkeiten');
  await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  await expect(page.getByText('Administratorinnen und Administratoren vorbehalten')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await checkPage(page, testInfo, 'admin-90-keine-berechtigung');
  await page.getByRole('link', { name: 'Zurück zum Fach-Cockpit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Tag' })).toBeVisible();
});

interface Flow {
  version: number;
  definition: { steps: { id: string; prompt: Record<string, string> }[] };
}

test('Eingangsassistent: neue Frage veröffentlichen → die Familie sieht sie', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await loginAsAdmin(page);
  const original = await getJson<Flow>(page.request, '/api/admin/intake/flow');
  const prompt = `Guten Tag! Wer schreibt uns heute? (${stamp(testInfo)})`;
  try {
    await page.goto('/admin/eingangsassistent');
    await expect(page.getByRole('heading', { level: 1, name: 'Eingangsassistent' })).toBeVisible();
    await expect(
      page.getByText(
        original.version === 0 ? 'Mitgelieferter Standardablauf' : `Version ${original.version}`,
      ),
    ).toBeVisible();

    // The expert view checks JSON before it replaces the draft.
    await page.getByRole('tab', { name: 'Expertenansicht (JSON)' }).click();
    await page.getByLabel('Ablauf als JSON').fill('{"steps": []}');
    await page.getByRole('button', { name: 'Prüfen und übernehmen' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Der Ablauf wurde nicht übernommen' }),
    ).toBeVisible();
    await page.getByLabel('Ablauf als JSON').fill('{"steps": [');
    await page.getByRole('button', { name: 'Prüfen und übernehmen' }).click();
    await expect(page.getByText('Das ist kein gültiges JSON.')).toBeVisible();
    await page.getByRole('tab', { name: 'Texte bearbeiten' }).click();

    await page.getByRole('button', { name: /^1\. Wer schreibt\?/ }).click();
    const question = page.getByRole('group', { name: 'Frage' });
    const german = question.getByLabel('Deutsch', { exact: true });
    await expect(german).toHaveValue(original.definition.steps[0]?.prompt.de ?? '');
    await expect(question.getByLabel(/Arabisch/)).toHaveAttribute('dir', 'rtl');

    // Without German text nothing is published, and the message says where.
    await german.fill('');
    await page.getByRole('button', { name: 'Neue Version veröffentlichen' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie' })).toContainText(
      'Der deutsche Text fehlt.',
    );
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await german.fill(prompt);
    await expect(page.getByRole('alert').filter({ hasText: 'Bitte korrigieren Sie' })).toHaveCount(0);
    await expect(page.getByText('Nicht veröffentlichte Änderungen')).toBeVisible();
    await page.getByRole('button', { name: 'Neue Version veröffentlichen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Version veröffentlichen?' });
    await expect(dialog).toContainText(`Version ${original.version + 1}`);
    await checkPage(page, testInfo, 'admin-11-eingangsassistent-bestaetigen');
    await dialog.getByRole('button', { name: 'Jetzt veröffentlichen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Version ${original.version + 1} ist veröffentlicht` }),
    ).toBeVisible();
    await expect(page.getByText(/veröffentlicht am .* von Admin Musterstadt/)).toBeVisible();
    await expect(page.getByText('Keine Änderungen')).toBeVisible();
    await checkPage(page, testInfo, 'admin-12-eingangsassistent-veroeffentlicht');

    await familyInGerman(page);
    await page.goto('/anliegen');
    await expect(page.getByRole('log')).toContainText(prompt);
  } finally {
    const restored = await page.request.post('/api/admin/intake/flow', { data: original.definition });
    expect(restored.status(), 'Ablauf zurückgesetzt').toBe(201);
  }
});

interface Rule {
  topic: string | null;
  socialAreaId: string | null;
  teamId: string;
}

test('Zuständigkeiten: neue Regel speichern → der Test zeigt das neue Team', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await loginAsAdmin(page);
  const original = await getJson<Rule[]>(page.request, '/api/admin/routing-rules');
  try {
    await page.goto('/admin/zustaendigkeiten');
    await expect(page.getByRole('heading', { level: 1, name: 'Zuständigkeiten' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Regeln für die Verteilung der Anfragen' });
    await expect(table.getByRole('row')).toHaveCount(original.length + 1);

    const testBox = page.getByRole('region', { name: 'Test: Welches Team ist zuständig?' });
    await testBox.getByLabel('Thema').selectOption({ label: 'Schule und Ausbildung' });
    await testBox.getByLabel(/Postleitzahl/).fill('12101');
    await testBox.getByRole('button', { name: 'Zuständiges Team ermitteln' }).click();
    await expect(testBox.getByText(/Zuständig:/)).toContainText('ASD Nord');

    // A new row without a team, and a second catch-all rule: both are explained, nothing is saved.
    await page.getByRole('button', { name: 'Regel hinzufügen' }).click();
    const n = original.length + 1;
    await expect(page.getByLabel(`Thema, Regel ${n}`, { exact: true })).toBeFocused();
    await page.getByRole('button', { name: 'Alle Regeln speichern' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Die Regeln wurden nicht gespeichert' }),
    ).toBeVisible();
    await expect(table.getByText('Bitte ein Team wählen.')).toBeVisible();
    await page.getByLabel(`Team, Regel ${n}`, { exact: true }).selectOption({ label: 'ASD Süd' });
    await expect(table.getByText(/steht mehrfach in der Tabelle/).first()).toBeVisible();
    await checkPage(page, testInfo, 'admin-21-zustaendigkeiten-fehler');

    await page
      .getByLabel(`Thema, Regel ${n}`, { exact: true })
      .selectOption({ label: 'Schule und Ausbildung' });
    await page.getByLabel(`Sozialraum, Regel ${n}`, { exact: true }).selectOption({ label: 'Nord' });
    await expect(
      page.getByRole('alert').filter({ hasText: 'Die Regeln wurden nicht gespeichert' }),
    ).toHaveCount(0);
    await expect(testBox.getByText('noch nicht gespeichert')).toBeVisible();
    await page.getByRole('button', { name: 'Alle Regeln speichern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Die Regeln sind gespeichert' })).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(original.length + 2);

    await testBox.getByRole('button', { name: 'Zuständiges Team ermitteln' }).click();
    await expect(testBox.getByText(/Zuständig:/)).toContainText('ASD Süd');
    await testBox.getByLabel(/Postleitzahl/).fill('1210');
    await testBox.getByRole('button', { name: 'Zuständiges Team ermitteln' }).click();
    await expect(testBox.getByText('Bitte eine Postleitzahl mit 5 Ziffern eingeben')).toBeVisible();
  } finally {
    const restored = await page.request.put('/api/admin/routing-rules', { data: original });
    expect(restored.status(), 'Regeln zurückgesetzt').toBe(200);
  }
});

interface ContentPage {
  title: string;
  bodyMd: string;
  lang: string;
}

test('Texte: Seite ändern → die Familien-App zeigt den neuen Text', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await loginAsAdmin(page);
  const original = await getJson<ContentPage>(page.request, '/api/content/about?lang=de');
  const sentence = `Neu im Jugendamt Musterstadt: offene Sprechstunde (${stamp(testInfo)}).`;
  try {
    await page.goto('/admin/texte');
    await page.getByLabel('Seite', { exact: true }).selectOption({ label: original.title });
    await page.getByLabel('Sprache', { exact: true }).selectOption('de');
    await expect(page.getByLabel('Titel', { exact: true })).toHaveValue(original.title);
    const body = page.getByLabel('Text (Markdown)');
    await expect(body).toHaveValue(original.bodyMd);

    await body.fill(`${original.bodyMd}\n\n## Offene Sprechstunde\n\n${sentence}`);
    const preview = page.getByRole('region', { name: 'Vorschau' });
    await expect(preview.getByRole('heading', { name: 'Offene Sprechstunde' })).toBeVisible();
    await expect(preview).toContainText(sentence);

    await page.getByLabel('Titel', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(page.getByText('Bitte geben Sie einen Titel ein.')).toBeVisible();
    await page.getByLabel('Titel', { exact: true }).fill(original.title);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();
    await checkPage(page, testInfo, 'admin-31-texte-gespeichert');

    // Arabic: the editor and the preview run right to left.
    await page.getByLabel('Sprache', { exact: true }).selectOption('ar');
    await expect(page.getByLabel('Text (Markdown)')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByLabel('Titel', { exact: true })).toHaveAttribute('lang', 'ar');
    await expect(page.locator('.admin-preview-page')).toHaveAttribute('dir', 'rtl');
    await checkPage(page, testInfo, 'admin-32-texte-arabisch');

    await familyInGerman(page);
    await page.goto('/info/about');
    await expect(page.getByRole('heading', { level: 1, name: original.title })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Offene Sprechstunde' })).toBeVisible();
    await expect(page.getByText(sentence)).toBeVisible();
  } finally {
    const restored = await page.request.put('/api/admin/content/about/de', {
      data: { title: original.title, bodyMd: original.bodyMd },
    });
    expect(restored.status(), 'Text zurückgesetzt').toBe(200);
  }
});

interface AdminTeam {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  hours: string | null;
  weeklyHours: { weekday: number; opens: string; closes: string }[];
}

test('Teams & Sprechzeiten: Sprechzeiten eines Teams ändern', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await loginAsAdmin(page);
  const teams = await getJson<AdminTeam[]>(page.request, '/api/admin/teams');
  const original = teams.find((t) => t.name === 'Wirtschaftliche Jugendhilfe');
  expect(original, 'Team „Wirtschaftliche Jugendhilfe“ aus den Demodaten').toBeDefined();
  if (!original) return;
  try {
    await page.goto('/admin/teams');
    await page
      .getByRole('navigation', { name: 'Teams' })
      .getByRole('button', { name: /Wirtschaftliche Jugendhilfe/ })
      .click();
    const form = page.getByRole('region', { name: 'Wirtschaftliche Jugendhilfe' });
    await expect(form.getByLabel(/^Telefon/)).toHaveValue(original.phone ?? '');
    await expect(form.getByRole('listitem')).toHaveCount(original.weeklyHours.length);

    // Wrong e-mail and an end before the start: messages at the fields, nothing saved.
    await form.getByLabel(/^E-Mail/).fill('wiju-at-musterstadt');
    await form.getByRole('button', { name: 'Zeitfenster hinzufügen' }).click();
    const added = original.weeklyHours.length + 1;
    await expect(form.getByLabel(`Tag (Zeitfenster ${added})`)).toBeFocused();
    await form.getByLabel(`Tag (Zeitfenster ${added})`).selectOption({ label: 'Mittwoch' });
    await form.getByLabel(`von (Zeitfenster ${added})`).fill('12:00');
    await form.getByLabel(`bis (Zeitfenster ${added})`).fill('10:00');
    await form.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(form.getByText('Bitte eine gültige E-Mail-Adresse angeben')).toBeVisible();
    await expect(form.getByLabel(/^E-Mail/)).toBeFocused();
    await expect(form.getByText('Das Ende muss nach dem Beginn liegen')).toBeVisible();
    await expect(
      form.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie die markierten Felder' }),
    ).toBeVisible();
    await checkPage(page, testInfo, 'admin-41-teams-fehler');

    await form.getByLabel(/^E-Mail/).fill(original.email ?? 'wiju@jugendamt-musterstadt.example');
    await form.getByLabel(`von (Zeitfenster ${added})`).fill('09:00');
    await form.getByLabel(`bis (Zeitfenster ${added})`).fill('12:00');
    await expect(form.getByText('Das Ende muss nach dem Beginn liegen')).toHaveCount(0);
    await form.getByRole('button', { name: 'Text aus dem Wochenplan übernehmen' }).click();
    await expect(form.getByLabel(/^Sprechzeiten als Text/)).toHaveValue('Di–Do 9–12 Uhr');
    await form.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(form.getByRole('status').filter({ hasText: 'Gespeichert.' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Teams' })).toContainText('Di–Do 9–12 Uhr');

    const saved = await getJson<AdminTeam[]>(page.request, '/api/admin/teams');
    expect(saved.find((t) => t.id === original.id)?.weeklyHours).toEqual([
      { weekday: 2, opens: '09:00', closes: '12:00' },
      { weekday: 3, opens: '09:00', closes: '12:00' },
      { weekday: 4, opens: '09:00', closes: '12:00' },
    ]);
    await checkPage(page, testInfo, 'admin-42-teams-gespeichert');

    await familyInGerman(page);
    await page.goto('/info/contact');
    await expect(page.getByRole('heading', { name: 'Wirtschaftliche Jugendhilfe' })).toBeVisible();
    await expect(page.getByText('Di–Do 9–12 Uhr')).toBeVisible();
  } finally {
    const restored = await page.request.put(`/api/admin/teams/${original.id}/contact`, {
      data: {
        phone: original.phone,
        email: original.email,
        address: original.address,
        hours: original.hours,
        weeklyHours: original.weeklyHours,
      },
    });
    expect(restored.status(), 'Team zurückgesetzt').toBe(200);
  }
});

test('Hilfeplanung: Überprüfungszeitraum ändern, falsche Werte werden benannt', async ({
  page,
}, testInfo) => {
  await loginAsAdmin(page);
  await page.goto('/admin/hilfeplanung');
  await expect(page.getByRole('heading', { level: 1, name: 'Hilfeplanung' })).toBeVisible();
  const months = page.getByLabel('Überprüfung nach (Monaten)');
  const days = page.getByLabel('Erinnerung vorher (Tage)');
  await expect(months).toHaveValue('6');
  await expect(days).toHaveValue('14');
  try {
    await months.fill('30');
    await days.fill('');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Höchstens 24 Monate')).toBeVisible();
    await expect(page.getByText('Bitte eine Zahl von Tagen angeben')).toBeVisible();
    await checkPage(page, testInfo, 'admin-61-hilfeplanung-fehler');
    await months.fill('3');
    await days.fill('7');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(
      page.getByText('Gespeichert. Neue Hilfepläne verwenden die Einstellungen ab sofort.'),
    ).toBeVisible();
    expect(await getJson(page.request, '/api/help-plan-settings')).toEqual({
      reviewMonths: 3,
      reminderLeadDays: 7,
    });
  } finally {
    const res = await page.request.put('/api/admin/help-plan-settings', {
      data: { reviewMonths: 6, reminderLeadDays: 14 },
    });
    expect(res.status()).toBe(200);
  }
});
