import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice } from '../../test-support/office.js';

let t: TestApp;
let port: number;
let anna: string;
let ben: string;

beforeAll(async () => {
  t = await startTestApp();
  const o = await buildOffice(t.db);
  anna = await loginCookie(t.app, o.anna.username);
  ben = await loginCookie(t.app, o.ben.username);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t.close());

/** An open realtime socket with the given session cookie, and the close code once it closes. */
async function open(cookie: string) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/api/realtime`, { headers: { cookie } });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  const hello = new Promise<void>((resolve, reject) => {
    ws.once('message', () => resolve());
    ws.once('error', reject);
  });
  await hello;
  return { ws, closed };
}

describe('ending a session', () => {
  it('closes its live sockets at once (4401) and leaves other sessions open', async () => {
    const annas = await open(anna);
    const bens = await open(ben);
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: anna } });
    expect(logout.statusCode).toBe(204);
    // Not after the next revalidation (every fourth heartbeat): the revocation closes it.
    const code = await Promise.race([
      annas.closed,
      new Promise<string>((resolve) => setTimeout(() => resolve('still open'), 2000)),
    ]);
    expect(code).toBe(4401);
    expect(bens.ws.readyState).toBe(WebSocket.OPEN);
    bens.ws.close();
    await bens.closed;
  });
});
