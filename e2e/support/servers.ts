/**
 * The suite runs one Lotse server per Playwright worker, each on its own port with its own fresh
 * demo database: workers never see each other's writes, so specs need not know what runs beside them.
 * E2E_PORT is the first port (several checkouts can run side by side); E2E_WORKERS the number of
 * servers and workers (default 2: on a two-core machine the browser tests mostly wait).
 */
import type { TestInfo } from '@playwright/test';

const firstPort = Number(process.env.E2E_PORT ?? 3100);

export const serverCount = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));

export function serverPort(index: number): number {
  return firstPort + index;
}

/** The server the worker running this test talks to. */
export function serverURL(testInfo: Pick<TestInfo, 'parallelIndex'>): string {
  return `http://localhost:${serverPort(testInfo.parallelIndex % serverCount)}`;
}
