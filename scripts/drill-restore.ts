import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { copyLotseFiles, megabytes, pgBaseBackup } from './lib/backup.js';
import { freePort, giveToPostgres, sleep, subDir, TempCluster, tempDir } from './lib/cluster.js';
import {
  auditVerifyCommand,
  Caller,
  fileForm,
  LotseServer,
  parseAuditSummary,
  randomMasterKey,
  sendIntakeRequest,
  sha256,
} from './lib/lotse.js';

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

const keep = process.env.DRILL_KEEP === '1';
const RESTORE_POINT = 'lotse-drill-target';
const startedAt = Date.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function log(line: string): void {
  console.log(`[${seconds(Date.now() - startedAt).padStart(7)}] ${line}`);
}

interface Written {
  kind: 'note' | 'document' | 'message' | 'attachment';
  id: string;
  where: string;
  /** SHA-256 of the document or file bytes. */
  fileHash?: string;
  attachmentId?: string;
}

/** Writes through the API as anna.asd: notes and documents on her cases, messages on a family request. */
async function writeSome(
  caller: Caller,
  cases: string[],
  requestId: string,
  counts: { notes: number; documents: number; messages: number },
): Promise<Written[]> {
  const out: Written[] = [];
  const expect2xx = (what: string, res: { status: number; bytes: Buffer }) => {
    if (res.status < 200 || res.status >= 300) {
      throw new Error(`${what}: ${res.status} ${res.bytes.toString('utf8').slice(0, 200)}`);
    }
  };
  for (let i = 0; i < counts.notes; i++) {
    const caseId = cases[i % cases.length] as string;
    const res = await caller.request('POST', `/api/cases/${caseId}/entries`, {
      kind: 'note',
      title: `Sicherung ${randomBytes(6).toString('hex')}`,
      body: randomBytes(200).toString('base64'),
    });
    expect2xx('note', res);
    out.push({ kind: 'note', id: (res.body as { id: string }).id, where: caseId });
  }
  for (let i = 0; i < counts.documents; i++) {
    const caseId = cases[i % cases.length] as string;
    const data = Buffer.from(`Sicherung\n${randomBytes(20_000 + i * 1000).toString('base64')}`);
    const res = await caller.request(
      'POST',
      `/api/cases/${caseId}/documents`,
      fileForm(`sicherung-${i}.txt`, data),
    );
    expect2xx('document', res);
    out.push({
      kind: 'document',
      id: (res.body as { id: string }).id,
      where: caseId,
      fileHash: sha256(data),
    });
  }
  for (let i = 0; i < counts.messages; i++) {
    const text = `Sicherung ${randomBytes(6).toString('hex')}`;
    const data = i % 2 === 1 ? Buffer.from(`Anhang\n${randomBytes(8000).toString('base64')}`) : null;
    const res = data
      ? await caller.request(
          'POST',
          `/api/inbox/${requestId}/conversation/attachments`,
          fileForm(`anhang-${i}.txt`, data, { body: text }),
        )
      : await caller.request('POST', `/api/inbox/${requestId}/conversation/messages`, { body: text });
    expect2xx('message', res);
    const m = (
      res.body as { messages: { id: string; body: string; attachment: { id: string } | null }[] }
    ).messages.find((x) => x.body === text);
    if (!m) throw new Error('message not in the answer');
    out.push(
      data && m.attachment
        ? {
            kind: 'attachment',
            id: m.id,
            where: requestId,
            attachmentId: m.attachment.id,
            fileHash: sha256(data),
          }
        : { kind: 'message', id: m.id, where: requestId },
    );
  }
  return out;
}

