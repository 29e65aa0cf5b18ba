import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runAuditVerify } from '../lib/audit-verify.js';
import { copyLotseFiles, megabytes, pgBaseBackup } from '../lib/backup.js';
import { freePort, subDir, TempCluster, tempDir } from '../lib/cluster.js';
import { keepTempFolder, runDrill, seconds, startClock } from '../lib/drill.js';
import { Caller, LotseServer, randomMasterKey } from '../lib/lotse.js';
import { myCasesAllowing, sendIntakeRequest } from '../lib/lotse-api.js';
import {
  archiveThrough,
  createRestorePoint,
  RESTORE_POINT,
  recoverToRestorePoint,
  restoredCluster,
} from './point-in-time.js';
import { printFigures } from './report.js';
import { checkRestoredLotse } from './restored-lotse.js';
import { compareTables, tableChecksums } from './tables.js';
import { countPresent, writeSome } from './writes.js';

/*
 * Backup and restore drill (`npm run drill:restore`): a fresh source cluster archiving its WAL, Lotse
 * with demo data and writes (notes, documents, messages with files); a base backup (the same code as
 * `npm run backup`); more writes; writes stopped, every table's row count and checksum recorded and a
 * named restore point set; then more writes after it. The base backup is restored into a new cluster
 * and recovered from the WAL archive up to the restore point. Checks: every table equal to the recorded
 * state (the later writes absent), the audit chain verifies, and a Lotse server on the restored
 * database with the same MASTER_KEY decrypts the documents and files. Exit code 1 on any mismatch.
 * DRILL_KEEP=1 keeps the temp folder.
 */

const { startedAt, log } = startClock(7);

