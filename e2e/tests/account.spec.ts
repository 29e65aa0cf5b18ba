import type { Page } from '@playwright/test';
import { generate } from 'otplib';
import { checkPage, DEMO_PASSWORD, expect, login, logout, test } from '../support/fixtures.ts';

async function openAccount(page: Page, displayName: string): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('link', { name: `${displayName} – Mein Konto` })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mein Konto' })).toBeVisible();
}

/** A code from a later 30-second step than `used`, so the test also holds once the server refuses replays. */
async function freshCode(secret: string, used?: string): Promise<string> {
  let code = await generate({ secret });
  while (code === used) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    code = await generate({ secret });
  }
  return code;
}

test('Konto-Seite zeigt Name, Rollen und Teams und bietet die Zwei-Faktor-Anmeldung an', async ({
  page,
}, testInfo) => {
  await login(page, 'clara.leitung');
  await openAccount(page, 'Clara Conrad');
  const facts = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Angaben' }) });
  await expect(facts.locator('dt:text-is("Name") + dd')).toHaveText('Clara Conrad');
  await expect(facts.locator('dt:text-is("Rollen") + dd')).toHaveText('Teamleitung, Fachkraft');
  await expect(facts.locator('dt:text-is("Teams") + dd')).toHaveText('ASD Nord (Leitung)');
  await expect(page.getByText('nicht eingerichtet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zwei-Faktor-Anmeldung einrichten' })).toBeVisible();
  await checkPage(page, testInfo, '70-konto');
});

// olaf's TOTP state changes for good on the shared server (no other test signs in as him; roles.spec
// needs fiona.planung, the only planner, with her password alone), so this runs in the desktop
// project only.
test(
  'Zwei-Faktor-Anmeldung: olaf.wiju richtet TOTP ein und meldet sich danach mit Code an',
  { tag: '@desktop-only' },
  async ({ page }, testInfo) => {
    test.setTimeout(120_000);

    await login(page, 'olaf.wiju');
    await openAccount(page, 'Olaf Petersen');
    await page.getByRole('button', { name: 'Zwei-Faktor-Anmeldung einrichten' }).click();
    const otpauth = page.getByText(/^otpauth:\/\//);
    await expect(otpauth).toBeVisible();
    const secret = new URL((await otpauth.textContent()) ?? '').searchParams.get('secret') ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

    const enrolCode = await freshCode(secret);
    await page.getByLabel('Sechsstelliger Code').fill(enrolCode);
    await checkPage(page, testInfo, '71-konto-mfa-einrichten');
    await page.getByRole('button', { name: 'Code prüfen und einrichten' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Die Zwei-Faktor-Anmeldung ist eingerichtet.' }),
    ).toBeVisible();
    await expect(page.getByText('eingerichtet', { exact: true })).toBeVisible();
    await checkPage(page, testInfo, '72-konto-mfa-eingerichtet');

    await logout(page);
    await page.getByLabel('Benutzername').fill('olaf.wiju');
    await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByRole('heading', { name: 'Zweiter Faktor' })).toBeVisible();
    await expect(page.getByLabel('Sechsstelliger Code')).toBeFocused();
    await checkPage(page, testInfo, '73-anmeldung-zweiter-faktor');

    await page.getByLabel('Sechsstelliger Code').fill(await freshCode(secret, enrolCode));
    await page.getByRole('button', { name: 'Bestätigen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mein Tag' })).toBeVisible();
    await openAccount(page, 'Olaf Petersen');
    await expect(page.getByText('eingerichtet', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zwei-Faktor-Anmeldung einrichten' })).toHaveCount(0);
  },
);
