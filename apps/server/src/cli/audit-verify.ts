import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/connection.js';
import { verifyAuditLog } from '../platform/audit/verify.js';

// Checks the audit log's seal chains. Exit code 0: intact; 2: tampering found.
const config = loadConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, 'pglite') });
const report = await verifyAuditLog(db);
await db.close();
console.log(
  `Audit-Protokoll: ${report.tenants} Mandanten, ${report.seals} Siegel, ${report.sealedEvents} gesiegelte und ${report.unsealedEvents} noch ungesiegelte Ereignisse.`,
);
for (const [tenant, head] of Object.entries(report.heads)) console.log(`  Kopf ${tenant}: ${head}`);
if (report.ok) {
  console.log('Ergebnis: unverändert.');
} else {
  console.error('Ergebnis: MANIPULATION ERKANNT');
  for (const p of report.problems) console.error(`  - ${p}`);
  process.exitCode = 2;
}
