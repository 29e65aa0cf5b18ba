import { checkPage, expect, login, openLenaCase, test } from '../support/fixtures.ts';

test('Anna ändert Telefon und Postleitzahl der Mutter und sieht den neuen Sozialraum', async ({
  page,
}, testInfo) => {
  await login(page, 'anna.asd');
  await openLenaCase(page);
  // Her entry in the persons list (the "Familien-App" card lists her account, too).
  const sandra = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Bearbeiten (Sandra Schneider)' }) });
  await sandra.getByRole('button', { name: 'Bearbeiten (Sandra Schneider)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sandra Schneider bearbeiten' });
  await expect(dialog.getByLabel('Vorname')).toHaveValue('Sandra');
  await expect(dialog.getByLabel('Straße')).toHaveValue('Birkenstraße');

  // The two projects share one server: switch between a postcode in Nord and one in Mitte.
  const postcode = dialog.getByLabel('Postleitzahl');
  const before = await postcode.inputValue();
  const [target, area, previous] =
    before === '12301' ? ['12103', 'Nord', 'Mitte'] : ['12301', 'Mitte', 'Nord'];
  const phone = `0151 2345 ${Date.now().toString().slice(-4)}`;
  await dialog.getByLabel('Telefon').fill(phone);
  await postcode.fill(target);
  await checkPage(page, testInfo, '50-dialog-person-bearbeiten');

  const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes('/persons/'));
  await dialog.getByRole('button', { name: 'Änderungen speichern' }).click();
  // Only the changed fields go to the server.
  expect((await patch).postDataJSON()).toEqual({ phone, postcode: target });
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({
      hasText: `Die Angaben zu Sandra Schneider wurden gespeichert. Sozialraum jetzt: ${area} (bisher ${previous}).`,
    }),
  ).toBeVisible();
  await expect(sandra).toContainText(`${target} Musterstadt · Sozialraum ${area}`);
  await expect(sandra).toContainText(phone);
  await checkPage(page, testInfo, '51-fall-person-geaendert');

  await test.step('Ohne Änderung wird nichts gesendet', async () => {
    await sandra.getByRole('button', { name: 'Bearbeiten (Sandra Schneider)' }).click();
    await dialog.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Sie haben nichts geändert.');
    await dialog.getByRole('button', { name: 'Dialog schließen' }).click();
    await expect(dialog).toBeHidden();
  });
});

