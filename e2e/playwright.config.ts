import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/browser.ts';
import { serverCount, serverPort } from './support/servers.ts';

// One fresh data directory per run. Workers load this file too and inherit the variable,
// so only the first load creates a directory; each server gets a folder in it.
process.env.LOTSE_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-e2e-'));
const dataDir = process.env.LOTSE_E2E_DATA_DIR;

/** One server per worker (support/servers.ts); the `baseURL` fixture picks the worker's own. */
const servers = Array.from({ length: serverCount }, (_, index) => {
  const port = serverPort(index);
  return {
    command: 'node ../apps/server/dist/main.js',
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    env: {
      PORT: String(port),
      DATA_DIR: path.join(dataDir, `server-${index}`),
      LOTSE_DEMO: '1',
      NODE_ENV: 'test',
    },
  };
});

/** Staff-only workflow specs (no family browser in them). */
const COCKPIT_WORKFLOWS = [
  'access',
  'account',
  'admin',
  'assignment',
  'case-sharing',
  'caseworker',
  'complaints',
  'entrusted',
  'first-contact',
  'helpplan',
  'inbox',
  'persons',
  'perspectives',
  'placement-exchange',
  'placement-search',
  'planning',
  'protection',
  'privacy',
  'provider-portal',
  'retention',
  'roles',
  'sso',
  'workflow',
].map((name) => `**/${name}.spec.ts`);

/**
 * Family flows (the family's phone and, in some, the caseworker's side). The family app is built phone
 * first, so they run at phone width; family.spec.ts opens the family pages at desktop width too.
 */
const FAMILY_FLOWS = [
  'family-address',
  'family-choice',
  'family-confidential',
  'family-file',
  'family-intake',
  'family-meetings',
  'family-passkey',
  'family-safety',
  'meetings',
  'time-zone',
  'video-languages',
].map((name) => `**/${name}.spec.ts`);

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: serverCount,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
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
    {
      name: 'desktop',
      grepInvert: /@phone-only/,
      testIgnore: FAMILY_FLOWS,
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      grepInvert: /@desktop-only/,
      // Every flow runs once: the cockpit's at desktop width, the family's at phone width. At phone
      // width, cockpit-phone.spec.ts opens every cockpit and administration page (axe, fits the screen).
      testIgnore: COCKPIT_WORKFLOWS,
      use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
    },
  ],
  webServer: servers,
});
