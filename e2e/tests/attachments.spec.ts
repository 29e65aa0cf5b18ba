import { readFileSync } from 'node:fs';
import { checkPage, expect, login, test } from '../support/fixtures.ts';
import { createIntakeRequest, familySession, openInboxRequest } from '../support/intake.ts';

/*
 * Files in the messenger, both ways, through the real server: the caseworker sends a PDF with a
 * note from the Posteingang, the family sees it live on its request page and downloads the same
 * bytes; the family answers with a photo, which appears at the caseworker's without reloading.
 */

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('Fachkraft und Familie tauschen Dateien im Messenger aus @desktop-only', async ({
  page,
  browser,
  request,
}, testInfo) => {
  const concern = `Bitte um Unterlagen zum Antrag ${Date.now()}`;
  const { accessCode, pin } = await createIntakeRequest(request, {
    writerRole: 'parent',
    concern,
    postcode: '12101',
    name: 'Mutter Anhang',
  });
  const family = await familySession(browser, testInfo, accessCode, pin);
  try {
    await family.page.goto('/meine-anfrage');
    await expect(family.page.getByRole('heading', { level: 1, name: 'Meine Anfrage' })).toBeVisible();

    await login(page, 'anna.asd');
    await openInboxRequest(page, concern);
    await page.getByLabel('Antwort an die Familie').fill('Hier ist das Formular zum Ausfüllen.');
    await page.getByLabel(/Datei anhängen/).setInputFiles({
      name: 'Antrag Hilfe zur Erziehung.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.getByRole('button', { name: 'Senden' }).click();
    const staffMessages = page.locator('.message-attachment');
    await expect(staffMessages.getByRole('link', { name: 'Antrag Hilfe zur Erziehung.pdf' })).toBeVisible();

    // The family's page updates by itself and offers the file for download.
    const fileLink = family.page.getByRole('link', { name: /Antrag Hilfe zur Erziehung\.pdf/ });
    await expect(fileLink).toBeVisible();
    await expect(family.page.getByText('Hier ist das Formular zum Ausfüllen.')).toBeVisible();
    const [download] = await Promise.all([family.page.waitForEvent('download'), fileLink.click()]);
    expect(download.suggestedFilename()).toBe('Antrag Hilfe zur Erziehung.pdf');
    expect(readFileSync(await download.path()).equals(PDF)).toBe(true);

    // A program disguised as a photo is refused in the browser already.
    const fileInput = family.page.getByLabel('Datei anhängen');
    await fileInput.setInputFiles({ name: 'foto.exe', mimeType: 'application/x-msdownload', buffer: PNG });
    await expect(family.page.getByText(/Diese Datei können wir leider nicht annehmen/)).toBeVisible();

    // The family answers with a photo and no text.
    await fileInput.setInputFiles({ name: 'zeugnis.png', mimeType: 'image/png', buffer: PNG });
    await expect(family.page.locator('.fam-attached')).toContainText('zeugnis.png');
    await family.page.getByRole('button', { name: 'Nachricht senden' }).click();
    await expect(family.page.getByRole('link', { name: /zeugnis\.png/ })).toBeVisible();
    await checkPage(family.page, testInfo, 'familie-anhang');

    // The caseworker sees it without reloading and can download it.
    const photo = staffMessages.getByRole('link', { name: 'zeugnis.png' });
    await expect(photo).toBeVisible();
    const [staffDownload] = await Promise.all([page.waitForEvent('download'), photo.click()]);
    expect(readFileSync(await staffDownload.path()).equals(PNG)).toBe(true);
    await checkPage(page, testInfo, 'posteingang-anhang');
  } finally {
    await family.close();
  }
});
