import { checkPage, expect, test } from '../support/fixtures.ts';
import { comeBackWithCode } from '../support/intake.ts';

/*
 * Finn (14) sets up a passkey on his phone (Chromium's virtual authenticator stands in for the
 * fingerprint sensor), signs out and comes back without code and PIN. Once he removed the passkey,
 * it no longer opens his file.
 */
test('Finn richtet einen Passkey ein und meldet sich damit ohne Code und PIN an', async ({
  page,
}, testInfo) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  await page.addInitScript(() => localStorage.setItem('lotse.family.language', 'de'));
  await comeBackWithCode(page, 'DEMO-JUGEND', '240615');

  const card = page.getByRole('region', { name: 'Schneller anmelden' });
  await card.getByRole('button', { name: 'Passkey einrichten' }).click();
  await expect(
    card.getByText('Der Passkey ist eingerichtet. Beim nächsten Mal kannst du dich damit anmelden.'),
  ).toBeVisible();
  await expect(card.getByText(/^Passkey 1, eingerichtet am /)).toBeVisible();
  await checkPage(page, testInfo, 'passkey-01-eingerichtet');
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto('/zurueck');
  await page.getByRole('button', { name: 'Mit Passkey anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Akte' })).toBeVisible();
  await expect(page.getByText('Hallo Finn!', { exact: false })).toBeVisible();

  // Removed on the server, the passkey on the phone no longer opens the file.
  await card.getByRole('button', { name: 'Passkey 1 entfernen' }).click();
  await expect(card.getByText('Der Passkey ist entfernt.')).toBeVisible();
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await page.goto('/zurueck');
  await page.getByRole('button', { name: 'Mit Passkey anmelden' }).click();
  await expect(
    page.getByText('Die Anmeldung mit dem Passkey hat nicht geklappt. Bitte mit Code und PIN anmelden.'),
  ).toBeVisible();
  await checkPage(page, testInfo, 'passkey-02-abgelehnt');
});
