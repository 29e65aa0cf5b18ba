import { checkPage, expect, LENA_CASE_ID, login, openLenaCase, test } from '../support/fixtures.ts';

const TEAM_ERROR = 'Zuständige und Vertretungen müssen zum Team des Falls gehören.';

test('Clara (Teamleitung) gibt Lenas Fall eine weitere Vertretung und nimmt sie wieder zurück', async ({
  page,
}, testInfo) => {
  await login(page, 'clara.leitung');
  await openLenaCase(page);
  const deputies = page.locator('.case-facts dt:text-is("Vertretung") + dd');
  const caseworker = page.locator('.case-facts dt:text-is("Fallführung") + dd');
  await expect(caseworker).toHaveText('Anna Albers');
  await expect(deputies).toHaveText('Jonas Nowak');

  await page.getByRole('button', { name: 'Zuständigkeit ändern' }).click();
  const dialog = page.getByRole('dialog', { name: 'Zuständigkeit ändern' });
  await expect(dialog.getByLabel('Fallführung')).toHaveValue(/[0-9a-f-]{36}/);
  const deputyGroup = dialog.getByRole('group', { name: 'Vertretung' });
  await expect(deputyGroup.getByRole('checkbox', { name: 'Jonas Nowak' })).toBeChecked();
  // The case's caseworker cannot also be her own deputy.
  await expect(deputyGroup.getByRole('checkbox', { name: 'Anna Albers' })).toHaveCount(0);
  const clara = deputyGroup.getByRole('checkbox', { name: 'Clara Conrad (Teamleitung)' });
  await clara.check();
  await checkPage(page, testInfo, '45-dialog-zustaendigkeit');

  await test.step('Fehler des Servers wird im Dialog angezeigt', async () => {
    // The UI offers team members only, so the server's team check is provoked with a stubbed answer.
    const url = `**/api/cases/${LENA_CASE_ID}`;
    await page.route(url, (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({
              error: 'bad_request',
              message: TEAM_ERROR,
              fields: { deputyIds: 'Nicht im Team' },
            }),
          })
        : route.continue(),
    );
    await dialog.getByRole('button', { name: 'Zuständigkeit speichern' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(TEAM_ERROR);
    await page.unroute(url);
  });

  const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().endsWith(LENA_CASE_ID));
  await dialog.getByRole('button', { name: 'Zuständigkeit speichern' }).click();
  const body = (await patch).postDataJSON() as { caseworkerId: string; deputyIds: string[] };
  expect(body.deputyIds).toHaveLength(2);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Zuständigkeit gespeichert.' })).toBeVisible();
  // The server decides the order of the deputies.
  await expect(deputies).toHaveText(/^(Jonas Nowak, Clara Conrad|Clara Conrad, Jonas Nowak)$/);
  await expect(caseworker).toHaveText('Anna Albers');
  await checkPage(page, testInfo, '46-fall-vertretung-geaendert');

  // Back to the demo state, so other tests and the second project start from the same case.
  await page.getByRole('button', { name: 'Zuständigkeit ändern' }).click();
  await dialog
    .getByRole('group', { name: 'Vertretung' })
    .getByRole('checkbox', { name: /Clara Conrad/ })
    .uncheck();
  await dialog.getByRole('button', { name: 'Zuständigkeit speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(deputies).toHaveText('Jonas Nowak');
});

test('Anna (Fachkraft) darf die Zuständigkeit nicht ändern', async ({ page }) => {
  await login(page, 'anna.asd');
  await openLenaCase(page);
  await expect(page.getByRole('heading', { name: 'Eckdaten' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zuständigkeit ändern' })).toHaveCount(0);
});
