import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dumpEmbeddedDatabase, openDatabase } from './connection.js';

/*
 * A consistent copy of the embedded database (PGlite in DATA_DIR/pglite): stop – copy – start. PGlite
 * belongs to one process, so the server must not run; the copy opens the stopped directory, lets
 * PostgreSQL finish whatever it left behind, and saves it as one tarball (PGlite's own format). A
 * restore unpacks such a tarball into an empty directory. `npm run backup` uses both (README,
 * "Backup, restore and crash drills").
 */

/** PGlite leaves `postmaster.pid` in its directory while it is open (and after a crash of its process). */
export function embeddedDatabaseInUse(pgliteDir: string): boolean {
  return existsSync(join(pgliteDir, 'postmaster.pid'));
}

/** Saves the stopped embedded database in `pgliteDir` to `targetFile`; returns its size in bytes. */
export async function backupEmbeddedDatabase(pgliteDir: string, targetFile: string): Promise<number> {
  if (!existsSync(join(pgliteDir, 'PG_VERSION'))) {
    throw new Error(`In ${pgliteDir} liegt keine eingebettete Datenbank.`);
  }
  if (embeddedDatabaseInUse(pgliteDir)) {
    throw new Error(
      `Die eingebettete Datenbank in ${pgliteDir} ist geöffnet (postmaster.pid): erst den Server beenden. ` +
        'Nach einem Absturz den Server einmal starten und wieder beenden.',
    );
  }
  const dump = Buffer.from(await (await dumpEmbeddedDatabase(pgliteDir)).arrayBuffer());
  await writeFile(targetFile, dump, { flag: 'wx', mode: 0o600 });
  return dump.length;
}

/** Unpacks a tarball from `backupEmbeddedDatabase` into `pgliteDir`, which must be empty or missing. */
export async function restoreEmbeddedDatabase(tarFile: string, pgliteDir: string): Promise<void> {
  if (existsSync(pgliteDir) && readdirSync(pgliteDir).length > 0) {
    throw new Error(`${pgliteDir} ist nicht leer: die vorhandene Datenbank erst beiseitelegen.`);
  }
  const db = await openDatabase({ dataDir: pgliteDir, loadDataDir: new Blob([await readFile(tarFile)]) });
  await db.close();
}
