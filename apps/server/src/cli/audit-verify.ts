import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/connection.js';
import { anchorFileIn } from '../platform/audit/anchor.js';
import { deriveAuditSealKey } from '../platform/audit/chain.js';
import { verifyAuditLog } from '../platform/audit/verify.js';
import { resolveMasterKey } from '../platform/crypto.js';

// Checks the audit log's seal chains against the seal key (from MASTER_KEY) and the anchor file
// outside the database. Exit code 0: intact; 1: cannot check; 2: tampering found.
// `--anchor FILE` (repeatable) names the anchor files; default DATA_DIR/audit-anchor.log. With several
// server instances, pass each instance's file.
const { values } = parseArgs({ options: { anchor: { type: 'string', multiple: true } } });
const config = loadConfig();
// Never generate a key here: a new key would only make every seal look forged.
if (!config.masterKey && !existsSync(join(config.dataDir, 'master.key'))) {
  console.error('MASTER_KEY fehlt: ohne den Hauptschlüssel lassen sich die Siegel nicht prüfen.');
  process.exit(1);
}
const masterKey = resolveMasterKey(config.masterKey, config.dataDir, true).key;
const anchorFiles = values.anchor ?? [anchorFileIn(config.dataDir)];
const db = await openDatabase({
  databaseUrl: config.databaseUrl,
  migrationUrl: config.databaseMigrationUrl,
  dataDir: join(config.dataDir, 'pglite'),
});
const report = await verifyAuditLog(db, { key: deriveAuditSealKey(masterKey), anchorFiles });
await db.close();
console.log(
  `Audit-Protokoll: ${report.tenants} Mandanten, ${report.seals} Siegel (${report.keyedSeals} mit Schlüssel, ${report.legacySeals} alt ohne Schlüssel), ${report.sealedEvents} gesiegelte und ${report.unsealedEvents} noch ungesiegelte Ereignisse.`,
);
console.log(
  `Anker: ${report.anchoredHeads} Einträge aus ${report.anchorFiles.length ? report.anchorFiles.join(', ') : '(keine Datei gefunden)'}.`,
);
for (const [tenant, head] of Object.entries(report.heads)) console.log(`  Kopf ${tenant}: ${head}`);
if (report.ok) {
  console.log('Ergebnis: unverändert.');
} else {
  console.error('Ergebnis: MANIPULATION ERKANNT');
  for (const p of report.problems) console.error(`  - ${p}`);
  process.exitCode = 2;
}
