import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runAuditVerify } from '../lib/audit-verify.js';
import { freePort, TempCluster, tempDir } from '../lib/cluster.js';
import { keepTempFolder, runDrill, seconds } from '../lib/drill.js';
import { Caller, LotseServer, randomMasterKey } from '../lib/lotse.js';
import { myCasesAllowing, sendIntakeRequest } from '../lib/lotse-api.js';
import { log } from './clock.js';
import { crashRounds } from './crash-rounds.js';
import { WriteLedger } from './ledger.js';
import { printFigures } from './report.js';
import { verify } from './verify.js';
import { documentWriter, type FamilyLogin, familyWriter, noteWriter, staffMessageWriter } from './writers.js';

/*
 * Crash drill (`npm run drill:crash`): concurrent writers (case notes, documents, messages with and
 * without files, from staff and families) through the HTTP API against a built Lotse server on a fresh
 * PostgreSQL cluster; mid-run the server is killed with SIGKILL, then PostgreSQL (postmaster and all its
 * processes) together with the server, then PostgreSQL alone. Every write that got a 2xx answer must
 * afterwards be there with the same content, every stored file must download complete, and the audit
 * chain must verify. Last line: `acknowledged writes lost: N`; exit code 1 unless N is 0 and all checks
 * pass. DRILL_KEEP=1 keeps the temp folder; DRILL_SECONDS scales the writing phases (default 12).
 */

const phaseSeconds = Number(process.env.DRILL_SECONDS ?? 12);
/**
 * Extra PostgreSQL settings, `name=value,…` — for a negative control: with `synchronous_commit=off`
 * the drill must report lost writes.
 */
const extraSettings = Object.fromEntries(
  (process.env.DRILL_PG_SETTINGS ?? '')
    .split(',')
    .filter((p) => p.includes('='))
    .map((p) => p.split('=', 2).map((x) => x.trim()) as [string, string]),
);

async function main(): Promise<{ code: number; lastLine?: string }> {
  const root = tempDir('lotse-crash-drill-');
  const dataDir = join(root, 'lotse-data');
  mkdirSync(dataDir, { recursive: true });
  const cluster = TempCluster.init({ root, port: await freePort(), settings: extraSettings });
  const server = new LotseServer({
    port: await freePort(),
    dataDir,
    databaseUrl: cluster.url('lotse'),
    masterKey: randomMasterKey(),
    logFile: join(root, 'lotse.log'),
  });
  const ledger = new WriteLedger();
  let ok = false;
  try {
    cluster.start();
    await cluster.query('postgres', 'CREATE DATABASE lotse');
    const settings = await cluster.query<{ name: string; setting: string }>(
      'postgres',
      "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'server_version') ORDER BY name",
    );
    log(
      `PostgreSQL in ${root} on port ${cluster.port}: ${settings.map((s) => `${s.name}=${s.setting}`).join(', ')}`,
    );
    log(`Lotse first start (migrations, demo data): ${seconds(await server.start())}`);

    const base = () => server.base;
    const staff = (name: string) => new Caller(base, name);
    const anna = ['notes', 'documents', 'messages', 'files', 'verify'].map((w) => staff(`anna.asd/${w}`));
    for (const c of anna) await c.loginStaff('anna.asd');
    const ben = staff('ben.asd/notes');
    await ben.loginStaff('ben.asd');
    const [annaNotes, annaDocs, annaMessages, annaFiles, annaVerify] = anna as [
      Caller,
      Caller,
      Caller,
      Caller,
      Caller,
    ];
    const writable = ['add_entry', 'add_document'];
    const annaCases = await myCasesAllowing(annaVerify, writable, 4);
    const benCases = await myCasesAllowing(ben, writable, 3);
    if (annaCases.length === 0 || benCases.length === 0) throw new Error('Keine Fälle für Anna oder Ben');

    // Families: requests sent through the public API (proof of work), signed in with code and PIN.
    const families: FamilyLogin[] = [];
    for (let i = 0; i < 4; i++) {
      const { accessCode, pin } = await sendIntakeRequest(
        server.base,
        `Wir brauchen Unterstützung, Drill ${i + 1}.`,
      );
      const caller = new Caller(base, `familie-${i + 1}`);
      await caller.loginFamily(accessCode, pin);
      const view = await caller.request('GET', '/api/family/request');
      const requestId = (view.body as { id: string }).id;
      const visible = await annaVerify.request('GET', `/api/inbox/${requestId}`);
      if (visible.status !== 200) throw new Error(`Anfrage ${requestId} nicht in Annas Posteingang`);
      families.push({ caller, requestId, code: accessCode, pin });
    }
    const requests = families.map((f) => f.requestId);
    log(
      `Writers: notes (anna.asd on ${annaCases.length} cases, ben.asd on ${benCases.length}), documents, messages, messages with files (anna.asd, ${requests.length} family requests), families' messages and files`,
    );

    const writers = [
      noteWriter({ ledger, caller: annaNotes, username: 'anna.asd', cases: annaCases }),
      noteWriter({ ledger, caller: ben, username: 'ben.asd', cases: benCases }),
      documentWriter({ ledger, caller: annaDocs, username: 'anna.asd', cases: annaCases }),
      staffMessageWriter(ledger, annaMessages, 'anna.asd', requests, false),
      staffMessageWriter(ledger, annaFiles, 'anna.asd', requests, true),
      familyWriter(ledger, families),
    ].map((w) => w.catch((error: unknown) => ledger.writerErrors.push(String(error))));

    const recoveries = await crashRounds({ ledger, server, cluster, phaseSeconds });

    ledger.stopWriters = true;
    await Promise.all(writers);
    const redo = readFileSync(cluster.logFile, 'utf8')
      .split('\n')
      .filter((l) => /redo done at/.test(l)).length;
    log(`Writers stopped. Crash recoveries (redo) in the PostgreSQL log: ${redo}`);

    const result = await verify({ acks: ledger.acks, cluster, dataDir, annaVerify, ben, requests });
    // Graceful stop: the server seals every pending audit event; then the chain is recomputed.
    await server.stop();
    const audit = runAuditVerify({
      databaseUrl: cluster.url('lotse'),
      dataDir,
      masterKey: server.options.masterKey,
    });

    printFigures({ ledger, result, audit, recoveries });
    const lost = ledger.acks.length - result.found;
    ok =
      lost === 0 &&
      result.differs === 0 &&
      result.brokenUploads === 0 &&
      audit.status === 0 &&
      ledger.writerErrors.length === 0;
    // The contract: the drill's last line (after the clean-up notes).
    return { code: ok ? 0 : 1, lastLine: `acknowledged writes lost: ${lost}` };
  } finally {
    ledger.stopWriters = true;
    await server.kill9().catch(() => undefined);
    try {
      cluster.stop('immediate');
    } catch {
      // already down
    }
    if (ok && !keepTempFolder) rmSync(root, { recursive: true, force: true });
    else
      console.error(
        `(temp folder kept: ${root}; PostgreSQL log ${cluster.logFile}, Lotse log ${join(root, 'lotse.log')})`,
      );
  }
}

runDrill('Crash drill', main);
