import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page, type Request, type TestInfo } from '@playwright/test';
import { serverURL } from './servers.ts';

export { expect, serverURL };

export const DEMO_PASSWORD = 'Lotse-Demo-2026!';
/** Lena Schneider's case from the demo data (ASD Nord, caseworker Anna, deputy Jonas). */
export const LENA_CASE_ID = '7e57ca5e-0000-4000-8000-000000000001';
export const LENA_TITLE = 'Lena Schneider – SPFH in Vorbereitung';

/** Opens a tab of Lena's case and waits for the case to be shown. */
export async function openLenaCase(page: Page, tab?: 'personen' | 'verlauf'): Promise<void> {
  await page.goto(`/fachkraft/faelle/${LENA_CASE_ID}${tab ? `?tab=${tab}` : ''}`);
  await expect(page.getByRole('heading', { level: 1, name: LENA_TITLE })).toBeVisible();
}

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');
/** Full-page screenshots for looking at the pages (`E2E_SCREENSHOTS=1`); off by default, they cost time. */
const takeScreenshots = process.env.E2E_SCREENSHOTS === '1';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Pages that are injecting axe right now: a CSP refusal of that inline script is expected, not an app bug. */
const injecting = new WeakSet<Page>();

/**
 * Injects axe-core and returns its violations. The app runs under a nonce CSP, which blocks
 * Playwright's plain inline script tags: with a nonce on the page, axe gets a script tag carrying
 * that nonce; otherwise `addScriptTag`, and if the CSP still refuses, evaluation through the DevTools
 * protocol (not subject to CSP).
 */
async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) {
    const nonce = await page.evaluate(
      () => document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? '',
    );
    injecting.add(page);
    try {
      if (nonce) {
        await page.evaluate(
          ({ source, scriptNonce }) => {
            const script = document.createElement('script');
            script.nonce = scriptNonce;
            script.textContent = source;
            document.head.appendChild(script);
          },
          { source: axeSource, scriptNonce: nonce },
        );
      }
      if (!(await page.evaluate(() => 'axe' in window))) {
        await page.addScriptTag({ content: axeSource }).catch(() => page.evaluate(axeSource));
      }
    } finally {
      injecting.delete(page);
    }
  }
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/**
 * Checks accessibility (no serious or critical axe violations); with `E2E_SCREENSHOTS=1` it also saves
 * a full-page screenshot as `screenshots/<project>-<name>.png`.
 */
export async function checkPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await networkSettled(page);
  // No spinner left and nothing still updating (networkidle is not re-armed by client-side
  // navigation), so axe and the screenshot see the loaded page.
  await expect(page.getByText(/wird geladen/)).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const violations = await runAxe(page);
  const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = violations.filter((v) => !severe.includes(v));
  if (minor.length) {
    testInfo.annotations.push({
      type: 'axe (minor)',
      description: `${name}: ${minor.map((v) => `${v.id} (${v.impact})`).join(', ')}`,
    });
  }
  if (takeScreenshots) {
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({
      path: path.join(screenshotDir, `${testInfo.project.name}-${name}.png`),
      fullPage: true,
    });
  }
  expect(severe, `axe: schwere Verstöße auf „${name}“:\n${JSON.stringify(severe, null, 2)}`).toEqual([]);
}

/**
 * Signs in through the API (the browser context keeps the session cookie) and opens the cockpit's
 * start page. The login form itself is tested in public.spec.ts and account.spec.ts.
 */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const answer = await page.request.post('/api/auth/login', { data: { username, password } });
  expect(answer.status(), `Anmeldung als ${username}: ${await answer.text()}`).toBe(200);
  await page.goto('/fachkraft');
  // The start page fits the role: "Mein Tag" for case work, the complaints for the complaint office,
  // the provider portal for providers, the planning dashboard for planners, otherwise the overview.
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: /^(Mein Tag|Übersicht|Beschwerden|Freie Plätze|Kennzahlen)$/,
    }),
  ).toBeVisible();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung für Mitarbeitende' })).toBeVisible();
}

/** A tiny but valid one-page PDF (correct xref offsets), built in memory. */
export function tinyPdf(text = 'Lotse Testdokument'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = `BT /F1 18 Tf 24 64 Td (${text}) Tj ET`;
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Requests still open, per page the fixture watches (the test's `page`). */
const openRequests = new WeakMap<Page, Set<Request>>();

function watchRequests(page: Page): void {
  const open = new Set<Request>();
  openRequests.set(page, open);
  page.on('request', (r) => open.add(r));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
}

/**
 * Waits until no request of the page has been open for 150 ms. Playwright's `networkidle` waits
 * 500 ms after the last one on every call; pages the fixture does not watch still use it.
 */
async function networkSettled(page: Page): Promise<void> {
  const open = openRequests.get(page);
  if (!open) return page.waitForLoadState('networkidle');
  await page.waitForLoadState('load');
  const deadline = Date.now() + 15_000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (open.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 150) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Netzwerk kommt nicht zur Ruhe: ${[...open].map((r) => r.url()).join(', ')}`);
}

/**
 * Every test fails on page errors and CSP violations; answers that do not match the shared
 * contract (logged by the web client) are reported as soft failures.
 */
export const test = base.extend({
  // Each worker talks to its own server (support/servers.ts). Playwright reads a fixture's
  // dependencies from the pattern, so the empty one is required.
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires an object pattern here
  baseURL: async ({}, use, testInfo) => {
    await use(serverURL(testInfo));
  },
  page: async ({ page }, use) => {
    watchRequests(page);
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() !== 'error' && msg.type() !== 'warning') return;
      if (injecting.has(page) && /Content Security Policy/i.test(msg.text())) return;
      problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    await use(page);
    expect(
      problems.filter((p) => /Content Security Policy|Content-Security-Policy/i.test(p)),
      'CSP-Verstöße',
    ).toEqual([]);
    expect(
      problems.filter((p) => p.startsWith('pageerror')),
      'Fehler im Browser',
    ).toEqual([]);
    expect
      .soft(
        problems.filter((p) => p.includes('weicht vom Vertrag ab')),
        'Antworten, die vom Vertrag in @lotse/shared abweichen',
      )
      .toEqual([]);
  },
});
