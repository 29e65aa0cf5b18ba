import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContextOptions,
  type Page,
  request as playwrightRequest,
  type WebSocket,
} from '@playwright/test';
import { checkPage, DEMO_PASSWORD, expect, test } from '../support/fixtures.ts';
import { apiCall, createIntakeRequest, familySignIn } from '../support/intake.ts';
import {
  call,
  createTestDatabase,
  INSTANCES,
  type Instance,
  type MailServer,
  PIN_COOKIE,
  type ReverseProxy,
  SESSION_COOKIE,
  type ServerProcess,
  staffSession,
  startMailServer,
  startProxy,
  startServer,
  type TestDatabase,
  waitUntilUp,
} from '../support/two-instances.ts';

/*
 * Two instances, one database: two server processes (`node apps/server/dist/main.js`) on one fresh
 * PostgreSQL database, started at the same moment, behind a round-robin reverse proxy that also
 * carries the WebSocket upgrades of the live channels. Browsers are pinned to one instance where the
 * test needs to know which one holds the socket.
 *
 * 1. A message written through instance A arrives live in a browser connected to instance B.
 * 2. Signing out on A ends the session on B at once: the same cookie is refused, B's socket closed.
 * 3. Work both job workers could take runs once (mails to a real SMTP server), and the start-up pass
 *    of both (planning schedule, starter knowledge, demo routing) left everything once.
 * Both instances seal the same audit chain; `audit:verify` with both anchor files finds it intact.
 */

const PORTS: Record<Instance, number> = { a: 3391, b: 3392 };
const PROXY_PORT = 3393;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let db: TestDatabase;
let mail: MailServer;
let proxy: ReverseProxy;
let masterKey: string;
let blobDir: string;
const servers = {} as Record<Instance, ServerProcess>;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  db = await createTestDatabase();
  mail = await startMailServer();
  masterKey = randomBytes(32).toString('base64');
  blobDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-two-blobs-'));
  proxy = await startProxy(PROXY_PORT, PORTS);
  // Both at once: migrations, demo data and the start-up pass of the two must not trip over each other.
  for (const name of INSTANCES) {
    servers[name] = startServer({
      name,
      port: PORTS[name],
      databaseUrl: db.url,
      masterKey,
      smtpUrl: mail.url,
      publicUrl: proxy.url,
      blobDir,
    });
  }
  await Promise.all(INSTANCES.map((name) => waitUntilUp(servers[name], 240_000)));
});

test.afterAll(async () => {
  await Promise.all(INSTANCES.map((name) => servers[name]?.stop()));
  await proxy?.close();
  await mail?.close();
  await db?.drop();
  if (blobDir) fs.rmSync(blobDir, { recursive: true, force: true });
});

/** A browser of its own whose requests and sockets the proxy sends to one instance. */
async function pinnedBrowser(browser: Browser, instance: Instance, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ baseURL: proxy.url, locale: 'de-DE', ...options });
  await context.addCookies([{ name: PIN_COOKIE, value: instance, url: proxy.url }]);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) problems.push(msg.text());
  });
  const sockets: { socket: WebSocket; closed: boolean }[] = [];
  page.on('websocket', (socket) => {
    const entry = { socket, closed: false };
    sockets.push(entry);
    socket.on('close', () => {
      entry.closed = true;
    });
  });
  return { context, page, problems, sockets };
}

/** Fails on errors in the page; closes the browser. */
async function done(b: { context: { close(): Promise<void> }; problems: string[] }) {
  expect(b.problems, 'Fehler im Browser').toEqual([]);
  await b.context.close();
}

async function signIn(page: Page, username: string) {
  const answer = await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(answer.status(), await answer.text()).toBe(200);
  expect(answer.headers()['x-lotse-instance']).toBeTruthy();
}