async function main(): Promise<{ code: number }> {
  const root = tempDir('lotse-restore-drill-');
  const archive = subDir(root, 'wal-archive');
  const source = TempCluster.init({
    root: subDir(root, 'source'),
    port: await freePort(),
    settings: {
      archive_mode: 'on',
      archive_command: `'test ! -f ${archive}/%f && cp %p ${archive}/%f'`,
    },
  });
  const dataDir = join(root, 'lotse-data');
  mkdirSync(dataDir, { recursive: true });
  const masterKey = randomMasterKey();
  const server = new LotseServer({
    port: await freePort(),
    dataDir,
    databaseUrl: source.url('lotse'),
    masterKey,
    logFile: join(root, 'lotse-source.log'),
  });
  let restored: TempCluster | null = null;
  let restoredServer: LotseServer | null = null;
  const problems: string[] = [];
  try {
    source.start();
    await source.query('postgres', 'CREATE DATABASE lotse');
    log(`Source cluster on port ${source.port}, WAL archive ${archive}`);
    log(`Lotse first start (migrations, demo data): ${seconds(await server.start())}`);

    const anna = new Caller(() => server.base, 'anna.asd');
    await anna.loginStaff('anna.asd');
    const cases = await myCasesAllowing(anna, ['add_document'], 3);
    if (cases.length === 0) throw new Error('Keine Fälle für anna.asd');
    const family = new Caller(() => server.base, 'familie');
    const { accessCode, pin } = await sendIntakeRequest(server.base, 'Bitte um Rückruf, Sicherungsübung.');
    await family.loginFamily(accessCode, pin);
    const requestId = ((await family.request('GET', '/api/family/request')).body as { id: string }).id;

    const counts = { notes: 40, documents: 15, messages: 16 };
    const beforeBackup = await writeSome(anna, cases, requestId, counts);
    log(`Writes before the base backup: ${beforeBackup.length}`);

    // The base backup, as `npm run backup` takes it (plain format, WAL streamed along, verified).
    const base = pgBaseBackup({
      url: source.url('lotse'),
      dir: join(subDir(root, 'backup'), 'base'),
      format: 'plain',
      label: 'lotse restore drill',
      asClusterUser: true,
    });
    const filesAtBackup = copyLotseFiles(dataDir, join(root, 'backup-files'));
    log(
      `Base backup: ${megabytes(base.bytes)} in ${seconds(base.ms)} (WAL ${base.startLsn}–${base.endLsn}, pg_verifybackup ok); files: ${filesAtBackup.blobs} blobs`,
    );

    const afterBackup = await writeSome(anna, cases, requestId, counts);
    log(`Writes after the base backup (to come back from the WAL archive): ${afterBackup.length}`);

    // The target: no writer left (the server stops and seals its audit events), the anchor copied as
    // it is now, every table recorded, then the named restore point.
    await server.stop();
    const anchorAtTarget = join(root, 'anchor-at-target.log');
    copyFileSync(join(dataDir, 'audit-anchor.log'), anchorAtTarget);
    const recorded = await tableChecksums(source);
    const point = await createRestorePoint(source);
    const totalRows = [...recorded.values()].reduce((s, t) => s + t.rows, 0);
    log(
      `Target recorded: ${recorded.size} tables, ${totalRows} rows; restore point "${RESTORE_POINT}" at ${point.lsn} (${point.at})`,
    );

    await server.start();
    await anna.loginStaff('anna.asd');
    const afterTarget = await writeSome(anna, cases, requestId, { notes: 20, documents: 5, messages: 6 });
    log(`Writes after the target (must not come back): ${afterTarget.length}`);
    await server.stop();
    const archived = await archiveThrough(source, point, archive);
    log(`WAL archive: ${archived} segments`);
    // Later files too (blobs are written before their rows commit; a repeated copy adds the new ones).
    copyLotseFiles(dataDir, join(root, 'backup-files'));

    // Restore: the base backup into a new cluster, WAL from the archive, up to the restore point.
    const restoreStarted = Date.now();
    const cluster = await restoredCluster({ root, baseBackupDir: base.dir, archive });
    restored = cluster;
    const replayed = await recoverToRestorePoint(cluster);
    const restoreMs = Date.now() - restoreStarted;
    log(
      `Restore + recovery to "${RESTORE_POINT}": ${seconds(restoreMs)} (${replayed} WAL segments from the archive)`,
    );

    // 1. Every table as recorded at the target.
    const tables = compareTables(recorded, await tableChecksums(cluster));
    problems.push(...tables.problems);
    const before = [...beforeBackup, ...afterBackup];
    const presentBefore = await countPresent(cluster, before);
    const presentAfter = await countPresent(cluster, afterTarget);
    if (presentBefore !== before.length)
      problems.push(`${before.length - presentBefore} writes before the target missing`);
    if (presentAfter !== 0) problems.push(`${presentAfter} writes after the target present`);
    log(
      `Tables equal to the recorded state: ${tables.equalTables} of ${recorded.size}; writes before the target present: ${presentBefore} of ${before.length}; after the target: ${presentAfter} of ${afterTarget.length}`,
    );

    // 2. The audit chain, against the anchor as it was at the target.
    const restoredDataDir = join(root, 'restored-lotse-data');
    mkdirSync(restoredDataDir, { recursive: true });
    copyLotseFiles(join(root, 'backup-files'), restoredDataDir);
    copyFileSync(anchorAtTarget, join(restoredDataDir, 'audit-anchor.log'));
    const audit = runAuditVerify({ databaseUrl: cluster.url('lotse'), dataDir: restoredDataDir, masterKey });
    if (audit.status !== 0) problems.push(`audit:verify exit code ${audit.status}: ${audit.output}`);
    log(`Audit chain: ${audit.sealed} events in ${audit.seals} seals verified (exit code ${audit.status})`);

    // 3. Lotse on the restored database, same MASTER_KEY: files decrypt and match.
    restoredServer = new LotseServer({
      port: await freePort(),
      dataDir: restoredDataDir,
      databaseUrl: cluster.url('lotse'),
      masterKey,
      logFile: join(root, 'lotse-restored.log'),
    });
    await restoredServer.start();
    const served = await checkRestoredLotse(restoredServer, before, cases[0]);
    problems.push(...served.problems);
    const blobsNeeded = (
      await cluster.query<{ n: number }>(
        'lotse',
        'SELECT (SELECT count(*) FROM documents)::int + (SELECT count(*) FROM message_attachments)::int AS n',
      )
    )[0]?.n;
    log(
      `Lotse on the restored database: ${served.filesOk} of ${served.files} files downloaded and decrypted byte-identical; notes readable: ${served.notesOk}`,
    );

    printFigures({
      base,
      restoreMs,
      replayed,
      archived,
      tables: recorded.size,
      equalTables: tables.equalTables,
      totalRows,
      writesBeforeBackup: beforeBackup.length,
      writesBeforeTarget: before.length,
      presentBeforeTarget: presentBefore,
      writesAfterTarget: afterTarget.length,
      presentAfterTarget: presentAfter,
      blobsNeeded,
      blobsAtBackup: filesAtBackup.blobs,
      files: served.files,
      filesOk: served.filesOk,
      audit,
      startedAt,
      problems,
    });
    return { code: problems.length === 0 ? 0 : 1 };
  } catch (error) {
    problems.push(String(error));
    throw error;
  } finally {
    await server.kill9().catch(() => undefined);
    await restoredServer?.kill9().catch(() => undefined);
    for (const c of [source, restored]) {
      try {
        c?.stop('immediate');
      } catch {
        // already down
      }
    }
    if (problems.length === 0 && !keepTempFolder) rmSync(root, { recursive: true, force: true });
    else console.error(`(temp folder kept: ${root})`);
    if (existsSync(root) && keepTempFolder) console.error(`(DRILL_KEEP: ${root})`);
  }
}

runDrill('Restore drill', main);
