import type { AuditVerification } from '../lib/audit-verify.js';
import type { BaseBackup } from '../lib/backup.js';
import { megabytes } from '../lib/backup.js';
import { seconds } from '../lib/drill.js';

export interface RestoreFigures {
  base: BaseBackup;
  restoreMs: number;
  /** WAL segments replayed from the archive, of all archived. */
  replayed: number;
  archived: number;
  tables: number;
  equalTables: number;
  totalRows: number;
  writesBeforeBackup: number;
  writesBeforeTarget: number;
  presentBeforeTarget: number;
  writesAfterTarget: number;
  presentAfterTarget: number;
  /** Upload rows in the restored database. */
  blobsNeeded: number | undefined;
  blobsAtBackup: number;
  files: number;
  filesOk: number;
  audit: AuditVerification;
  startedAt: number;
  problems: string[];
}

/** Prints the drill's figures, its problems, and the verdict line. */
export function printFigures(f: RestoreFigures): void {
  console.log('');
  console.log('Restore drill figures');
  console.log(
    `  base backup: ${megabytes(f.base.bytes)} in ${seconds(f.base.ms)} (pg_basebackup -X stream, plain, verified)`,
  );
  console.log(
    `  restore + recovery to the restore point: ${seconds(f.restoreMs)} (${f.replayed} WAL segments replayed from the archive of ${f.archived})`,
  );
  console.log(
    `  tables: ${f.equalTables} of ${f.tables} equal (row count and checksum), ${f.totalRows} rows`,
  );
  console.log(
    `  writes: ${f.writesBeforeTarget} before the target (${f.writesBeforeBackup} before the base backup), all present: ${f.presentBeforeTarget === f.writesBeforeTarget}; ${f.writesAfterTarget} after the target, present: ${f.presentAfterTarget}`,
  );
  console.log(
    `  files: ${f.blobsNeeded} upload rows; ${f.blobsAtBackup} blobs were in the copy taken with the base backup, the rest came from the later file copy; ${f.filesOk} of ${f.files} checked files decrypted byte-identical`,
  );
  console.log(
    `  audit: ${f.audit.sealed} events in ${f.audit.seals} seals verified (audit:verify exit code ${f.audit.status})`,
  );
  console.log(`  total drill time: ${seconds(Date.now() - f.startedAt)}`);
  for (const p of f.problems.slice(0, 20)) console.log(`  PROBLEM: ${p}`);
  console.log(f.problems.length === 0 ? 'restore drill: ok' : `restore drill: ${f.problems.length} problems`);
}
