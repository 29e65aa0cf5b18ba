import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, giveToPostgres, sleep, subDir, TempCluster } from '../lib/cluster.js';

/*
 * Point-in-time recovery as an operator does it: a named restore point on the source, its WAL segment
 * archived, the base backup copied into a new cluster that replays the archive up to that point.
 */

export const RESTORE_POINT = 'lotse-drill-target';

export interface RestorePoint {
  lsn: string;
  at: string;
  /** The WAL segment the restore point lies in. */
  wal: string;
}

export async function createRestorePoint(source: TempCluster): Promise<RestorePoint> {
  const [point] = await source.query<RestorePoint>(
    'postgres',
    `SELECT lsn::text, now()::text AS at, pg_walfile_name(lsn) AS wal FROM pg_create_restore_point($1) AS lsn`,
    [RESTORE_POINT],
  );
  if (!point) throw new Error('restore point');
  return point;
}

/** Closes the restore point's WAL segment and waits until it is archived; the segments in the archive. */
export async function archiveThrough(
  source: TempCluster,
  point: RestorePoint,
  archive: string,
): Promise<number> {
  await source.query('postgres', 'SELECT pg_switch_wal()');
  const archiveDeadline = Date.now() + 60_000;
  for (;;) {
    const [a] = await source.query<{ last: string | null; failed: number }>(
      'postgres',
      'SELECT last_archived_wal AS last, failed_count::int AS failed FROM pg_stat_archiver',
    );
    if (a?.last && a.last >= point.wal) break;
    if (Date.now() > archiveDeadline) throw new Error(`WAL ${point.wal} not archived (${JSON.stringify(a)})`);
    await sleep(200);
  }
  return readdirSync(archive).filter((f) => /^[0-9A-F]{24}$/.test(f)).length;
}

/** A new cluster on a copy of the base backup, set to recover from the archive up to the restore point. */
export async function restoredCluster(opts: {
  root: string;
  baseBackupDir: string;
  archive: string;
}): Promise<TempCluster> {
  const restoredRoot = subDir(opts.root, 'restored');
  const restoredData = join(restoredRoot, 'data');
  cpSync(opts.baseBackupDir, restoredData, { recursive: true });
  giveToPostgres(restoredData);
  spawnSync('chmod', ['700', restoredData]);
  writeFileSync(join(restoredData, 'recovery.signal'), '');
  giveToPostgres(join(restoredData, 'recovery.signal'));
  return TempCluster.existing({
    root: restoredRoot,
    port: await freePort(),
    dataDir: restoredData,
    settings: {
      archive_mode: 'off',
      restore_command: `'cp ${opts.archive}/%f %p'`,
      recovery_target_name: `'${RESTORE_POINT}'`,
      recovery_target_action: "'promote'",
    },
  });
}

/** Starts the restored cluster and waits until recovery ends in promotion; the segments it replayed. */
export async function recoverToRestorePoint(cluster: TempCluster): Promise<number> {
  cluster.start();
  const promoteDeadline = Date.now() + 300_000;
  for (;;) {
    const [r] = await cluster.query<{ rec: boolean }>('postgres', 'SELECT pg_is_in_recovery() AS rec');
    if (r && !r.rec) break;
    if (Date.now() > promoteDeadline) throw new Error('Recovery did not finish');
    await sleep(100);
  }
  return (
    readFileSync(cluster.logFile, 'utf8').match(/restored log file "[0-9A-F]+" from archive/g)?.length ?? 0
  );
}
