import type { AuditVerification } from '../lib/audit-verify.js';
import { seconds } from '../lib/drill.js';
import { clock } from './clock.js';
import { type Kind, kinds, type WriteLedger } from './ledger.js';
import type { Verification } from './verify.js';

/** Prints the drill's figures: writes, what came back, uploads, audit chain, recoveries, problems. */
export function printFigures(opts: {
  ledger: WriteLedger;
  result: Verification;
  audit: AuditVerification;
  recoveries: string[];
}): void {
  const { ledger, result, audit, recoveries } = opts;
  const { stats, acks } = ledger;
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
  console.log(`  total drill time: ${seconds(Date.now() - clock.startedAt)}`);
  if (audit.status !== 0) console.log(audit.output);
  for (const p of [...ledger.writerErrors, ...result.problems].slice(0, 20)) console.log(`  PROBLEM: ${p}`);
}
