import { spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/*
 * Throw-away PostgreSQL clusters for the drills: initdb into a temp directory, an own port, started
 * and stopped with pg_ctl, killed with SIGKILL like a power cut of the database host. initdb and
 * postgres refuse to run as root: as root everything runs as the OS user `postgres` (runuser), and
 * the directories belong to it.
 */

const isRoot = process.getuid?.() === 0;

/** The folder with initdb, pg_ctl, postgres, pg_basebackup: PG_BIN_DIR, the newest Debian one, or PATH. */
export function pgBinDir(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => /^\d+$/.test(v) && existsSync(join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(base, versions[0], 'bin');
  }
  const found = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  throw new Error('PostgreSQL-Programme nicht gefunden (initdb, pg_ctl): PG_BIN_DIR setzen');
}

export const pgBin = (name: string) => join(pgBinDir(), name);

/** Runs a PostgreSQL program, as the OS user postgres when we are root; throws with its output on failure. */
export function runPg(name: string, args: string[], options: { timeoutMs?: number } = {}): string {
  const command = isRoot ? 'runuser' : pgBin(name);
  const fullArgs = isRoot ? ['-u', 'postgres', '--', pgBin(name), ...args] : args;
  const result = spawnSync(command, fullArgs, {
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 300_000,
    cwd: tmpdir(),
  });
  if (result.status !== 0) {
    throw new Error(
      `${name} ${args.join(' ')} fehlgeschlagen (Code ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`,
    );
  }
  return result.stdout;
}

/** Hands a file or folder to the OS user postgres (as root; otherwise it is ours already). */
export function giveToPostgres(path: string): void {
  if (!isRoot) return;
  const r = spawnSync('chown', ['-R', 'postgres:postgres', path]);
  if (r.status !== 0) throw new Error(`chown ${path} fehlgeschlagen: ${r.stderr}`);
}

/** A new temp folder the cluster's user may write to. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (isRoot) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim();
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim();
    chownSync(dir, Number(id), Number(gid));
  }
  return dir;
}

/** A folder inside a temp folder, owned by the cluster's user. */
export function subDir(parent: string, name: string): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  giveToPostgres(dir);
  return dir;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface ClusterOptions {
  /** The temp folder the cluster lives in (data directory `data`, socket and log next to it). */
  root: string;
  port: number;
  /** Extra postgresql.conf lines, e.g. `archive_mode = on`. */
  settings?: Record<string, string>;
}

/** One PostgreSQL cluster in a temp folder: fsync and synchronous_commit stay at their default (on). */
export class TempCluster {
  readonly dataDir: string;
  readonly logFile: string;

  private constructor(
    readonly root: string,
    readonly port: number,
    dataDir: string,
  ) {
    this.dataDir = dataDir;
    this.logFile = join(root, `postgres-${port}.log`);
  }

  /** initdb with trust authentication on this machine (local and 127.0.0.1, replication included). */
  static init(options: ClusterOptions): TempCluster {
    const cluster = new TempCluster(options.root, options.port, join(options.root, 'data'));
    runPg('initdb', [
      '-D',
      cluster.dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
    cluster.configure(options.settings ?? {});
    return cluster;
  }

  /** A cluster on an existing data directory (a restored base backup). */
  static existing(options: ClusterOptions & { dataDir: string }): TempCluster {
    const cluster = new TempCluster(options.root, options.port, options.dataDir);
    cluster.configure(options.settings ?? {});
    return cluster;
  }

  /** Appends our settings; later lines win over earlier ones in postgresql.conf. */
  private configure(settings: Record<string, string>): void {
    const lines = {
      port: String(this.port),
      listen_addresses: "'127.0.0.1'",
      unix_socket_directories: `'${this.root}'`,
      logging_collector: 'off',
      ...settings,
    };
    const conf = join(this.dataDir, 'postgresql.conf');
    const text = readFileSync(conf, 'utf8');
    const extra = Object.entries(lines)
      .map(([k, v]) => `${k} = ${v}`)
      .join('\n');
    writeFileSync(conf, `${text}\n# drill settings\n${extra}\n`);
    giveToPostgres(conf);
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts and waits until it accepts connections (after a crash: until recovery is done). */
  start(timeoutSeconds = 300): void {
    runPg('pg_ctl', ['-D', this.dataDir, '-l', this.logFile, '-w', '-t', String(timeoutSeconds), 'start'], {
      timeoutMs: (timeoutSeconds + 10) * 1000,
    });
  }

  /** Clean shutdown (checkpoint). */
  stop(mode: 'fast' | 'immediate' = 'fast'): void {
    if (!this.postmasterPid()) return;
    runPg('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', 'stop']);
  }

  /** The postmaster's pid from postmaster.pid, or null when it does not run. */
  postmasterPid(): number | null {
    try {
      const pid = Number(readFileSync(join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      return pid > 0 && isAlive(pid) ? pid : null;
    } catch {
      return null;
    }
  }

  /**
   * SIGKILL to the postmaster and all its children at once (checkpointer, WAL writer, backends): what
   * the database host's power cut leaves behind — the data directory and whatever reached the disk.
   * Returns the number of processes killed.
   */
  async kill9(): Promise<number> {
    const pid = this.postmasterPid();
    if (!pid) throw new Error(`PostgreSQL auf Port ${this.port} läuft nicht`);
    const victims = [pid, ...childrenOf(pid)];
    for (const p of victims) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    // Wait until they are reaped, not just dead: PostgreSQL takes a zombie's pid in postmaster.pid for
    // a running postmaster and would refuse to start.
    const deadline = Date.now() + 15_000;
    while (victims.some((p) => existsSync(`/proc/${p}`)) && Date.now() < deadline) await sleep(50);
    if (victims.some(isAlive)) throw new Error('PostgreSQL-Prozesse überleben SIGKILL');
    if (existsSync(`/proc/${pid}`)) {
      // Still an unreaped zombie (no init process reaps here): the lock file is stale, nothing runs.
      rmSync(join(this.dataDir, 'postmaster.pid'), { force: true });
    }
    return victims.length;
  }

  /** Runs one query as the superuser. */
  async query<T extends pg.QueryResultRow = pg.QueryResultRow>(
    database: string,
    text: string,
    values: unknown[] = [],
  ): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end();
    }
  }

  /** The last lines of the server log (for error reports). */
  logTail(lines = 30): string {
    try {
      return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(kein Log)';
    }
  }
}

/** Direct children of a process (from /proc). */
export function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // ended meanwhile
    }
  }
  return out;
}

export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // A zombie has died; only its parent's wait is missing.
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