/** Row count and checksum of every table in the public schema (as the superuser: no row security). */
async function tableChecksums(cluster: TempCluster): Promise<Map<string, { rows: number; md5: string }>> {
  const tables = await cluster.query<{ name: string }>(
    'lotse',
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const out = new Map<string, { rows: number; md5: string }>();
  for (const { name } of tables) {
    const [r] = await cluster.query<{ n: number; sum: string | null }>(
      'lotse',
      `SELECT count(*)::int AS n, md5(string_agg(t::text, ',' ORDER BY t::text)) AS sum FROM public."${name}" t`,
    );
    out.set(name, { rows: r?.n ?? 0, md5: r?.sum ?? '' });
  }
  return out;
}

const tableOf: Record<Written['kind'], string> = {
  note: 'case_entries',
  document: 'documents',
  message: 'messages',
  attachment: 'messages',
};

async function countPresent(cluster: TempCluster, writes: Written[]): Promise<number> {
  let present = 0;
  for (const w of writes) {
    const rows = await cluster.query('lotse', `SELECT 1 FROM ${tableOf[w.kind]} WHERE id = $1`, [w.id]);
    present += rows.length;
  }
  return present;
}

function auditVerify(databaseUrl: string, dataDir: string, masterKey: string) {
  const { command, args, env } = auditVerifyCommand({ databaseUrl, dataDir, masterKey });
  const r = spawnSync(command, args, { env, encoding: 'utf8', timeout: 300_000 });
  const output = `${r.stdout}${r.stderr}`;
  return { status: r.status ?? 1, output, ...parseAuditSummary(output) };
}

async function main(): Promise<number> {
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
    const list = await anna.request('GET', '/api/cases?mine=true');
    const cases = (list.body as { items: { id: string; allowedActions: string[] }[] }).items
      .filter((c) => c.allowedActions.includes('add_document'))
      .slice(0, 3)
      .map((c) => c.id);
    if (cases.length === 0) throw new Error('Keine Fälle für anna.asd');
    const family = new Caller(() => server.base, 'familie');
    const { accessCode, pin } = await sendIntakeRequest(server.base, 'Bitte um Rückruf, Sicherungsübung.');
    await family.loginFamily(accessCode, pin);
    const requestId = ((await family.request('GET', '/api/family/request')).body as { id: string }).id;

    const counts = { notes: 40, documents: 15, messages: 16 };
    const beforeBackup = await writeSome(anna, cases, requestId, counts);
    log(`Writes before the base backup: ${beforeBackup.length}`);

    // The base backup, as `npm run backup` takes it (plain format, WAL streamed along, verified).
    const backupDir = subDir(root, 'backup');
    const base = pgBaseBackup({
      url: source.url('lotse'),
      dir: join(backupDir, 'base'),
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
    const [point] = await source.query<{ lsn: string; at: string; wal: string }>(
      'postgres',
      `SELECT lsn::text, now()::text AS at, pg_walfile_name(lsn) AS wal FROM pg_create_restore_point($1) AS lsn`,
      [RESTORE_POINT],
    );
    if (!point) throw new Error('restore point');
    const totalRows = [...recorded.values()].reduce((s, t) => s + t.rows, 0);
    log(
      `Target recorded: ${recorded.size} tables, ${totalRows} rows; restore point "${RESTORE_POINT}" at ${point.lsn} (${point.at})`,
    );

    await server.start();
    await anna.loginStaff('anna.asd');
    const afterTarget = await writeSome(anna, cases, requestId, { notes: 20, documents: 5, messages: 6 });
    log(`Writes after the target (must not come back): ${afterTarget.length}`);
    await server.stop();
    // Close the restore point's WAL segment and wait until it is archived.
    await source.query('postgres', 'SELECT pg_switch_wal()');
    const archiveDeadline = Date.now() + 60_000;
    for (;;) {
      const [a] = await source.query<{ last: string | null; failed: number }>(
        'postgres',
        'SELECT last_archived_wal AS last, failed_count::int AS failed FROM pg_stat_archiver',
      );
      if (a?.last && a.last >= point.wal) break;
      if (Date.now() > archiveDeadline)
        throw new Error(`WAL ${point.wal} not archived (${JSON.stringify(a)})`);
      await sleep(200);
    }
    const archived = readdirSync(archive).filter((f) => /^[0-9A-F]{24}$/.test(f)).length;
    log(`WAL archive: ${archived} segments`);
    // Later files too (blobs are written before their rows commit; a repeated copy adds the new ones).
    copyLotseFiles(dataDir, join(root, 'backup-files'));

    // Restore: the base backup into a new cluster, WAL from the archive, up to the restore point.
    const restoreStarted = Date.now();
    const restoredRoot = subDir(root, 'restored');
    const restoredData = join(restoredRoot, 'data');
    cpSync(base.dir, restoredData, { recursive: true });
    giveToPostgres(restoredData);
    spawnSync('chmod', ['700', restoredData]);
    writeFileSync(join(restoredData, 'recovery.signal'), '');
    giveToPostgres(join(restoredData, 'recovery.signal'));
    const cluster = TempCluster.existing({
      root: restoredRoot,
      port: await freePort(),
      dataDir: restoredData,
      settings: {
        archive_mode: 'off',
        restore_command: `'cp ${archive}/%f %p'`,
        recovery_target_name: `'${RESTORE_POINT}'`,
        recovery_target_action: "'promote'",
      },
    });
    restored = cluster;
    cluster.start();
    const promoteDeadline = Date.now() + 300_000;
    for (;;) {
      const [r] = await cluster.query<{ rec: boolean }>('postgres', 'SELECT pg_is_in_recovery() AS rec');
      if (r && !r.rec) break;
      if (Date.now() > promoteDeadline) throw new Error('Recovery did not finish');
      await sleep(100);
    }
    const restoreMs = Date.now() - restoreStarted;
    const replayed =
      readFileSync(cluster.logFile, 'utf8').match(/restored log file "[0-9A-F]+" from archive/g)?.length ?? 0;
    log(
      `Restore + recovery to "${RESTORE_POINT}": ${seconds(restoreMs)} (${replayed} WAL segments from the archive)`,
    );

    // 1. Every table as recorded at the target.
    const now = await tableChecksums(cluster);
    let equalTables = 0;
    for (const [name, want] of recorded) {
      const got = now.get(name);
      if (got && got.rows === want.rows && got.md5 === want.md5) equalTables++;
      else
        problems.push(
          `table ${name}: recorded ${want.rows} rows ${want.md5}, restored ${got?.rows} ${got?.md5}`,
        );
    }
    for (const name of now.keys()) if (!recorded.has(name)) problems.push(`table ${name} not recorded`);
    const before = [...beforeBackup, ...afterBackup];
    const presentBefore = await countPresent(cluster, before);
    const presentAfter = await countPresent(cluster, afterTarget);
    if (presentBefore !== before.length)
      problems.push(`${before.length - presentBefore} writes before the target missing`);
    if (presentAfter !== 0) problems.push(`${presentAfter} writes after the target present`);
    log(
      `Tables equal to the recorded state: ${equalTables} of ${recorded.size}; writes before the target present: ${presentBefore} of ${before.length}; after the target: ${presentAfter} of ${afterTarget.length}`,
    );

    // 2. The audit chain, against the anchor as it was at the target.
    const restoredDataDir = join(root, 'restored-lotse-data');
    mkdirSync(restoredDataDir, { recursive: true });
    copyLotseFiles(join(root, 'backup-files'), restoredDataDir);
    copyFileSync(anchorAtTarget, join(restoredDataDir, 'audit-anchor.log'));
    const audit = auditVerify(cluster.url('lotse'), restoredDataDir, masterKey);
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
    const check = new Caller(() => restoredServer?.base ?? '', 'anna.asd (restored)');
    await check.loginStaff('anna.asd');
    let filesOk = 0;
    const files = before.filter((w) => w.fileHash);
    for (const w of files) {
      const path =
        w.kind === 'document'
          ? `/api/cases/${w.where}/documents/${w.id}/content`
          : `/api/inbox/${w.where}/conversation/attachments/${w.attachmentId}`;
      const res = await check.request('GET', path);
      if (res.status === 200 && sha256(res.bytes) === w.fileHash) filesOk++;
      else problems.push(`${w.kind} ${w.id}: ${res.status}`);
    }
    const notes = await check.request('GET', `/api/cases/${cases[0]}/entries`);
    const notesOk = notes.status === 200 && Array.isArray(notes.body);
    if (!notesOk) problems.push(`entries of case ${cases[0]}: ${notes.status}`);
    const blobsNeeded = (
      await cluster.query<{ n: number }>(
        'lotse',
        'SELECT (SELECT count(*) FROM documents)::int + (SELECT count(*) FROM message_attachments)::int AS n',
      )
    )[0]?.n;
    log(
      `Lotse on the restored database: ${filesOk} of ${files.length} files downloaded and decrypted byte-identical; notes readable: ${notesOk}`,
    );

    console.log('');
    console.log('Restore drill figures');
    console.log(
      `  base backup: ${megabytes(base.bytes)} in ${seconds(base.ms)} (pg_basebackup -X stream, plain, verified)`,
    );
    console.log(
      `  restore + recovery to the restore point: ${seconds(restoreMs)} (${replayed} WAL segments replayed from the archive of ${archived})`,
    );
    console.log(
      `  tables: ${equalTables} of ${recorded.size} equal (row count and checksum), ${totalRows} rows`,
    );
    console.log(
      `  writes: ${before.length} before the target (${beforeBackup.length} before the base backup), all present: ${presentBefore === before.length}; ${afterTarget.length} after the target, present: ${presentAfter}`,
    );
    console.log(
      `  files: ${blobsNeeded} upload rows; ${filesAtBackup.blobs} blobs were in the copy taken with the base backup, the rest came from the later file copy; ${filesOk} of ${files.length} checked files decrypted byte-identical`,
    );
    console.log(
      `  audit: ${audit.sealed} events in ${audit.seals} seals verified (audit:verify exit code ${audit.status})`,
    );
    console.log(`  total drill time: ${seconds(Date.now() - startedAt)}`);
    for (const p of problems.slice(0, 20)) console.log(`  PROBLEM: ${p}`);
    console.log(problems.length === 0 ? 'restore drill: ok' : `restore drill: ${problems.length} problems`);
    return problems.length === 0 ? 0 : 1;
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
    if (problems.length === 0 && !keep) rmSync(root, { recursive: true, force: true });
    else console.error(`(temp folder kept: ${root})`);
    if (existsSync(root) && keep) console.error(`(DRILL_KEEP: ${root})`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Restore drill failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
