import { Caller, type LotseServer, sha256 } from '../lib/lotse.js';
import { attachmentPath, documentContentPath } from '../lib/lotse-api.js';
import type { Written } from './writes.js';

export interface RestoredLotseCheck {
  /** Documents and message files written before the target. */
  files: number;
  /** Of those: downloaded, decrypted and byte-identical. */
  filesOk: number;
  notesOk: boolean;
  problems: string[];
}

/**
 * Lotse on the restored database with the same MASTER_KEY: every file written before the target
 * downloads and decrypts byte-identical, and a case's notes are readable.
 */
export async function checkRestoredLotse(
  server: LotseServer,
  before: Written[],
  caseId: string | undefined,
): Promise<RestoredLotseCheck> {
  const problems: string[] = [];
  const check = new Caller(() => server.base, 'anna.asd (restored)');
  await check.loginStaff('anna.asd');
  let filesOk = 0;
  const files = before.filter((w) => w.fileHash);
  for (const w of files) {
    const path =
      w.kind === 'document'
        ? documentContentPath(w.where, w.id)
        : attachmentPath(w.where, w.attachmentId as string);
    const res = await check.request('GET', path);
    if (res.status === 200 && sha256(res.bytes) === w.fileHash) filesOk++;
    else problems.push(`${w.kind} ${w.id}: ${res.status}`);
  }
  const notes = await check.request('GET', `/api/cases/${caseId}/entries`);
  const notesOk = notes.status === 200 && Array.isArray(notes.body);
  if (!notesOk) problems.push(`entries of case ${caseId}: ${notes.status}`);
  return { files: files.length, filesOk, notesOk, problems };
}
