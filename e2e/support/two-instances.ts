/**
 * Two Lotse servers on one PostgreSQL database behind a small reverse proxy, as in production with
 * several instances behind a load balancer (README "Two or more instances"). Used by
 * tests/two-instances.spec.ts.
 *
 * The proxy sends each request and each WebSocket upgrade to the next instance in turn (no sticky
 * sessions). A test can pin a browser or a request to one instance with the cookie `lotse-pin=a|b`
 * (cookies travel with WebSocket upgrades too); each answer names its instance in `x-lotse-instance`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';

export type Instance = 'a' | 'b';
export const INSTANCES: Instance[] = ['a', 'b'];
export const PIN_COOKIE = 'lotse-pin';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// ---------------------------------------------------------------------------------------------------
// The database: a fresh one on the local PostgreSQL server, dropped afterwards.

/** The server to create the test database on: TEST_DATABASE_URL's, or the local one. */
function adminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export interface TestDatabase {
  /** The owner's URL of the new database (DATABASE_URL for the servers; the runtime logs in as lotse_app). */
  url: string;
  query<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `lotse_two_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  pool.on('error', () => undefined);
  return {
    url: url.toString(),
    query: async (text, values) => (await pool.query(text, values)).rows,
    drop: async () => {
      await pool.end();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// A mail server that keeps what it receives.

export interface ReceivedMail {
  from: string;
  to: string[];
  data: string;
}

export interface MailServer {
  url: string;
  mails: ReceivedMail[];
  close(): Promise<void>;
}

export async function startMailServer(): Promise<MailServer> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => {
        data += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        mails.push({ from, to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as net.AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---------------------------------------------------------------------------------------------------
// The servers.

export interface ServerProcess {
  name: Instance;
  port: number;
  dataDir: string;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  name: Instance;
  port: number;
  databaseUrl: string;
  masterKey: string;
  smtpUrl: string;
  publicUrl: string;
  /** Shared by all instances (a network filesystem in production): attachments and documents. */
  blobDir: string;
}

/**
 * Starts `node apps/server/dist/main.js` as one instance: its own DATA_DIR (audit anchor file) whose
 * `blobs` folder is the shared one, the same MASTER_KEY as every other instance, its own mail sender.
 */
export function startServer(opts: ServerOptions): ServerProcess {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `lotse-two-${opts.name}-`));
  fs.symlinkSync(opts.blobDir, path.join(dataDir, 'blobs'));
  const child: ChildProcess = spawn(process.execPath, [path.join(repoRoot, 'apps/server/dist/main.js')], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.tmpdir(),
      NODE_ENV: 'test',
      LOTSE_DEMO: '1',
      HOST: '127.0.0.1',
      PORT: String(opts.port),
      DATABASE_URL: opts.databaseUrl,
      DATA_DIR: dataDir,
      MASTER_KEY: opts.masterKey,
      SMTP_URL: opts.smtpUrl,
      MAIL_FROM: `Lotse ${opts.name.toUpperCase()} <instance-${opts.name}@lotse.invalid>`,
      PUBLIC_URL: opts.publicUrl,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name: opts.name,
    port: opts.port,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the server answers /api/health (or fails with its output when it exits or times out). */
export async function waitUntilUp(server: ServerProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (/Lotse konnte nicht starten/.test(server.output())) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Instanz ${server.name} ist nicht gestartet:\n${server.output()}`);
}

// ---------------------------------------------------------------------------------------------------
// The reverse proxy.

export interface ReverseProxy {
  url: string;
  /** Requests and WebSocket upgrades each instance received through the proxy. */
  routed: Record<Instance, { http: number; upgrades: number }>;
  /** WebSocket tunnels open right now, per instance. */
  openTunnels(instance: Instance): number;
  close(): Promise<void>;
}

function pinOf(cookieHeader: string | undefined): Instance | null {
  const match = /(?:^|;\s*)lotse-pin=(a|b)(?:;|$)/.exec(cookieHeader ?? '');
  return (match?.[1] as Instance | undefined) ?? null;
}

/**
 * A round-robin reverse proxy on `port` in front of the instances (node:http; WebSocket upgrades
 * are tunnelled). It sets X-Forwarded-For/-Proto/-Host as a load balancer would.
 */
export async function startProxy(port: number, backends: Record<Instance, number>): Promise<ReverseProxy> {
  let next = 0;
  const pick = (req: http.IncomingMessage): Instance => {
    const pinned = pinOf(req.headers.cookie);
    if (pinned) return pinned;
    const instance = INSTANCES[next % INSTANCES.length] as Instance;
    next++;
    return instance;
  };
  const routed: ReverseProxy['routed'] = { a: { http: 0, upgrades: 0 }, b: { http: 0, upgrades: 0 } };
  const tunnels: Record<Instance, Set<net.Socket>> = { a: new Set(), b: new Set() };
  const forwarded = (req: http.IncomingMessage) => ({
    'x-forwarded-for': req.socket.remoteAddress ?? '127.0.0.1',
    'x-forwarded-proto': 'http',
    'x-forwarded-host': req.headers.host ?? `localhost:${port}`,
  });

  const server = http.createServer((req, res) => {
    const instance = pick(req);
    routed[instance].http++;
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: backends[instance],
        method: req.method,
        path: req.url,
        headers: { ...req.headers, ...forwarded(req) },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-lotse-instance': instance });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('Bad gateway');
    });
    req.pipe(upstream);
  });

  server.on('upgrade', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const instance = pick(req);
    routed[instance].upgrades++;
    const upstream = net.connect(backends[instance], '127.0.0.1', () => {
      const headers = { ...forwarded(req) };
      const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
      for (let i = 0; i < req.rawHeaders.length; i += 2)
        lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    tunnels[instance].add(upstream);
    const end = () => {
      tunnels[instance].delete(upstream);
      upstream.destroy();
      client.destroy();
    };
    upstream.on('close', end);
    upstream.on('error', end);
    client.on('close', end);
    client.on('error', end);
  });

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${port}`,
    routed,
    openTunnels: (instance) => tunnels[instance].size,
    close: async () => {
      for (const set of Object.values(tunnels)) for (const socket of set) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Plain HTTP through the proxy, pinned to one instance, with a staff session cookie.

export const SESSION_COOKIE = '__Host-lotse';

export interface Answer<T> {
  status: number;
  instance: string | null;
  body: T;
}

export async function call<T = unknown>(
  proxyUrl: string,
  instance: Instance | null,
  method: string,
  url: string,
  opts: { session?: string; body?: unknown } = {},
): Promise<Answer<T>> {
  const cookies = [
    ...(opts.session ? [`${SESSION_COOKIE}=${opts.session}`] : []),
    ...(instance ? [`${PIN_COOKIE}=${instance}`] : []),
  ];
  const res = await fetch(`${proxyUrl}${url}`, {
    method,
    headers: {
      ...(cookies.length ? { cookie: cookies.join('; ') } : {}),
      ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, instance: res.headers.get('x-lotse-instance'), body: body as T };
}

/** Signs a staff member in through one instance; returns the session cookie's value. */
export async function staffSession(proxyUrl: string, instance: Instance, username: string, password: string) {
  const res = await fetch(`${proxyUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: `${PIN_COOKIE}=${instance}` },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`Anmeldung ${username}: ${res.status} ${await res.text()}`);
  for (const cookie of res.headers.getSetCookie()) {
    const match = new RegExp(`^${SESSION_COOKIE}=([^;]+)`).exec(cookie);
    if (match?.[1]) return match[1];
  }
  throw new Error(`Anmeldung ${username}: kein Sitzungs-Cookie`);
}
