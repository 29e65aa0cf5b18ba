import { expect, test } from '../support/fixtures.ts';

/*
 * What the family start page costs a phone on its first visit: every byte over the wire (headers and
 * bodies as Chromium received them, after compression), measured with the DevTools protocol.
 */

/** All responses of the first visit to `/` together: 150 kB, counted as DevTools counts. */
const BUDGET_BYTES = 150_000;
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface Received {
  url: string;
  status: number;
  headers: Record<string, string>;
  bytes: number;
}

test('Die Startseite lädt beim ersten Besuch höchstens 150 KB, komprimiert und lange zwischengespeichert', async ({
  page,
}, testInfo) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const pending = new Map<string, Omit<Received, 'bytes'>>();
  const received: Received[] = [];
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const headers = Object.fromEntries(
      Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
    );
    pending.set(requestId, { url: response.url, status: response.status, headers });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = pending.get(requestId);
    if (response) received.push({ ...response, bytes: encodedDataLength });
  });

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Hilfe für Kinder, Jugendliche und Eltern',
  );
  await expect(page.getByRole('region', { name: /Sprache wählen/ })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const total = received.reduce((sum, r) => sum + r.bytes, 0);
  const list = received
    .map((r) => `${String(r.bytes).padStart(7)} B  ${r.headers['content-encoding'] ?? '-'}  ${r.url}`)
    .join('\n');
  testInfo.annotations.push({ type: 'Übertragen für /', description: `${total} B\n${list}` });
  expect(total, `Über das Netz übertragen:\n${list}`).toBeLessThanOrEqual(BUDGET_BYTES);

  const html = received.find((r) => new URL(r.url).pathname === '/');
  expect(html?.headers['cache-control']).toBe('no-cache');

  const scripts = received.filter((r) => /^\/assets\/.+\.js$/.test(new URL(r.url).pathname));
  expect(scripts.length).toBeGreaterThan(0);
  // The cockpit's charting library (ECharts, its own lazy chunk) is never part of the family app.
  expect(scripts.filter((r) => /echarts/i.test(r.url)).map((r) => r.url)).toEqual([]);
  for (const script of scripts) {
    expect(script.status, script.url).toBe(200);
    expect(script.headers['content-encoding'], script.url).toMatch(/^(br|gzip)$/);
    expect(script.headers['cache-control'], script.url).toBe(IMMUTABLE);
    expect(script.headers.vary ?? '', script.url).toMatch(/accept-encoding/i);
  }
  const styles = received.filter((r) => /^\/assets\/.+\.css$/.test(new URL(r.url).pathname));
  for (const style of styles) {
    expect(style.headers['content-encoding'], style.url).toMatch(/^(br|gzip)$/);
    expect(style.headers['cache-control'], style.url).toBe(IMMUTABLE);
  }
});
