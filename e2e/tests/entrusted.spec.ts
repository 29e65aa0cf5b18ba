import { checkPage, expect, login, logout, openLenaCase, test } from '../support/fixtures.ts';

test('§ 65: Clara sieht einen anvertrauten Vermerk erst nach Annas Weitergabe und nach der Rücknahme nicht mehr', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const title = `Mitteilung im Vertrauen (${testInfo.project.name} ${Date.now().toString().slice(-6)})`;
  const entry = page.getByRole('article', { name: title });

  await test.step('Anna schreibt den Vermerk als anvertraut', async () => {
    await login(page, 'anna.asd');
    await openLenaCase(page, 'verlauf');
    await page.getByLabel('Titel').fill(title);
    await page
      .getByRole('textbox', { name: /^Text/ })
      .fill(
        'Frau Schneider berichtet im Vertrauen von Schulden; sie möchte nicht, dass das im Team bekannt wird.',
      );
    const entrusted = page.getByRole('checkbox', {
      name: 'Anvertraut (§ 65 SGB VIII) – nur für mich sichtbar',
    });
    await expect(entrusted).toHaveAccessibleDescription(
      /Den Eintrag sehen nur Sie – auch Teamleitung und Vertretung nicht\./,
    );
    await entrusted.check();
    await checkPage(page, testInfo, '60-verlauf-anvertraut-schreiben');
    await page.getByRole('button', { name: 'Eintrag speichern' }).click();
    await expect(entry).toContainText('Anvertraut (§ 65)');
    await expect(entry).toContainText('Anvertraut an Anna Albers');
    await expect(entry.getByRole('button', { name: /^Weitergeben …/ })).toBeVisible();
    await logout(page);
  });

  await test.step('Clara (Teamleitung) sieht ihn nicht', async () => {
    await login(page, 'clara.leitung');
    await openLenaCase(page, 'verlauf');
    await expect(page.getByRole('heading', { name: 'Erstkontakt über die Eingangsstelle' })).toBeVisible();
    await expect(entry).toHaveCount(0);
    await logout(page);
  });

  await test.step('Anna gibt ihn mit Einwilligung an Clara weiter', async () => {
    await login(page, 'anna.asd');
    await openLenaCase(page, 'verlauf');
    await entry.getByRole('button', { name: /^Weitergeben …/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Anvertrauten Eintrag weitergeben' });
    await expect(dialog).toContainText('Mit der Weitergabe darf zusätzlich die gewählte Person');
    await dialog.getByRole('button', { name: 'Weitergeben' }).click();
    await expect(dialog.getByText('Bitte wählen Sie die Rechtsgrundlage.')).toBeVisible();
    await expect(dialog.getByText('Bitte Grundlage kurz beschreiben')).toBeVisible();
    await expect(dialog.getByText('Bitte wählen Sie, wer den Eintrag sehen darf.')).toBeVisible();

    await dialog.getByLabel('Rechtsgrundlage').selectOption('consent');
    await dialog
      .getByLabel('Nachweis')
      .fill('Einwilligung von Frau Schneider am 3.11. (mündlich, im Hausbesuch)');
    await expect(dialog.getByRole('radio', { name: 'Kollegin oder Kollege' })).toBeChecked();
    const recipient = dialog.getByRole('combobox', { name: 'Kollegin oder Kollege' });
    await expect(recipient.locator('option', { hasText: 'Anna Albers' })).toHaveCount(0);
    const clara = await recipient.locator('option', { hasText: 'Clara Conrad' }).getAttribute('value');
    await recipient.selectOption(clara ?? '');
    await checkPage(page, testInfo, '61-dialog-weitergeben');

    const post = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/disclosures'));
    await dialog.getByRole('button', { name: 'Weitergeben' }).click();
    expect((await post).postDataJSON()).toEqual({
      ground: 'consent',
      reference: 'Einwilligung von Frau Schneider am 3.11. (mündlich, im Hausbesuch)',
      toUserId: clara,
    });
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: `„${title}“ ist jetzt auch für Clara Conrad sichtbar.` }),
    ).toBeVisible();
    await logout(page);
  });

  await test.step('Clara sieht ihn jetzt, darf ihn aber nicht weitergeben', async () => {
    await login(page, 'clara.leitung');
    await openLenaCase(page, 'verlauf');
    await expect(entry).toBeVisible();
    await expect(entry).toContainText('Anvertraut an Anna Albers');
    await expect(entry.getByRole('button', { name: /Weitergeben/ })).toHaveCount(0);
    await entry.scrollIntoViewIfNeeded();
    await checkPage(page, testInfo, '62-verlauf-weitergegeben');
    // Recipients do not see to whom else the entry was opened.
    await expect(entry.getByRole('region', { name: 'Weitergaben' })).toHaveCount(0);
    await logout(page);
  });

  await test.step('Anna sieht die Weitergabe auch nach dem Neuladen und nimmt sie zurück', async () => {
    await login(page, 'anna.asd');
    await openLenaCase(page, 'verlauf');
    const disclosures = entry.getByRole('region', { name: 'Weitergaben' });
    const toClara = disclosures.getByRole('listitem').filter({ hasText: 'An Clara Conrad' });
    await expect(toClara).toContainText('Einwilligung');
    await expect(toClara).toContainText(
      'Nachweis: Einwilligung von Frau Schneider am 3.11. (mündlich, im Hausbesuch)',
    );
    await expect(toClara).toContainText(/Erfasst \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr von Anna Albers/);
    await toClara.scrollIntoViewIfNeeded();
    await checkPage(page, testInfo, '63-verlauf-weitergaben');

    const revokeButton = toClara.getByRole('button', {
      name: 'Zurücknehmen (Weitergabe an Clara Conrad)',
    });
    const confirm = page.getByRole('dialog', { name: 'Weitergabe zurücknehmen?' });
    await test.step('Abbrechen ändert nichts', async () => {
      await revokeButton.click();
      await expect(confirm).toContainText(`Clara Conrad sieht den Eintrag „${title}“ danach nicht mehr`);
      await confirm.getByRole('button', { name: 'Abbrechen' }).click();
      await expect(confirm).toBeHidden();
      await expect(revokeButton).toBeFocused();
    });

    await revokeButton.click();
    await checkPage(page, testInfo, '64-dialog-weitergabe-zuruecknehmen');
    const revokeRequest = page.waitForRequest(
      (r) => r.method() === 'POST' && /\/disclosures\/[0-9a-f-]+\/revoke$/.test(r.url()),
    );
    await confirm.getByRole('button', { name: 'Weitergabe zurücknehmen' }).click();
    await revokeRequest;
    await expect(confirm).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: 'Die Weitergabe an Clara Conrad ist zurückgenommen.' }),
    ).toBeVisible();
    await expect(disclosures.getByRole('heading', { name: 'Weitergaben' })).toBeFocused();
    // The record stays, marked as revoked, and cannot be revoked twice.
    await expect(toClara).toContainText('zurückgenommen');
    await expect(toClara).toContainText(
      /zurückgenommen \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr von Anna Albers/,
    );
    await expect(toClara.getByRole('button', { name: /Zurücknehmen/ })).toHaveCount(0);
    await page.reload();
    await expect(toClara).toContainText('zurückgenommen');
    await toClara.scrollIntoViewIfNeeded();
    await checkPage(page, testInfo, '65-verlauf-weitergabe-zurueckgenommen');
    await logout(page);
  });

  await test.step('Clara sieht den Vermerk nicht mehr', async () => {
    await login(page, 'clara.leitung');
    await openLenaCase(page, 'verlauf');
    await expect(page.getByRole('heading', { name: 'Erstkontakt über die Eingangsstelle' })).toBeVisible();
    await expect(entry).toHaveCount(0);
  });
});