test('Anna legt für Lenas Vater einen Haushalt an, ändert ihn und löscht ihn leer; das Genogramm folgt', async ({
  page,
}, testInfo) => {
  const label = `Haushalt des Vaters (${testInfo.project.name} ${Date.now().toString().slice(-5)})`;
  await login(page, 'anna.asd');
  await openLenaCase(page);
  const households = page.locator('.households');
  await expect(households).toContainText(
    /Haushalt Birkenstraße 14: (Lena|Sandra) Schneider, (Lena|Sandra) Schneider/,
  );

  await page.getByRole('button', { name: 'Haushalt anlegen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Haushalt anlegen' });
  await dialog.getByRole('button', { name: 'Haushalt speichern' }).click();
  await expect(dialog.getByText('Bezeichnung fehlt')).toBeVisible();
  await expect(dialog.getByText('Mindestens eine Person')).toBeVisible();
  await dialog.getByLabel('Bezeichnung').fill(label);
  await dialog
    .getByRole('group', { name: 'Wer lebt in diesem Haushalt?' })
    .getByLabel('Markus Schneider')
    .check();
  await checkPage(page, testInfo, '52-dialog-haushalt');
  await dialog.getByRole('button', { name: 'Haushalt speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `Der Haushalt „${label}“ wurde angelegt.` }),
  ).toBeVisible();
  await expect(households).toContainText(`${label}: Markus Schneider`);

  const genogram = page.getByRole('img', { name: 'Familiendiagramm (Genogramm)' });
  await expect(genogram).toHaveAccessibleDescription(
    /Haushalt 1 „Haushalt Birkenstraße 14“: (Lena|Sandra) Schneider, (Lena|Sandra) Schneider\./,
  );
  await expect(genogram).toHaveAccessibleDescription(
    new RegExp(`„${label.replace(/[()]/g, '\\$&')}“: Markus Schneider\\.`),
  );
  await expect(genogram.locator('.geno-household')).toHaveCount(
    await households.getByRole('listitem').count(),
  );
  await expect(page.getByText('Rahmen mit Nummer: Haushalt')).toBeVisible();
  await checkPage(page, testInfo, '53-fall-haushalte');

  const renamed = label.replace('Haushalt des Vaters', 'Haushalt Vater und Lena');
  const escaped = (text: string) => text.replace(/[()]/g, '\\$&');
  const edit = page.getByRole('dialog', { name: 'Haushalt bearbeiten' });
  const item = (text: string) => households.getByRole('listitem').filter({ hasText: text });

  await test.step('Anna benennt den Haushalt um und nimmt Lena dazu', async () => {
    await item(label)
      .getByRole('button', { name: `Bearbeiten (Haushalt „${label}“)` })
      .click();
    await expect(edit.getByLabel('Bezeichnung')).toHaveValue(label);
    const members = edit.getByRole('group', { name: 'Wer lebt in diesem Haushalt?' });
    await expect(members.getByLabel('Markus Schneider')).toBeChecked();
    await expect(members.getByLabel('Lena Schneider')).not.toBeChecked();
    await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(edit.getByRole('alert')).toHaveText('Sie haben nichts geändert.');

    await edit.getByLabel('Bezeichnung').fill(renamed);
    await members.getByLabel('Lena Schneider').check();
    await checkPage(page, testInfo, '54-dialog-haushalt-bearbeiten');
    const patch = page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes('/households/'));
    await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
    const body = (await patch).postDataJSON();
    expect(body.label).toBe(renamed);
    expect(body.personIds).toHaveLength(2);
    await expect(edit).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: `Der Haushalt „${renamed}“ wurde gespeichert.` }),
    ).toBeVisible();
    await expect(item(renamed)).toContainText(/: (Lena|Markus) Schneider, (Lena|Markus) Schneider/);
    await expect(item(label)).toHaveCount(0);
    await expect(genogram).toHaveAccessibleDescription(
      new RegExp(`„${escaped(renamed)}“: (Lena|Markus) Schneider, (Lena|Markus) Schneider\\.`),
    );
  });

  await test.step('Leer geräumt lässt sich der Haushalt löschen', async () => {
    await expect(item(renamed).getByRole('button', { name: /^Löschen/ })).toHaveCount(0);
    await item(renamed)
      .getByRole('button', { name: `Bearbeiten (Haushalt „${renamed}“)` })
      .click();
    const members = edit.getByRole('group', { name: 'Wer lebt in diesem Haushalt?' });
    await members.getByLabel('Lena Schneider').uncheck();
    await members.getByLabel('Markus Schneider').uncheck();
    await edit.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(edit).toBeHidden();
    await expect(item(renamed)).toContainText(`${renamed}: niemand eingetragen`);
    await expect(genogram).toHaveAccessibleDescription(
      new RegExp(`„${escaped(renamed)}“: niemand eingetragen\\.`),
    );

    const confirm = page.getByRole('dialog', { name: 'Haushalt löschen?' });
    await item(renamed)
      .getByRole('button', { name: `Löschen (Haushalt „${renamed}“)` })
      .click();
    await expect(confirm).toContainText(`Der Haushalt „${renamed}“ ist leer und wird aus dem Fall gelöscht.`);
    await checkPage(page, testInfo, '55-dialog-haushalt-loeschen');
    await confirm.getByRole('button', { name: 'Haushalt löschen' }).click();
    await expect(confirm).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: `Der Haushalt „${renamed}“ wurde gelöscht.` }),
    ).toBeVisible();
    await expect(households.getByRole('heading', { name: 'Haushalte' })).toBeFocused();
    await expect(item(renamed)).toHaveCount(0);
    await expect(genogram.locator('.geno-household')).toHaveCount(
      await households.getByRole('listitem').count(),
    );
    await checkPage(page, testInfo, '56-fall-haushalt-geloescht');
  });
});
