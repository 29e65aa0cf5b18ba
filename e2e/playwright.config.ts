import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/browser.ts';

// One fresh data directory per run. Workers load this file too and inherit the variable,
// so only the first load creates a directory.
process.env.LOTSE_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-e2e-'));
const dataDir = process.env.LOTSE_E2E_DATA_DIR;

// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

/** Staff-only workflow specs (no family browser in them). */
const COCKPIT_WORKFLOWS = [
  'access',
  'account',
  'admin',
  'assignment',
  'caseworker',
  'entrusted',
  'first-contact',
  'helpplan',
  'inbox',
  'persons',
  'perspectives',
  'protection',
  'roles',
  'workflow',
].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    // Tests tagged @desktop-only / @phone-only run in one project (shared server state, one set of photos).
    { name: 'desktop', grepInvert: /@phone-only/, use: { viewport: { width: 1280, height: 800 } } },
    {
      name: 'phone',
      grepInvert: /@desktop-only/,
      // The cockpit's workflows do not depend on the width: they run once, at desktop width. At phone
      // width, cockpit-phone.spec.ts opens every cockpit and administration page (axe, fits the screen).
      testIgnore: COCKPIT_WORKFLOWS,
      use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
    },
  ],
  webServer: {
    command: 'node ../apps/server/dist/main.js',
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      DATA_DIR: dataDir,
      LOTSE_DEMO: '1',
      NODE_ENV: 'test',
    },
  },
});
