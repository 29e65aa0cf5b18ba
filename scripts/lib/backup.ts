import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pgBin, runPg } from './cluster.js';

/* What `npm run backup` and the restore drill share: the base backup and the copy of Lotse's files. */

export interface BaseBackup {
  /** The folder pg_basebackup wrote (plain: a data directory; tar: base.tar.gz and pg_wal.tar.gz). */
  dir: string;
  format: 'plain' | 'tar';
  ms: number;
  bytes: number;
  /** WAL range of the backup from its manifest: restoring needs the WAL from start to end at least. */
  startLsn: string;
  endLsn: string;
  /** pg_verifybackup checked the files against the manifest (plain format only). */
  verified: boolean;
}

/** The URL without its password, for messages. */
export function safeUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/**
 * `pg_basebackup` of the whole cluster into `dir` (must not exist or be empty) with the WAL it needs
 * streamed along (`-X stream`) and a fast checkpoint; then `pg_verifybackup` for the plain format.
 * `asClusterUser`: run as the OS user postgres when we are root (the drill's clusters belong to it).
 */
export function pgBaseBackup(opts: {
  url: string;
  dir: string;
  format: 'plain' | 'tar';
  label: string;
  asClusterUser?: boolean;
}): BaseBackup {
  const args = [
    '-d',
    opts.url,
    '-D',
    opts.dir,
    '-F',
    opts.format === 'tar' ? 't' : 'p',
    '-X',
    'stream',
    '-c',
    'fast',
    '-l',
    opts.label,
    '--no-password',
    ...(opts.format === 'tar' ? ['-z'] : []),
  ];
  const started = Date.now();
  run('pg_basebackup', args, opts.asClusterUser ?? false);
  const ms = Date.now() - started;
  let verified = false;
  if (opts.format === 'plain') {
    run('pg_verifybackup', ['-q', opts.dir], opts.asClusterUser ?? false);
    verified = true;
  }
  const manifest = JSON.parse(readFileSync(join(opts.dir, 'backup_manifest'), 'utf8')) as {
    'WAL-Ranges'?: { 'Start-LSN': string; 'End-LSN': string }[];
  };
  const range = manifest['WAL-Ranges']?.[0];
  return {
    dir: opts.dir,
    format: opts.format,
    ms,
    bytes: folderBytes(opts.dir),
    startLsn: range?.['Start-LSN'] ?? '?',
    endLsn: range?.['End-LSN'] ?? '?',
    verified,
  };
}

function run(name: string, args: string[], asClusterUser: boolean): void {
  if (asClusterUser) {
    runPg(name, args);
    return;
  }
  const r = spawnSync(pgBin(name), args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) {
    throw new Error(`${name} fehlgeschlagen (Code ${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
  }
}

export interface FilesCopy {
  blobs: number;
  bytes: number;
  anchor: boolean;
}

/**
 * Lotse's files outside the database: the encrypted blobs (`DATA_DIR/blobs`) and the audit anchor
 * (`DATA_DIR/audit-anchor.log`), into `target`. Blobs never change once written, so a repeated copy
 * into the same folder adds only the new ones. The master key is not copied: it belongs in the key
 * management, apart from the backups it can decrypt.
 */
export function copyLotseFiles(dataDir: string, target: string): FilesCopy {
  mkdirSync(target, { recursive: true });
  const from = join(dataDir, 'blobs');
  let blobs = 0;
  let bytes = 0;
  if (existsSync(from)) {
    cpSync(from, join(target, 'blobs'), {
      recursive: true,
      force: false,
      errorOnExist: false,
      // Unfinished writes (crash leftovers) are no blobs.
      filter: (src) => !src.endsWith('.tmp'),
    });
    for (const tenant of readdirSync(join(target, 'blobs'))) {
      for (const name of readdirSync(join(target, 'blobs', tenant))) {
        blobs++;
        bytes += statSync(join(target, 'blobs', tenant, name)).size;
      }
    }
  }
  const anchor = join(dataDir, 'audit-anchor.log');
  if (existsSync(anchor)) copyFileSync(anchor, join(target, 'audit-anchor.log'));
  return { blobs, bytes, anchor: existsSync(anchor) };
}

export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