test('Start: beide Instanzen laufen, der Start-Durchgang hat alles genau einmal angelegt @desktop-only', async () => {
  test.setTimeout(180_000);
  for (const name of INSTANCES) {
    const health = await call(proxy.url, name, 'GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.instance).toBe(name);
  }
  // Round robin without a pin: consecutive requests alternate.
  const seen = new Set<string | null>();
  for (let i = 0; i < 4; i++) seen.add((await call(proxy.url, null, 'GET', '/api/health')).instance);
  expect([...seen].sort()).toEqual(['a', 'b']);

  // The first planning build of an office that has none is queued at start; wait until it ran.
  await expect
    .poll(
      async () =>
        (
          await db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM jobs
             WHERE kind = 'planning.rebuild' AND done_at IS NULL AND run_at <= now()`,
          )
        )[0]?.n,
      { timeout: 120_000, intervals: [1000] },
    )
    .toBe(0);
  const offices = await db.query<{ id: string; name: string }>('SELECT id, name FROM tenants ORDER BY name');
  expect(offices.map((o) => o.name)).toEqual(['Jugendamt Musterstadt', 'Jugendamt Nachbarstadt']);
  const rebuilds = await db.query<{ tenant_id: string; queued: number; ran: number }>(
    `SELECT tenant_id, count(*) FILTER (WHERE done_at IS NULL)::int AS queued,
            count(*) FILTER (WHERE done_at IS NOT NULL)::int AS ran
     FROM jobs WHERE kind = 'planning.rebuild' GROUP BY tenant_id ORDER BY tenant_id`,
  );
  // Per office: exactly one nightly rebuild queued, and at most the one first build run.
  expect(rebuilds).toHaveLength(2);
  for (const r of rebuilds) {
    expect(r.queued, `nächtliche Neuberechnung für ${r.tenant_id}`).toBe(1);
    expect(r.ran, `Neuberechnungen beim Start für ${r.tenant_id}`).toBeLessThanOrEqual(1);
  }
  // Any other nightly job the start-up pass queues (`*.nightly`): once per office, too.
  expect(
    await db.query(
      `SELECT tenant_id, kind, count(*)::int AS n FROM jobs
       WHERE done_at IS NULL AND kind LIKE '%.nightly' GROUP BY tenant_id, kind HAVING count(*) > 1`,
    ),
  ).toEqual([]);
  // Starter knowledge and the demo routing: nothing twice.
  expect(
    await db.query(
      `SELECT tenant_id, title, count(*)::int AS n FROM knowledge_articles
       GROUP BY tenant_id, title HAVING count(*) > 1`,
    ),
  ).toEqual([]);
  const starter = await db.query<{ tenant_id: string; n: number }>(
    'SELECT tenant_id, count(*)::int AS n FROM knowledge_articles GROUP BY tenant_id',
  );
  expect(starter).toHaveLength(2);
  expect(
    await db.query(
      `SELECT topic, social_area_id, count(*)::int AS n FROM routing_rules
       GROUP BY tenant_id, topic, social_area_id HAVING count(*) > 1`,
    ),
  ).toEqual([]);
});

test('Live: eine Nachricht über Instanz A erscheint sofort bei Lea, die mit Instanz B verbunden ist @desktop-only', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const run = `${Date.now()}`;
  const lea = await pinnedBrowser(browser, 'b', { viewport: { width: 1280, height: 800 } });
  await signIn(lea.page, 'lea.nachbar');
  await lea.page.goto('/fachkraft/kooperation/nachrichten');
  await expect(lea.page.getByRole('heading', { level: 1, name: 'Kolleg*innen anderer Ämter' })).toBeVisible();
  await expect(lea.page.getByText('Neue Unterhaltungen erscheinen automatisch.')).toBeVisible();
  await checkPage(lea.page, testInfo, 'zwei-instanzen-lea-liste');
  // Lea's live socket went through the proxy to B, none to A.
  expect(proxy.openTunnels('b')).toBeGreaterThanOrEqual(1);
  expect(proxy.openTunnels('a')).toBe(0);

  // Anna writes through A.
  const anna = await staffSession(proxy.url, 'a', 'anna.asd', DEMO_PASSWORD);
  const found = await call<{ userId: string; officeId: string; displayName: string }[]>(
    proxy.url,
    'a',
    'GET',
    '/api/colleagues/directory?q=Lindner',
    { session: anna },
  );
  const leaEntry = found.body.find((c) => c.displayName === 'Lea Lindner');
  expect(leaEntry, JSON.stringify(found.body)).toBeTruthy();
  const subject = `Zwei Instanzen, eine Nachricht (${run})`;
  const started = await call(proxy.url, 'a', 'POST', '/api/colleagues/conversations', {
    session: anna,
    body: {
      recipient: { userId: leaEntry?.userId, officeId: leaEntry?.officeId },
      subject,
      body: 'Guten Tag Frau Lindner, diese Nachricht kam über die andere Instanz.',
    },
  });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  expect(started.instance).toBe('a');

  // The list polls only once a minute while offline: within seconds it is the live channel.
  const item = lea.page.getByRole('listitem').filter({ hasText: subject });
  await expect(item).toContainText('1 neu', { timeout: 5000 });
  await expect(item).toContainText('Anna Albers (Jugendamt Musterstadt)');
  await expect(lea.page.getByText('Neue Unterhaltungen erscheinen automatisch.')).toBeVisible();
  await done(lea);
});

test('Abmelden auf Instanz A beendet die Sitzung auch auf Instanz B, samt offener Live-Verbindung @desktop-only', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const anna = await pinnedBrowser(browser, 'b', { viewport: { width: 1280, height: 800 } });
  await signIn(anna.page, 'anna.asd');
  await anna.page.goto('/fachkraft/kooperation/nachrichten');
  await expect(anna.page.getByText('Neue Unterhaltungen erscheinen automatisch.')).toBeVisible();
  const live = anna.sockets.filter((s) => !s.closed);
  expect(live.length).toBeGreaterThanOrEqual(1);
  const tunnelsAtB = proxy.openTunnels('b');

  const session = (await anna.context.cookies()).find((c) => c.name === SESSION_COOKIE)?.value;
  expect(session).toBeTruthy();
  // Both instances know the session; B has just confirmed it and keeps it in its session cache.
  for (const name of INSTANCES) {
    expect((await call(proxy.url, name, 'GET', '/api/me', { session })).status).toBe(200);
  }

  // Sign out through A with the same cookie …
  const logout = await call(proxy.url, 'a', 'POST', '/api/auth/logout', { session });
  const loggedOut = Date.now();
  expect(logout.status).toBe(204);
  expect(logout.instance).toBe('a');
  expect((await call(proxy.url, 'a', 'GET', '/api/me', { session })).status).toBe(401);
  // … and B refuses it right away, not when its cached entry runs out (10 s). The logout answers only
  // after the revocation went out on LISTEN/NOTIFY and B hears it within milliseconds: B's first
  // answer is a refusal as a rule, but the notification and this request race, so on a loaded machine
  // B may be asked again, for at most half a second (the annotation says how it went).
  let atB = await call(proxy.url, 'b', 'GET', '/api/me', { session });
  const firstAnswer = atB.status;
  while (atB.status !== 401 && Date.now() - loggedOut < 500) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    atB = await call(proxy.url, 'b', 'GET', '/api/me', { session });
  }
  expect(atB.status).toBe(401);
  expect(atB.instance).toBe('b');
  testInfo.annotations.push({
    type: 'Abmeldung bei B angekommen',
    description: `nach ${Date.now() - loggedOut} ms (erste Antwort von B: ${firstAnswer})`,
  });

  // B closed the open socket at once (revalidation alone would take up to 100 s).
  await expect.poll(() => live.every((s) => s.closed), { timeout: 3000 }).toBe(true);
  await expect.poll(() => proxy.openTunnels('b'), { timeout: 3000 }).toBeLessThan(tunnelsAtB);
  await expect(anna.page.getByText('Keine Live-Verbindung')).toBeVisible();
  // Reconnecting with the ended session is refused too; the cockpit asks to sign in again.
  await anna.page.goto('/fachkraft');
  await expect(
    anna.page.getByRole('heading', { level: 1, name: 'Anmeldung für Mitarbeitende' }),
  ).toBeVisible();
  await done(anna);
});

test('Jobs laufen genau einmal: jede Benachrichtigung geht einmal hinaus, egal welche Instanz sie anlegt @desktop-only', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const run = `${Date.now()}`;
  const email = `familie.${run}@example.org`;
  // The family files its request through the proxy without a pin: the proof of work's challenge and
  // its solution may come from and go to different instances (one master key, used ones in the DB).
  const anonymous = await playwrightRequest.newContext({ baseURL: proxy.url });
  const { accessCode, pin } = await createIntakeRequest(anonymous, {
    writerRole: 'parent',
    concern: `Wir brauchen Rat bei der Erziehung unseres Sohnes. (${run})`,
    topic: 'parenting',
    age: 8,
    postcode: '12101',
    name: 'Frida Zweifach',
    email,
  });
  await anonymous.dispose();

  // The family's phone talks to B and has its conversation open.
  const family = await pinnedBrowser(browser, 'b', {
    viewport: { width: 375, height: 740 },
  });
  await family.page.goto('/');
  await familySignIn(family.page, accessCode, pin);
  const requestId = (await apiCall<{ id: string }>(family.page, 'GET', '/api/family/request')).id;
  await family.page.goto('/meine-anfrage');
  await expect(family.page.getByRole('heading', { level: 1, name: 'Meine Anfrage' })).toBeVisible();
  await expect(family.page.locator('[data-live="live"]')).toBeVisible();
  await checkPage(family.page, testInfo, 'zwei-instanzen-familie');

  // Anna takes the request and writes ten messages, every other one through the other instance:
  // each enqueues a content-free notification mail that both job workers could pick up.
  const anna = await staffSession(proxy.url, 'a', 'anna.asd', DEMO_PASSWORD);
  const since = (await db.query<{ now: Date }>('SELECT now() AS now'))[0]?.now;
  const claimed = await call(proxy.url, 'b', 'POST', `/api/inbox/${requestId}/claim`, {
    session: anna,
    body: {},
  });
  expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
  const COUNT = 10;
  const bodies: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const via: Instance = i % 2 === 0 ? 'a' : 'b';
    const body = `Nachricht ${i + 1} über Instanz ${via.toUpperCase()} (${run})`;
    const sent = await call(proxy.url, via, 'POST', `/api/inbox/${requestId}/conversation/messages`, {
      session: anna,
      body: { body },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.instance).toBe(via);
    bodies.push(body);
  }
  // The family sees all of them live on B (it polls only while its socket is down).
  for (const body of bodies) await expect(family.page.getByText(body)).toBeVisible();
  await expect(family.page.locator('[data-live="live"]')).toBeVisible();

  // Every notification arrives once, and stays once (the workers tick every second).
  const toFamily = () => mail.mails.filter((m) => m.to.includes(email));
  await expect.poll(() => toFamily().length, { timeout: 60_000 }).toBe(COUNT);
  await new Promise((resolve) => setTimeout(resolve, 4000));
  expect(toFamily()).toHaveLength(COUNT);
  const jobs = await db.query<{ attempts: number; done: boolean; last_error: string | null }>(
    `SELECT attempts, done_at IS NOT NULL AS done, last_error FROM jobs
     WHERE kind = 'mail.send' AND created_at >= $1`,
    [since],
  );
  expect(jobs).toHaveLength(COUNT);
  for (const job of jobs) expect(job).toEqual({ attempts: 1, done: true, last_error: null });
  // Which worker sent what (both may, neither must): reported, not asserted.
  const byInstance = toFamily().reduce<Record<string, number>>((acc, m) => {
    acc[m.from] = (acc[m.from] ?? 0) + 1;
    return acc;
  }, {});
  testInfo.annotations.push({ type: 'Mails je Instanz', description: JSON.stringify(byInstance) });
  await done(family);
});

test('Protokoll: beide Instanzen siegeln dieselbe Kette, audit:verify findet sie unverändert @desktop-only', async () => {
  test.setTimeout(60_000);
  // Let both sealers run over what the tests above wrote (they tick every second).
  await new Promise((resolve) => setTimeout(resolve, 4000));
  for (const name of INSTANCES) {
    expect(servers[name].output(), `Ausgabe von Instanz ${name}`).not.toMatch(
      /audit sealing failed|job worker failed|after-commit effect failed/,
    );
  }
  const verify = spawnSync(
    process.execPath,
    [
      path.join(repoRoot, 'apps/server/dist/cli/audit-verify.js'),
      ...INSTANCES.flatMap((name) => ['--anchor', path.join(servers[name].dataDir, 'audit-anchor.log')]),
    ],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        LOTSE_DEMO: '1',
        DATABASE_URL: db.url,
        MASTER_KEY: masterKey,
        DATA_DIR: servers.a.dataDir,
      },
    },
  );
  expect(verify.status, `${verify.stdout}\n${verify.stderr}`).toBe(0);
  expect(verify.stdout).toContain('Ergebnis: unverändert.');
  const sealed = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_seals');
  expect(sealed[0]?.n).toBeGreaterThan(0);
});
