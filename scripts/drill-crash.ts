import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, sleep, TempCluster, tempDir } from './lib/cluster.js';
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
 * Crash drill (`npm run drill:crash`): concurrent writers (case notes, documents, messages with and
 * without files, from staff and families) through the HTTP API against a built Lotse server on a fresh
 * PostgreSQL cluster; mid-run the server is killed with SIGKILL, then PostgreSQL (postmaster and all its
 * processes) together with the server, then PostgreSQL alone. Every write that got a 2xx answer must
 * afterwards be there with the same content, every stored file must download complete, and the audit
 * chain must verify. Last line: `acknowledged writes lost: N`; exit code 1 unless N is 0 and all checks
 * pass. DRILL_KEEP=1 keeps the temp folder; DRILL_SECONDS scales the writing phases (default 12).
 */

const phaseSeconds = Number(process.env.DRILL_SECONDS ?? 12);
const keep = process.env.DRILL_KEEP === '1';
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

type Kind = 'note' | 'document' | 'message' | 'attachment' | 'family-message' | 'family-file';
const kinds: Kind[] = ['note', 'document', 'message', 'attachment', 'family-message', 'family-file'];

interface Ack {
  kind: Kind;
  /** Entry, document or message id. */
  id: string;
  /** Case (notes, documents) or request (messages). */
  where: string;
  /** SHA-256 of what was sent: note title + body, message body, file bytes. */
  hash: string;
  /** For messages with a file: the attachment's id and the file's hash. */
  attachmentId?: string;
  fileHash?: string;
  writer: string;
}

const stats = {
  attempted: Object.fromEntries(kinds.map((k) => [k, 0])) as Record<Kind, number>,
  noAnswer: 0,
  serverError: 0,
  refused: 0,
  refusedByStatus: {} as Record<number, number>,
  reLogins: 0,
};
const acks: Ack[] = [];
let lastAckAt = 0;
let stopWriters = false;
/** A writer that stopped on an unexpected answer (e.g. a 2xx without the written data). */
const writerErrors: string[] = [];
const messagesPerRequest = new Map<string, number>();
/** The conversation read answers with at most 500 messages: stay well below per request. */
const MESSAGE_CAP = 400;

function log(line: string): void {
  const t = ((Date.now() - startedAt) / 1000).toFixed(1).padStart(6);
  console.log(`[${t} s] ${line}`);
}
const startedAt = Date.now();
let finalLine: string | null = null;

function token(kind: string): string {
  return `${kind}-${randomBytes(8).toString('hex')}`;
}

/** Text content (valid UTF-8 without control characters) of 1 KB to 512 KB. */
function fileContent(): Buffer {
  const size = 1024 + Math.floor(Math.random() * 511 * 1024);
  const raw = randomBytes(Math.ceil((size * 3) / 4)).toString('base64');
  // A plain first line: random Base64 can begin like some binary format's magic number (415).
  return Buffer.from(`Crash-Drill\n${raw.replace(/(.{76})/g, '$1\n')}`.slice(0, size), 'utf8');
}

