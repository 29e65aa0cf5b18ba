import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { createServices } from '../platform/services.js';
import type { TestApp } from './app.js';
import { freshDatabase, testEngine } from './database.js';

/** What the bytes at rest are: the name of a place (file or dump) and its content. */
export interface RestingBytes {
  where: string;
  bytes: Buffer;
}

export interface AtRestApp extends TestApp {
  /** Stops the app and the database, then reads everything it left at rest. */
  closeAndRead: () => Promise<RestingBytes[]>;
}

/**
 * The real app as `startTestApp` builds it, but on a database whose bytes can be read afterwards:
 * PGlite in a directory on disk, or a fresh database on the PostgreSQL server (read with pg_dump).
 */
export async function startAtRestApp(): Promise<AtRestApp> {
  const root = mkdtempSync(join(tmpdir(), 'lotse-at-rest-'));
  const pgliteDir = join(root, 'pgdata');
  const dataDir = join(root, 'files');
  mkdirSync(dataDir);
  const database =
    testEngine === 'pglite'
      ? await (async () => {
          const db = await openDatabase({ dataDir: pgliteDir });
          await migrate(db);
          return { db, drop: () => db.close() };
        })()
      : await freshDatabase();
  const { db } = database;
  const config = loadConfig({ NODE_ENV: 'test', LOTSE_DEMO: '1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const ctx = createServices(config, db, randomBytes(32));
  const app = await buildApp(ctx, { serveWeb: false });
  await app.ready();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
    await database.drop();
    rmSync(root, { recursive: true, force: true });
  };
  return {
    app,
    ctx,
    db,
    dataDir,
    close,
    async closeAndRead() {
      await app.close();
      const blobs = filesUnder(dataDir, root);
      if (testEngine === 'pglite') {
        await db.close(); // PGlite writes its pages and WAL to the directory on close
        closed = true;
        const files = [...filesUnder(pgliteDir, root), ...blobs];
        rmSync(root, { recursive: true, force: true });
        return files;
      }
      const dump = await pgDump(db);
      await close();
      return [dump, ...blobs];
    },
  };
}

/** Every file under `dir`, recursively, as bytes. */
function filesUnder(dir: string, root: string): RestingBytes[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? filesUnder(path, root)
      : [{ where: relative(root, path), bytes: readFileSync(path) }];
  });
}

/** A plain-text `pg_dump` of the test database, taken as the schema owner. */
async function pgDump(db: TestApp['db']): Promise<RestingBytes> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL fehlt für die PostgreSQL-Tests');
  const name = await db.withOwner(async (owner) => {
    const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(owner);
    return rows[0]?.name ?? '';
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const { stdout } = await promisify(execFile)('/usr/bin/pg_dump', ['--no-owner', `--dbname=${url}`], {
    encoding: 'buffer',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { where: `pg_dump ${name}`, bytes: stdout };
}

/** How often `needle` occurs in each place, ignoring ASCII case (places with no hit left out). */
export function countHits(places: readonly RestingBytes[], needle: string): Record<string, number> {
  const wanted = Buffer.from(needle.toLowerCase(), 'utf8');
  const hits: Record<string, number> = {};
  for (const place of places) {
    const haystack = lowerAscii(place.bytes);
    let count = 0;
    for (let at = haystack.indexOf(wanted); at !== -1; at = haystack.indexOf(wanted, at + 1)) count++;
    if (count > 0) hits[place.where] = count;
  }
  return hits;
}

const lowered = new WeakMap<Buffer, Buffer>();
function lowerAscii(bytes: Buffer): Buffer {
  let copy = lowered.get(bytes);
  if (!copy) {
    copy = Buffer.from(bytes);
    for (let i = 0; i < copy.length; i++) {
      const b = copy[i] as number;
      if (b >= 0x41 && b <= 0x5a) copy[i] = b + 0x20;
    }
    lowered.set(bytes, copy);
  }
  return copy;
}

/** `Zqx` and ten random letters: found nowhere by chance. */
export function randomSentinel(): string {
  const letters = [...randomBytes(10)].map((b) => String.fromCharCode(0x61 + (b % 26))).join('');
  return `Zqx${letters}`;
}
