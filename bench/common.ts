import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const BENCH_PASSWORD = 'Lotse-Bench-2026!';
export const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/lotse_bench';

const benchDir = dirname(fileURLToPath(import.meta.url));
export const benchPath = (...parts: string[]) => join(benchDir, ...parts);
export const repoPath = (...parts: string[]) => join(benchDir, '..', ...parts);

/**
 * The generator's deterministic ids: an MD5 of kind, office and number with the UUID v4 version and
 * variant bits set. Same formula as the SQL function `bench_id`.
 */
export function benchId(kind: string, tenant: number, n: number): string {
  const hex = createHash('md5').update(`${kind}:${tenant}:${n}`).digest('hex');
  const v = `${hex.slice(0, 12)}4${hex.slice(13, 16)}8${hex.slice(17)}`;
  return `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20)}`;
}

/** Drops and creates the benchmark's database (needs a PostgreSQL superuser URL). */
export async function recreateDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const name = admin.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Ungültiger Datenbankname: ${name}`);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
}

const CLOCK_TICKS_PER_MS = 100 / 1000; // USER_HZ on Linux

/** utime + stime of a process in ms (0 when it is gone). Robust against other load, unlike latency. */
export function processCpuMs(pid: number | string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_MS;
  } catch {
    return 0;
  }
}

/**
 * CPU time of the PostgreSQL processes that work for the bench database: its backends plus WAL
 * writer, background writer and checkpointer (shared with other databases, but idle otherwise).
 */
export function postgresCpu(database: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (title.includes(` ${database} `) || /walwriter|background writer|checkpointer/.test(title)) {
        out.set(pid, processCpuMs(pid));
      }
    } catch {
      // process ended meanwhile
    }
  }
  return out;
}

/** CPU used since `before` by processes alive at both ends (new ones count fully). */
export function cpuSince(before: Map<string, number>, after: Map<string, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/**
 * Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` in bench/README.md with a
 * run's report and formats the file as `npm run lint` wants it; true when the markers were found.
 */
export function writeReadmeSection(name: string, report: string): boolean {
  const readme = benchPath('README.md');
  const text = readFileSync(readme, 'utf8');
  const startMark = `<!-- ${name}:start -->`;
  const from = text.indexOf(startMark);
  const to = text.indexOf(`<!-- ${name}:end -->`);
  if (from < 0 || to <= from) return false;
  writeFileSync(readme, `${text.slice(0, from + startMark.length)}\n${report}\n${text.slice(to)}`);
  spawnSync('npx', ['biome', 'format', '--write', readme], { cwd: repoPath(), stdio: 'ignore' });
  console.log('Ergebnis in bench/README.md eingetragen.');
  return true;
}

/** Waits until the server on `port` answers /api/health; fails when it exits or the time is up. */
export async function waitForHealth(child: ChildProcess, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`Server auf Port ${port} ist beendet (Code ${child.exitCode})`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Server auf Port ${port} antwortet nicht`);
}

/** The built server (`npm run build` first) with extra settings; its log only with BENCH_VERBOSE. */
export function startBuiltServer(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [repoPath('apps/server/dist/main.js')], {
    cwd: repoPath(),
    env: { ...process.env, ...env },
    stdio: ['ignore', process.env.BENCH_VERBOSE ? 'inherit' : 'ignore', 'inherit'],
  });
}

/** Ends a server: SIGTERM, SIGKILL after 10 s. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timeout);
}

/** Signs a bench user in (password only, no second factor) and returns the session cookie. */
export async function benchLogin(port: number, username: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('__Host-lotse='));
  if (!res.ok || !cookie)
    throw new Error(`Anmeldung ${username} fehlgeschlagen: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { ok: boolean };
  if (!body.ok)
    throw new Error(`Anmeldung ${username} verlangt einen zweiten Faktor: ${JSON.stringify(body)}`);
  return cookie.split(';')[0] ?? '';
}