/** One write: 2xx answers are acknowledged; no answer or 5xx count as failed; 4xx as refused. */
async function attempt(
  kind: Kind,
  caller: Caller,
  relogin: () => Promise<void>,
  send: () => Promise<{ status: number; body: unknown }>,
  onAck: (body: unknown) => Ack | null,
): Promise<boolean> {
  stats.attempted[kind]++;
  let answer: { status: number; body: unknown };
  try {
    answer = await send();
  } catch {
    stats.noAnswer++;
    await sleep(250);
    return false;
  }
  if (answer.status >= 200 && answer.status < 300) {
    const ack = onAck(answer.body);
    if (!ack) throw new Error(`${kind}: 2xx-Antwort ohne die geschriebenen Daten (${caller.name})`);
    acks.push(ack);
    lastAckAt = Date.now();
    return true;
  }
  if (answer.status >= 500) {
    stats.serverError++;
    await sleep(250);
  } else {
    stats.refused++;
    stats.refusedByStatus[answer.status] = (stats.refusedByStatus[answer.status] ?? 0) + 1;
    if (stats.refused <= 5)
      log(`refused ${kind} (${caller.name}): ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
    if (answer.status === 401) {
      stats.reLogins++;
      await relogin().catch(() => undefined);
    }
    await sleep(500);
  }
  return false;
}

interface Conversation {
  messages: { id: string; body: string; attachment: { id: string } | null }[];
}

function findMessage(body: unknown, text: string) {
  return (body as Conversation).messages.find((m) => m.body === text);
}

/** The next request whose conversation has room, round robin. */
function requestWithRoom(requests: string[], n: number): string | null {
  for (let i = 0; i < requests.length; i++) {
    const id = requests[(n + i) % requests.length] as string;
    if ((messagesPerRequest.get(id) ?? 0) < MESSAGE_CAP) {
      messagesPerRequest.set(id, (messagesPerRequest.get(id) ?? 0) + 1);
      return id;
    }
  }
  return null;
}

async function noteWriter(caller: Caller, username: string, cases: string[]): Promise<void> {
  for (let n = 0; !stopWriters; n++) {
    const caseId = cases[n % cases.length] as string;
    const title = `Drill ${token('note')}`;
    const body = `Vermerk ${n} von ${username}: ${randomBytes(24).toString('base64')}`;
    await attempt(
      'note',
      caller,
      () => caller.loginStaff(username),
      () => caller.request('POST', `/api/cases/${caseId}/entries`, { kind: 'note', title, body }),
      (res) => {
        const entry = res as { id: string; title: string; body: string };
        return entry.title === title && entry.body === body
          ? { kind: 'note', id: entry.id, where: caseId, hash: sha256(`${title}\n${body}`), writer: username }
          : null;
      },
    );
    await sleep(25);
  }
}

async function documentWriter(caller: Caller, username: string, cases: string[]): Promise<void> {
  for (let n = 0; !stopWriters; n++) {
    const caseId = cases[n % cases.length] as string;
    const data = fileContent();
    const name = `${token('drill-dokument')}.txt`;
    await attempt(
      'document',
      caller,
      () => caller.loginStaff(username),
      () => caller.request('POST', `/api/cases/${caseId}/documents`, fileForm(name, data)),
      (res) => {
        const doc = res as { id: string; filename: string; sizeBytes: number };
        return doc.filename === name && doc.sizeBytes === data.length
          ? { kind: 'document', id: doc.id, where: caseId, hash: sha256(data), writer: username }
          : null;
      },
    );
    await sleep(50);
  }
}

async function staffMessageWriter(
  caller: Caller,
  username: string,
  requests: string[],
  withFiles: boolean,
): Promise<void> {
  const kind: Kind = withFiles ? 'attachment' : 'message';
  for (let n = 0; !stopWriters; n++) {
    const requestId = requestWithRoom(requests, n);
    if (!requestId) return;
    const text = `Nachricht ${token(kind)}`;
    const data = withFiles ? fileContent() : null;
    await attempt(
      kind,
      caller,
      () => caller.loginStaff(username),
      () =>
        data
          ? caller.request(
              'POST',
              `/api/inbox/${requestId}/conversation/attachments`,
              fileForm(`${token('anhang')}.txt`, data, { body: text }),
            )
          : caller.request('POST', `/api/inbox/${requestId}/conversation/messages`, { body: text }),
      (res) => {
        const m = findMessage(res, text);
        if (!m || (data && !m.attachment)) return null;
        return {
          kind,
          id: m.id,
          where: requestId,
          hash: sha256(text),
          writer: username,
          ...(data && m.attachment ? { attachmentId: m.attachment.id, fileHash: sha256(data) } : {}),
        };
      },
    );
    await sleep(withFiles ? 60 : 30);
  }
}

/** Families share one address here, and the server allows 30 messages and 10 files a minute per address. */
async function familyWriter(families: { caller: Caller; requestId: string; code: string; pin: string }[]) {
  for (let n = 0; !stopWriters; n++) {
    const family = families[n % families.length];
    if (!family) return;
    const withFile = n % 4 === 3;
    const kind: Kind = withFile ? 'family-file' : 'family-message';
    if ((messagesPerRequest.get(family.requestId) ?? 0) >= MESSAGE_CAP) return;
    messagesPerRequest.set(family.requestId, (messagesPerRequest.get(family.requestId) ?? 0) + 1);
    const text = `Familie ${token(kind)}`;
    const data = withFile ? fileContent().subarray(0, 64 * 1024) : null;
    const { caller } = family;
    await attempt(
      kind,
      caller,
      () => caller.loginFamily(family.code, family.pin),
      () =>
        data
          ? caller.request(
              'POST',
              '/api/family/conversation/attachments',
              fileForm(`${token('foto')}.txt`, data, { body: text }),
            )
          : caller.request('POST', '/api/family/conversation/messages', { body: text }),
      (res) => {
        const m = findMessage(res, text);
        if (!m || (data && !m.attachment)) return null;
        return {
          kind,
          id: m.id,
          where: family.requestId,
          hash: sha256(text),
          writer: 'familie',
          ...(data && m.attachment ? { attachmentId: m.attachment.id, fileHash: sha256(data) } : {}),
        };
      },
    );
    await sleep(2100);
  }
}

async function casesFor(caller: Caller, limit: number): Promise<string[]> {
  const res = await caller.request('GET', '/api/cases?mine=true');
  const items = (res.body as { items: { id: string; allowedActions: string[] }[] }).items ?? [];
  return items
    .filter((c) => c.allowedActions.includes('add_entry') && c.allowedActions.includes('add_document'))
    .slice(0, limit)
    .map((c) => c.id);
}

/** Waits for the first acknowledged write after `since`; milliseconds from `since`, or -1 after `timeoutMs`. */
async function firstAckAfter(since: number, timeoutMs = 120_000): Promise<number> {
  while (Date.now() - since < timeoutMs) {
    if (lastAckAt > since) return lastAckAt - since;
    await sleep(20);
  }
  return -1;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
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
    const annaCases = await casesFor(annaVerify, 4);
    const benCases = await casesFor(ben, 3);
    if (annaCases.length === 0 || benCases.length === 0) throw new Error('Keine Fälle für Anna oder Ben');

    // Families: requests sent through the public API (proof of work), signed in with code and PIN.
    const families: { caller: Caller; requestId: string; code: string; pin: string }[] = [];
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
      noteWriter(annaNotes, 'anna.asd', annaCases),
      noteWriter(ben, 'ben.asd', benCases),
      documentWriter(annaDocs, 'anna.asd', annaCases),
      staffMessageWriter(annaMessages, 'anna.asd', requests, false),
      staffMessageWriter(annaFiles, 'anna.asd', requests, true),
      familyWriter(families),
    ].map((w) => w.catch((error: unknown) => writerErrors.push(String(error))));
    const recoveries: string[] = [];
    const run = async (label: string) => {
      const before = acks.length;
      await sleep(phaseSeconds * 1000);
      log(`${label}: ${acks.length - before} writes acknowledged in ${phaseSeconds} s`);
    };

    await run('Warm-up');

    // Round 1: the application server dies (SIGKILL), PostgreSQL keeps running.
    const kill1 = Date.now();
    await server.kill9();
    // Answers already on their way count before the kill: measure from the moment the process is gone.
    const down1 = Date.now();
    log('Round 1: kill -9 Lotse');
    const up1 = await server.start();
    const ack1 = await firstAckAfter(down1);
    recoveries.push(
      `round 1 (kill -9 Lotse): server up again after ${seconds(up1)}, first acknowledged write ${seconds(down1 + ack1 - kill1)} after the kill`,
    );
    log(recoveries.at(-1) as string);
    if (ack1 < 0) throw new Error('Nach Runde 1 keine bestätigte Schreiboperation');
    await run('After round 1');

    // Round 2: PostgreSQL (postmaster and all its processes) and the server die together.
    const kill2 = Date.now();
    const killed = await cluster.kill9();
    await sleep(300);
    await server.kill9();
    const down2 = Date.now();
    log(`Round 2: kill -9 PostgreSQL (${killed} processes) and Lotse`);
    const pgStart2 = Date.now();
    cluster.start();
    const pgUp2 = Date.now() - pgStart2;
    const up2 = await server.start();
    const ack2 = await firstAckAfter(down2);
    recoveries.push(
      `round 2 (kill -9 PostgreSQL + Lotse): crash recovery ${seconds(pgUp2)}, server up ${seconds(up2)} later, first acknowledged write ${seconds(down2 + ack2 - kill2)} after the kill`,
    );
    log(recoveries.at(-1) as string);
    if (ack2 < 0) throw new Error('Nach Runde 2 keine bestätigte Schreiboperation');
    await run('After round 2');

    // Round 3: PostgreSQL alone dies; the server keeps running and must reconnect by itself.
    const kill3 = Date.now();
    const killed3 = await cluster.kill9();
    log(`Round 3: kill -9 PostgreSQL (${killed3} processes), Lotse keeps running`);
    await sleep(1000);
    const pgStart3 = Date.now();
    cluster.start();
    const pgBack3 = Date.now();
    const pgUp3 = pgBack3 - pgStart3;
    // In-flight writes may still be answered right at the kill: count from PostgreSQL being back.
    const ack3 = await firstAckAfter(pgBack3, 60_000);
    if (ack3 < 0) {
      recoveries.push(
        `round 3 (kill -9 PostgreSQL only): crash recovery ${seconds(pgUp3)}, but Lotse did not recover by itself within 60 s (restarted)`,
      );
      await server.kill9();
      await server.start();
    } else {
      recoveries.push(
        `round 3 (kill -9 PostgreSQL only, restarted 1 s later): crash recovery ${seconds(pgUp3)}, Lotse reconnected by itself, first acknowledged write ${seconds(ack3)} after PostgreSQL was back (${seconds(pgBack3 + ack3 - kill3)} after the kill)`,
      );
    }
    log(recoveries.at(-1) as string);
    await run('After round 3');

    stopWriters = true;
    await Promise.all(writers);
    const redo = readFileSync(cluster.logFile, 'utf8')
      .split('\n')
      .filter((l) => /redo done at/.test(l)).length;
    log(`Writers stopped. Crash recoveries (redo) in the PostgreSQL log: ${redo}`);

    const result = await verify({ server, cluster, dataDir, annaVerify, ben, requests });
    // Graceful stop: the server seals every pending audit event; then the chain is recomputed.
    await server.stop();
    const audit = auditVerify(cluster.url('lotse'), dataDir, server.options.masterKey);

    const attemptedTotal = kinds.reduce((s, k) => s + stats.attempted[k], 0);
    const byKind = (count: (k: Kind) => number) => kinds.map((k) => `${k} ${count(k)}`).join(', ');
    console.log('');
    console.log('Crash drill figures');
    console.log(`  writes attempted: ${attemptedTotal} (${byKind((k) => stats.attempted[k])})`);
    console.log(
      `  acknowledged (2xx): ${acks.length} (${byKind((k) => acks.filter((a) => a.kind === k).length)})`,
    );
    console.log(
      `  failed during crashes: ${stats.noAnswer + stats.serverError} (no answer ${stats.noAnswer}, server error ${stats.serverError}); refused (4xx) ${stats.refused}${
        stats.refused
          ? ` (${Object.entries(stats.refusedByStatus)
              .map(([code, n]) => `${n}× ${code}`)
              .join(', ')})`
          : ''
      }, re-logins ${stats.reLogins}`,
    );
    console.log(
      `  found after recovery with identical content: ${result.found} of ${acks.length}; content differs: ${result.differs}`,
    );
    console.log(`  committed although unacknowledged (answer lost in a crash): ${result.unacknowledged}`);
    console.log(
      `  uploads checked: ${result.uploads} (every upload row: blob present and downloaded complete and decrypted via the API${result.uploadsNotVisible ? `, ${result.uploadsNotVisible} outside anna.asd's view: blob present only` : ''}; broken: ${result.brokenUploads})`,
    );
    console.log(`  orphan blob files (no row points to them; no data loss): ${result.orphans}`);
    console.log(
      `  audit: ${audit.sealed} events in ${audit.seals} seals verified, ${audit.unsealed} unsealed (audit:verify exit code ${audit.status})`,
    );
    for (const r of recoveries) console.log(`  ${r}`);
    console.log(`  total drill time: ${seconds(Date.now() - startedAt)}`);
    if (audit.status !== 0) console.log(audit.output);
    for (const p of [...writerErrors, ...result.problems].slice(0, 20)) console.log(`  PROBLEM: ${p}`);
    const lost = acks.length - result.found;
    ok =
      lost === 0 &&
      result.differs === 0 &&
      result.brokenUploads === 0 &&
      audit.status === 0 &&
      writerErrors.length === 0;
    finalLine = `acknowledged writes lost: ${lost}`;
    return ok ? 0 : 1;
  } finally {
    stopWriters = true;
    await server.kill9().catch(() => undefined);
    try {
      cluster.stop('immediate');
    } catch {
      // already down
    }
    if (ok && !keep) rmSync(root, { recursive: true, force: true });
    else
      console.error(
        `(temp folder kept: ${root}; PostgreSQL log ${cluster.logFile}, Lotse log ${join(root, 'lotse.log')})`,
      );
  }
}

interface Verification {
  found: number;
  differs: number;
  unacknowledged: number;
  uploads: number;
  /** Upload rows outside anna.asd's cases and requests: only the blob's presence is checked. */
  uploadsNotVisible: number;
  brokenUploads: number;
  orphans: number;
  problems: string[];
}

async function verify(opts: {
  server: LotseServer;
  cluster: TempCluster;
  dataDir: string;
  annaVerify: Caller;
  ben: Caller;
  requests: string[];
}): Promise<Verification> {
  const { cluster, dataDir, annaVerify, ben, requests } = opts;
  const v: Verification = {
    found: 0,
    differs: 0,
    unacknowledged: 0,
    uploads: 0,
    uploadsNotVisible: 0,
    brokenUploads: 0,
    orphans: 0,
    problems: [],
  };
  const get = async (caller: Caller, path: string) => {
    const res = await caller.request('GET', path, undefined, { timeoutMs: 60_000 });
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
    return res;
  };
  const callerOf = (writer: string) => (writer === 'ben.asd' ? ben : annaVerify);
  const acked = new Set(acks.map((a) => a.id));

  // Notes, read back per case through the API.
  const entriesByCase = new Map<string, Map<string, { title: string; body: string }>>();
  for (const a of acks.filter((x) => x.kind === 'note')) {
    if (!entriesByCase.has(a.where)) {
      const res = await get(callerOf(a.writer), `/api/cases/${a.where}/entries`);
      const entries = res.body as { id: string; title: string; body: string }[];
      entriesByCase.set(a.where, new Map(entries.map((e) => [e.id, e])));
      v.unacknowledged += entries.filter((e) => e.title.startsWith('Drill note-') && !acked.has(e.id)).length;
    }
    const entry = entriesByCase.get(a.where)?.get(a.id);
    if (!entry) v.problems.push(`note ${a.id} (case ${a.where}) missing`);
    else if (sha256(`${entry.title}\n${entry.body}`) !== a.hash) {
      v.differs++;
      v.problems.push(`note ${a.id}: content differs`);
    } else v.found++;
  }

  // Documents: downloaded byte for byte.
  const docCases = new Set(acks.filter((a) => a.kind === 'document').map((a) => a.where));
  for (const caseId of docCases) {
    const list = (await get(annaVerify, `/api/cases/${caseId}/documents`)).body as {
      id: string;
      filename: string;
    }[];
    v.unacknowledged += list.filter(
      (d) => d.filename.startsWith('drill-dokument-') && !acked.has(d.id),
    ).length;
  }
  for (const a of acks.filter((x) => x.kind === 'document')) {
    const res = await annaVerify.request('GET', `/api/cases/${a.where}/documents/${a.id}/content`);
    if (res.status !== 200) v.problems.push(`document ${a.id}: ${res.status}`);
    else if (sha256(res.bytes) !== a.hash) {
      v.differs++;
      v.problems.push(`document ${a.id}: content differs`);
    } else v.found++;
  }

  // Messages of both sides, read as staff; files downloaded.
  const messagesByRequest = new Map<string, Map<string, Conversation['messages'][number]>>();
  for (const requestId of requests) {
    const conv = (await get(annaVerify, `/api/inbox/${requestId}/conversation`)).body as Conversation;
    if (conv.messages.length >= 500) v.problems.push(`conversation ${requestId}: 500 messages, list cut off`);
    messagesByRequest.set(requestId, new Map(conv.messages.map((m) => [m.id, m])));
    v.unacknowledged += conv.messages.filter(
      (m) => /^(Nachricht|Familie) /.test(m.body) && !acked.has(m.id),
    ).length;
  }
  for (const a of acks.filter((x) => x.kind !== 'note' && x.kind !== 'document')) {
    const m = messagesByRequest.get(a.where)?.get(a.id);
    if (!m) {
      v.problems.push(`${a.kind} ${a.id} (request ${a.where}) missing`);
      continue;
    }
    let same = sha256(m.body) === a.hash;
    if (a.attachmentId) {
      const res = await annaVerify.request(
        'GET',
        `/api/inbox/${a.where}/conversation/attachments/${a.attachmentId}`,
      );
      same = same && res.status === 200 && sha256(res.bytes) === a.fileHash;
    }
    if (same) v.found++;
    else {
      v.differs++;
      v.problems.push(`${a.kind} ${a.id}: content differs`);
    }
  }

  // Every upload row: its blob exists and downloads complete (the server decrypts it; GCM would refuse
  // a truncated or torn file).
  const docs = await cluster.query<{ id: string; case_id: string; blob_key: string; size_bytes: number }>(
    'lotse',
    'SELECT id, case_id, blob_key, size_bytes FROM documents',
  );
  const files = await cluster.query<{
    id: string;
    request_id: string;
    blob_key: string;
    size_bytes: number;
  }>(
    'lotse',
    `SELECT a.id, c.intake_request_id AS request_id, a.blob_key, a.size_bytes
     FROM message_attachments a JOIN conversations c ON c.tenant_id = a.tenant_id AND c.id = a.conversation_id`,
  );
  const referenced = new Set<string>();
  const checkUpload = async (what: string, blobKey: string, size: number, path: string) => {
    v.uploads++;
    referenced.add(blobKey);
    if (!existsSync(join(dataDir, 'blobs', blobKey))) {
      v.brokenUploads++;
      v.problems.push(`${what}: blob ${blobKey} missing`);
      return;
    }
    const res = await annaVerify.request('GET', path);
    if (res.status === 404) {
      // Not the drill's: a row anna.asd may not see (none in today's demo data); its blob is there.
      v.uploadsNotVisible++;
      return;
    }
    if (res.status !== 200 || res.bytes.length !== size) {
      v.brokenUploads++;
      v.problems.push(`${what}: download ${res.status}, ${res.bytes.length} of ${size} bytes`);
    }
  };
  for (const d of docs) {
    await checkUpload(
      `document ${d.id}`,
      d.blob_key,
      d.size_bytes,
      `/api/cases/${d.case_id}/documents/${d.id}/content`,
    );
  }
  for (const f of files) {
    await checkUpload(
      `attachment ${f.id}`,
      f.blob_key,
      f.size_bytes,
      `/api/inbox/${f.request_id}/conversation/attachments/${f.id}`,
    );
  }
  const blobRoot = join(dataDir, 'blobs');
  if (existsSync(blobRoot)) {
    for (const tenant of readdirSync(blobRoot)) {
      for (const name of readdirSync(join(blobRoot, tenant))) {
        if (!referenced.has(`${tenant}/${name}`)) v.orphans++;
      }
    }
  }
  return v;
}

function auditVerify(databaseUrl: string, dataDir: string, masterKey: string) {
  const { command, args, env } = auditVerifyCommand({ databaseUrl, dataDir, masterKey });
  const r = spawnSync(command, args, { env, encoding: 'utf8', timeout: 300_000 });
  const output = `${r.stdout}${r.stderr}`;
  return { status: r.status ?? 1, output, ...parseAuditSummary(output) };
}

main().then(
  (code) => {
    // The contract: the drill's last line (after the clean-up notes).
    if (finalLine) console.log(finalLine);
    process.exit(code);
  },
  (error: unknown) => {
    console.error(`Crash drill failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
