import { randomBytes } from 'node:crypto';
import type { TempCluster } from '../lib/cluster.js';
import { type Answer, type Caller, sha256 } from '../lib/lotse.js';
import { fileForm, findMessage, postMessage } from '../lib/lotse-api.js';

/* The restore drill's writes: made through the API in batches, later looked for in the restored database. */

export interface Written {
  kind: 'note' | 'document' | 'message' | 'attachment';
  id: string;
  where: string;
  /** SHA-256 of the document or file bytes. */
  fileHash?: string;
  attachmentId?: string;
}

function expect2xx(what: string, res: Answer): void {
  if (res.status < 200 || res.status >= 300) {
    throw new Error(`${what}: ${res.status} ${res.bytes.toString('utf8').slice(0, 200)}`);
  }
}

/** Writes through the API as anna.asd: notes and documents on her cases, messages on a family request. */
export async function writeSome(
  caller: Caller,
  cases: string[],
  requestId: string,
  counts: { notes: number; documents: number; messages: number },
): Promise<Written[]> {
  const out: Written[] = [];
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
    const res = await postMessage(
      caller,
      `/api/inbox/${requestId}/conversation`,
      text,
      data && { name: `anhang-${i}.txt`, data },
    );
    expect2xx('message', res);
    const m = findMessage(res.body, text);
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

const tableOf: Record<Written['kind'], string> = {
  note: 'case_entries',
  document: 'documents',
  message: 'messages',
  attachment: 'messages',
};

/** How many of the writes have their row in the cluster's database. */
export async function countPresent(cluster: TempCluster, writes: Written[]): Promise<number> {
  let present = 0;
  for (const w of writes) {
    const rows = await cluster.query('lotse', `SELECT 1 FROM ${tableOf[w.kind]} WHERE id = $1`, [w.id]);
    present += rows.length;
  }
  return present;
}
