import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../apps/server/src/config.js';
import {
  backupEmbeddedDatabase,
  embeddedDatabaseInUse,
  restoreEmbeddedDatabase,
} from '../apps/server/src/db/embedded-backup.js';
import { copyLotseFiles, megabytes, pgBaseBackup, safeUrl } from './lib/backup.js';

/*
 * npm run backup -- --target DIR [--url postgres://…] [--format plain|tar] [--no-files]
 *   PostgreSQL (DATABASE_MIGRATION_URL, DATABASE_URL or --url): pg_basebackup of the whole cluster
 *   with the WAL it needs, checked with pg_verifybackup (plain), plus Lotse's files from DATA_DIR
 *   (encrypted blobs, audit anchor) into DIR/files. The role needs the REPLICATION attribute (or
 *   superuser) and pg_hba.conf must allow it a replication connection.
 *   Embedded PGlite (no DATABASE_URL): the server must be stopped; DIR/pglite.tar plus DIR/files.
 * npm run backup -- --restore DIR
 *   Embedded PGlite only: unpacks DIR/pglite.tar into DATA_DIR/pglite (which must not exist) and puts
 *   DIR/files back into DATA_DIR. A PostgreSQL base backup is restored with the server's own tools
 *   (README, "Backup, restore and crash drills").
 */

const { values } = parseArgs({
  options: {
    target: { type: 'string' },
    restore: { type: 'string' },
    url: { type: 'string' },
    format: { type: 'string', default: 'plain' },
    'no-files': { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const config = loadConfig();
const dataDir = resolve(config.dataDir);
const url = values.url ?? config.databaseMigrationUrl ?? config.databaseUrl;

if (values.restore) {
  if (url) fail('--restore gilt nur für die eingebettete Datenbank; PostgreSQL: siehe README.');
  const from = resolve(values.restore);
  const tarball = join(from, 'pglite.tar');
  if (!existsSync(tarball)) fail(`${tarball} fehlt.`);
  const pgliteDir = join(dataDir, 'pglite');
  if (existsSync(pgliteDir)) fail(`${pgliteDir} gibt es schon: erst beiseitelegen (Server beendet).`);
  const started = Date.now();
  await restoreEmbeddedDatabase(tarball, pgliteDir);
  const files = join(from, 'files');
  if (existsSync(files)) {
    const anchor = join(dataDir, 'audit-anchor.log');
    // The current anchor names seals the restored database may not have: kept aside, not merged.
    if (existsSync(anchor)) renameSync(anchor, `${anchor}.vor-wiederherstellung-${Date.now()}`);
    copyLotseFiles(files, dataDir);
  }
  console.log(
    `Eingebettete Datenbank aus ${from} nach ${pgliteDir} wiederhergestellt (${Date.now() - started} ms).`,
  );
  process.exit(0);
}

if (!values.target)
  fail('Aufruf: npm run backup -- --target VERZEICHNIS [--url postgres://…] [--format plain|tar]');
const target = resolve(values.target);
if (existsSync(target) && readdirSync(target).length > 0) fail(`${target} ist nicht leer.`);
mkdirSync(target, { recursive: true });
const format = values.format === 'tar' ? 'tar' : 'plain';
const startedAt = new Date();
const summary: Record<string, unknown> = { startedAt: startedAt.toISOString() };

if (url) {
  console.log(`Basissicherung von ${safeUrl(url)} nach ${join(target, 'base')} (${format}) …`);
  const base = pgBaseBackup({
    url,
    dir: join(target, 'base'),
    format,
    label: `lotse ${startedAt.toISOString()}`,
  });
  console.log(
    `  ${megabytes(base.bytes)} in ${(base.ms / 1000).toFixed(1)} s, WAL ${base.startLsn} bis ${base.endLsn}${base.verified ? ', mit pg_verifybackup geprüft' : ''}`,
  );
  Object.assign(summary, { engine: 'postgres', server: safeUrl(url), base });
} else {
  const pgliteDir = join(dataDir, 'pglite');
  if (embeddedDatabaseInUse(pgliteDir)) {
    fail(
      `Die eingebettete Datenbank in ${pgliteDir} ist geöffnet: erst den Server beenden (PGlite gehört einem Prozess).`,
    );
  }
  const started = Date.now();
  const bytes = await backupEmbeddedDatabase(pgliteDir, join(target, 'pglite.tar'));
  console.log(
    `Eingebettete Datenbank ${pgliteDir} gesichert: ${join(target, 'pglite.tar')}, ${megabytes(bytes)} in ${Date.now() - started} ms`,
  );
  Object.assign(summary, { engine: 'pglite', bytes });
}

if (!values['no-files']) {
  if (existsSync(dataDir)) {
    const files = copyLotseFiles(dataDir, join(target, 'files'));
    console.log(
      `Dateien aus ${dataDir}: ${files.blobs} verschlüsselte Dateien (${megabytes(files.bytes)}), Audit-Anker ${files.anchor ? 'kopiert' : 'nicht vorhanden'}`,
    );
    summary.files = files;
  } else {
    console.log(
      `DATA_DIR ${dataDir} gibt es hier nicht: Dateien (blobs, Audit-Anker) dort getrennt sichern.`,
    );
  }
}
console.log(
  'Den Hauptschlüssel (MASTER_KEY) getrennt von dieser Sicherung aufbewahren: ohne ihn ist sie unlesbar.',
);
writeFileSync(
  join(target, 'lotse-backup.json'),
  `${JSON.stringify({ ...summary, finishedAt: new Date().toISOString() }, null, 2)}\n`,
);
