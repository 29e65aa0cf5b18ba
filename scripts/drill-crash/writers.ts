import { randomBytes } from 'node:crypto';
import { sleep } from '../lib/cluster.js';
import { type Caller, sha256 } from '../lib/lotse.js';
import { fileForm, findMessage, postMessage } from '../lib/lotse-api.js';
import { log } from './clock.js';
import type { Ack, Kind, WriteLedger } from './ledger.js';

/*
 * The concurrent writers: each loops until the ledger says stop, writing through the HTTP API as one
 * signed-in caller and booking every attempt and every acknowledged write in the ledger.
 */

/** A family signed in with the code and PIN of its request. */
export interface FamilyLogin {
  caller: Caller;
  requestId: string;
  code: string;
  pin: string;
}

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
  ledger: WriteLedger,
  kind: Kind,
  caller: Caller,
  relogin: () => Promise<void>,
  send: () => Promise<{ status: number; body: unknown }>,
  onAck: (body: unknown) => Ack | null,
): Promise<boolean> {
  const { stats } = ledger;
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
    ledger.acknowledge(ack);
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

/** Who sends messages, and how their messages and files are named. */
interface MessageSender {
  kind: Kind;
  caller: Caller;
  relogin: () => Promise<void>;
  writer: string;
  /** First word of every message: the verification tells the drill's messages by it. */
  textPrefix: 'Nachricht' | 'Familie';
  filePrefix: string;
}

/** One message write, with a file or without, from staff or a family: sent, and its acknowledgement read. */
function messageWrite(
  ledger: WriteLedger,
  write: MessageSender,
  conversation: string,
  requestId: string,
  data: Buffer | null,
): Promise<boolean> {
  const text = `${write.textPrefix} ${token(write.kind)}`;
  return attempt(
    ledger,
    write.kind,
    write.caller,
    write.relogin,
    () =>
      postMessage(write.caller, conversation, text, data && { name: `${token(write.filePrefix)}.txt`, data }),
    (res) => {
      const m = findMessage(res, text);
      if (!m || (data && !m.attachment)) return null;
      return {
        kind: write.kind,
        id: m.id,
        where: requestId,
        hash: sha256(text),
        writer: write.writer,
        ...(data && m.attachment ? { attachmentId: m.attachment.id, fileHash: sha256(data) } : {}),
      };
    },
  );
}

/** A staff member writing on their cases through one signed-in caller. */
export interface CaseWriter {
  ledger: WriteLedger;
  caller: Caller;
  username: string;
  cases: string[];
}

/** One write after another, round robin over the cases, until the ledger says stop. */
async function untilStopped(
  { ledger, cases }: CaseWriter,
  pauseMs: number,
  write: (caseId: string, n: number) => Promise<unknown>,
): Promise<void> {
  for (let n = 0; !ledger.stopWriters; n++) {
    await write(cases[n % cases.length] as string, n);
    await sleep(pauseMs);
  }
}

export function noteWriter(w: CaseWriter): Promise<void> {
  const { ledger, caller, username } = w;
  return untilStopped(w, 25, (caseId, n) => {
    const title = `Drill ${token('note')}`;
    const body = `Vermerk ${n} von ${username}: ${randomBytes(24).toString('base64')}`;
    return attempt(
      ledger,
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
  });
}

export function documentWriter(w: CaseWriter): Promise<void> {
  const { ledger, caller, username } = w;
  return untilStopped(w, 50, (caseId) => {
    const data = fileContent();
    const name = `${token('drill-dokument')}.txt`;
    return attempt(
      ledger,
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
  });
}

/** Staff messages round robin over the family requests, until every conversation is full. */
export async function staffMessageWriter(
  ledger: WriteLedger,
  caller: Caller,
  username: string,
  requests: string[],
  withFiles: boolean,
): Promise<void> {
  const write: MessageSender = {
    kind: withFiles ? 'attachment' : 'message',
    caller,
    relogin: () => caller.loginStaff(username),
    writer: username,
    textPrefix: 'Nachricht',
    filePrefix: 'anhang',
  };
  for (let n = 0; !ledger.stopWriters; n++) {
    const requestId = requestWithRoom(ledger, requests, n);
    if (!requestId) return;
    const data = withFiles ? fileContent() : null;
    await messageWrite(ledger, write, `/api/inbox/${requestId}/conversation`, requestId, data);
    await sleep(withFiles ? 60 : 30);
  }
}

/** The next request whose conversation has room, round robin. */
function requestWithRoom(ledger: WriteLedger, requests: string[], n: number): string | null {
  for (let i = 0; i < requests.length; i++) {
    const id = requests[(n + i) % requests.length] as string;
    if (ledger.reserveMessage(id)) return id;
  }
  return null;
}

/** Families share one address here, and the server allows 30 messages and 10 files a minute per address. */
export async function familyWriter(ledger: WriteLedger, families: FamilyLogin[]): Promise<void> {
  for (let n = 0; !ledger.stopWriters; n++) {
    const family = families[n % families.length];
    if (!family) return;
    const withFile = n % 4 === 3;
    if (!ledger.reserveMessage(family.requestId)) return;
    const data = withFile ? fileContent().subarray(0, 64 * 1024) : null;
    const write: MessageSender = {
      kind: withFile ? 'family-file' : 'family-message',
      caller: family.caller,
      relogin: () => family.caller.loginFamily(family.code, family.pin),
      writer: 'familie',
      textPrefix: 'Familie',
      filePrefix: 'foto',
    };
    await messageWrite(ledger, write, '/api/family/conversation', family.requestId, data);
    await sleep(2100);
  }
}
