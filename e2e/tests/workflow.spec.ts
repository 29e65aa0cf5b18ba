import { checkPage, expect, login, logout, test } from '../support/fixtures.ts';
import { apiCall } from '../support/intake.ts';

/** A fresh case of Anna's team with a help plan that leaves out the child's view (one hint). */
async function caseWithHint(page: import('@playwright/test').Page, suffix: string): Promise<string> {
  const me = await apiCall<{ teams: { id: string }[] }>(page, 'GET', '/api/me');
  const created = await apiCall<{ id: string }>(page, 'POST', '/api/cases', {
    title: `Hinweis-Test ${suffix}`,
    helpType: 'p31_spfh',
    teamId: me.teams[0]?.id,
    persons: [
      {
        role: 'child',
        person: { firstName: 'Mika', lastName: `Hinweis${suffix.replace(/\W/g, '')}`, gender: 'male' },
      },
    ],
  });
  await apiCall(page, 'POST', `/api/cases/${created.id}/help-plans`, {
    participants: [{ role: 'caseworker', name: 'Anna Albers', view: '' }],
    help: { type: 'p31_spfh', startsOn: '2026-11-01' },
  });
  return created.id;
}

test('Anna sieht den Verlauf des Falls und stellt einen Hinweis mit Begründung zurück', async ({
  page,
}, testInfo) => {
  const suffix = `${testInfo.project.name}-${Date.now()}`;
  await login(page, 'anna.asd');
  const caseId = await caseWithHint(page, suffix);
  await page.goto(`/fachkraft/faelle/${caseId}`);

  await test.step('Prozesskarte aus den Daten', async () => {
    const map = page.getByRole('list', { name: 'Verlauf des Falls' });
    await expect(map.locator('[aria-current="step"]')).toContainText('Hilfeplanung');
    await expect(map.getByText('Hilfeplan im Entwurf')).toBeVisible();
    await expect(page.getByText('Hilfeplan mit der Familie abstimmen und festschreiben')).toBeVisible();
  });

  const hints = page.getByRole('region', { name: 'Hinweise' });
  await test.step('Hinweis mit Regel und Gesetz', async () => {
    const open = hints.getByRole('list', { name: 'Offene Hinweise' });
    await expect(
      open.getByText('Im Hilfeplan fehlt die eigene Sicht des Kindes oder Jugendlichen.'),
    ).toBeVisible();
    // The citation opens the text in the side panel (law-panel.spec.ts), which links the official one.
    await expect(open.getByRole('button', { name: '§ 36 Abs. 2 SGB VIII' })).toBeVisible();
    await checkPage(page, testInfo, 'workflow-01-fall-hinweise');
  });

  await test.step('Zurückstellen verlangt einen Grund', async () => {
    await hints.getByRole('button', { name: 'Zurückstellen …' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Hinweis zurückstellen' });
    await dialog.getByRole('button', { name: 'Zurückstellen' }).click();
    await expect(dialog.getByText('Bitte geben Sie einen Grund an')).toBeVisible();
    await checkPage(page, testInfo, 'workflow-02-hinweis-zurueckstellen');
    await dialog
      .getByLabel('Warum trifft der Hinweis hier nicht zu?')
      .fill('Mika wird beim nächsten Gespräch selbst gehört; Termin steht.');
    await dialog.getByRole('button', { name: 'Zurückstellen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Der Hinweis ist zurückgestellt.')).toBeVisible();
    await expect(hints.getByText('Zurzeit keine offenen Hinweise.')).toBeVisible();
    await hints.getByText('Zurückgestellte Hinweise (1)').click();
    await expect(hints.getByText(/Mika wird beim nächsten Gespräch selbst gehört/)).toBeVisible();
  });

  await test.step('… und lässt sich wieder aufnehmen', async () => {
    await hints.getByRole('button', { name: 'Wieder aufnehmen' }).click();
    await expect(page.getByText('Der Hinweis gilt wieder.')).toBeVisible();
    await expect(
      hints.getByRole('list', { name: 'Offene Hinweise' }).getByText(/eigene Sicht des Kindes/),
    ).toBeVisible();
  });
});

test('Teamleitung sieht Fristen und offene Arbeit ihres Teams; Fachkräfte nicht', async ({
  page,
}, testInfo) => {
  await login(page, 'clara.leitung');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teamübersicht' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'ASD Nord' })).toBeVisible();
  for (const title of [
    'Fristen im Kinderschutz (§ 8a)',
    'Überfällige Überprüfungen',
    'Fälle ohne Fallführung',
    'Nicht übernommene Anfragen',
  ])
    await expect(
      page.getByRole('heading', { level: 3, name: new RegExp(title.replace(/[()§]/g, '.')) }),
    ).toBeVisible();
  await checkPage(page, testInfo, 'workflow-03-teamuebersicht');
  await logout(page);

  await login(page, 'anna.asd');
  await expect(
    page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Team' }),
  ).toHaveCount(0);
  await page.goto('/fachkraft/team');
  await expect(page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' })).toBeVisible();
  await expect(page.getByText('Die Teamübersicht sehen nur Teamleitungen.')).toBeVisible();
});
