import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAlive, sleep } from './cluster.js';

/* The built Lotse server as a child process and a small HTTP client for the drills (calls: lotse-api.ts). */

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEMO_PASSWORD = 'Lotse-Demo-2026!';

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export interface ServerOptions {
  port: number;
  dataDir: string;
  databaseUrl: string;
  masterKey: string;
  logFile: string;
}

/** The built server (`apps/server/dist/main.js`), log appended to `logFile`. */
export class LotseServer {
  child: ChildProcess | null = null;

  constructor(readonly options: ServerOptions) {}

  get base(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  /** Starts and waits for /api/health; returns the milliseconds it took. */
  async start(timeoutMs = 600_000): Promise<number> {
    const main = join(repoRoot, 'apps/server/dist/main.js');
    if (!existsSync(main)) throw new Error(`${main} fehlt: erst "npm run build"`);
    const started = Date.now();
    const log = createWriteStream(this.options.logFile, { flags: 'a' });
    log.write(`\n--- start ${new Date().toISOString()} ---\n`);
    const child = spawn(process.execPath, [main], {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOTSE_DEMO: '1',
        PORT: String(this.options.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.options.dataDir,
        DATABASE_URL: this.options.databaseUrl,
        DATABASE_MIGRATION_URL: '',
        MASTER_KEY: this.options.masterKey,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    this.child = child;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(`Lotse ist beim Start beendet (Code ${child.exitCode}):\n${this.logTail()}`);
      }
      const ok = await fetch(`${this.base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return Date.now() - started;
      await sleep(200);
    }
    throw new Error(`Lotse antwortet nicht auf Port ${this.options.port}:\n${this.logTail()}`);
  }

  /** SIGKILL: the process ends without any cleanup. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  /** SIGTERM: the server closes, seals every pending audit event and exits. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
    this.child = null;
  }

  get running(): boolean {
    return Boolean(this.child?.pid && isAlive(this.child.pid));
  }

  logTail(lines = 40): string {
    try {
      return readFileSync(this.options.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(kein Log)';
    }
  }
}

export interface Answer {
  status: number;
  body: unknown;
  bytes: Buffer;
}

/** One signed-in caller (staff or family): keeps its cookie and answers with status and body. */
export class Caller {
  cookie = '';

  constructor(
    readonly base: () => string,
    readonly name: string,
  ) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    options: { timeoutMs?: number } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    let payload: FormData | string | undefined;
    if (body instanceof FormData) {
      payload = body;
    } else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(`${this.base()}${path}`, {
      method,
      headers,
      body: payload,
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    const type = res.headers.get('content-type') ?? '';
    let parsed: unknown = null;
    if (type.includes('application/json') && bytes.length > 0) parsed = JSON.parse(bytes.toString('utf8'));
    for (const c of res.headers.getSetCookie()) {
      if (c.startsWith('__Host-lotse=') || c.startsWith('__Host-lotse-family=')) {
        this.cookie = c.split(';')[0] ?? '';
      }
    }
    return { status: res.status, body: parsed, bytes };
  }

  /** Staff sign-in with the demo password (demo accounts have no second factor). */
  async loginStaff(username: string): Promise<void> {
    const res = await this.request('POST', '/api/auth/login', { username, password: DEMO_PASSWORD });
    const body = res.body as { ok?: boolean } | null;
    if (res.status !== 200 || !body?.ok) {
      throw new Error(`Anmeldung ${username}: ${res.status} ${res.bytes.toString('utf8').slice(0, 300)}`);
    }
  }

  async loginFamily(code: string, pin: string): Promise<void> {
    const res = await this.request('POST', '/api/family/login', { code, pin });
    if (res.status !== 200) {
      throw new Error(`Familienanmeldung: ${res.status} ${res.bytes.toString('utf8').slice(0, 300)}`);
    }
  }
}

/** A 32-byte master key in Base64, as `openssl rand -base64 32` makes it. */
export function randomMasterKey(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64');
}
