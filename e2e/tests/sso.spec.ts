import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  startTestIdentityProvider,
  TEST_IDP_PASSWORD,
  type TestIdentityProvider,
} from '../../apps/server/src/test-support/identity-provider.ts';
import { checkPage, expect, test } from '../support/fixtures.ts';

// Single sign-on in the browser: a Lotse server of its own with OIDC settings and LOCAL_PASSWORDS=off,
// a real OpenID Connect provider beside it, Anna signing in with her "Dienstkonto" and out again.

const PORT = 3291;
const LOTSE = `http://localhost:${PORT}`;
const mainJs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/server/dist/main.js');

let idp: TestIdentityProvider;
let server: ChildProcess | undefined;
let serverLog = '';
let dataDir = '';

async function startLotse(env: Record<string, string>): Promise<void> {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-e2e-sso-'));
  server = spawn(process.execPath, [mainJs], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, LOTSE_DEMO: '1', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d: Buffer) => {
    serverLog += d.toString();
  });
  server.stderr?.on('data', (d: Buffer) => {
    serverLog += d.toString();
  });
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`Lotse ist nicht gestartet:\n${serverLog}`);
    const up = await fetch(`${LOTSE}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Lotse antwortet nicht auf ${LOTSE}:\n${serverLog}`);
}

test.describe('Anmeldung mit Dienstkonto (OIDC)', () => {
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async () => {
    // On another site than Lotse's localhost (127.0.0.1), as an office's Keycloak or Entra ID is.
    idp = await startTestIdentityProvider({
      redirectUri: `${LOTSE}/api/auth/oidc/callback`,
      postLogoutRedirectUri: `${LOTSE}/fachkraft/login?abgemeldet=1`,
    });
    // At the provider she signs in with password and a one-time code.
    idp.accounts.set('a.schmidt', {
      claims: { preferred_username: 'anna.asd', name: 'Anna Schmidt' },
      amr: ['pwd', 'otp'],
    });
    idp.accounts.set('x.fremd', {
      claims: { preferred_username: 'niemand.in.lotse', name: 'X Fremd' },
      amr: ['pwd', 'otp'],
    });
    await startLotse({
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      LOCAL_PASSWORDS: 'off',
    });
  });

  test.afterAll(async () => {
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await idp?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('Anna meldet sich über den Anmeldedienst an und wieder ab @desktop-only', async ({
    page,
  }, testInfo) => {
    await test.step('Die Anmeldeseite bietet nur das Dienstkonto an', async () => {
      await page.goto(`${LOTSE}/fachkraft/login`);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Anmeldung für Mitarbeitende' }),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: 'Mit Dienstkonto anmelden' })).toBeVisible();
      await expect(page.getByLabel('Passwort', { exact: true })).toHaveCount(0);
      await expect(page.getByLabel('Benutzername')).toHaveCount(0);
      await checkPage(page, testInfo, 'sso-01-anmeldung');
    });

    await test.step('Beim Anmeldedienst anmelden und zustimmen', async () => {
      await page.getByRole('link', { name: 'Mit Dienstkonto anmelden' }).focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
      await page.locator('input[name="login"]').fill('a.schmidt');
      await page.locator('input[name="password"]').fill(TEST_IDP_PASSWORD);
      await page.getByRole('button', { name: 'Sign-in' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
    });

    await test.step('Zurück in Lotse: Annas Cockpit', async () => {
      await expect(page.getByRole('heading', { level: 1, name: 'Mein Tag' })).toBeVisible();
      expect(new URL(page.url()).origin).toBe(LOTSE);
      const me = await page.request.get(`${LOTSE}/api/me`);
      expect(me.status()).toBe(200);
      expect((await me.json()).username).toBe('anna.asd');
      await checkPage(page, testInfo, 'sso-02-cockpit');
    });

    await test.step('Abmelden beendet auch die Sitzung beim Anmeldedienst', async () => {
      await page.getByRole('button', { name: 'Abmelden' }).click();
      await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/`));
      await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await expect(page).toHaveURL(`${LOTSE}/fachkraft/login?abgemeldet=1`);
      await expect(page.getByText('Sie haben sich abgemeldet.')).toBeVisible();
      expect((await page.request.get(`${LOTSE}/api/me`)).status()).toBe(401);
      await checkPage(page, testInfo, 'sso-03-abgemeldet');
    });

    await test.step('Ein Dienstkonto ohne Lotse-Konto landet mit Hinweis auf der Anmeldeseite', async () => {
      await page.getByRole('link', { name: 'Mit Dienstkonto anmelden' }).click();
      // The provider's session ended with the logout: it asks for the login again.
      await page.locator('input[name="login"]').fill('x.fremd');
      await page.locator('input[name="password"]').fill(TEST_IDP_PASSWORD);
      await page.getByRole('button', { name: 'Sign-in' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page).toHaveURL(`${LOTSE}/fachkraft/login?sso=unbekannt`);
      await expect(page.getByRole('alert')).toContainText('Für Ihr Dienstkonto gibt es in Lotse kein Konto.');
      expect((await page.request.get(`${LOTSE}/api/me`)).status()).toBe(401);
      await checkPage(page, testInfo, 'sso-04-unbekannt');
    });
  });
});
