import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase, type Tx } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { importProviders, linkProviderStaffAccount, ZProviderImport } from '../modules/providers/index.js';

// Imports the region's providers from a JSON file (format: modules/providers/import-providers.ts,
// example: data/providers/example.json) and optionally links a provider staff account:
//   npm run providers:import -- FILE.json [--staff USERNAME --provider PROVIDER_ID [--role admin|staff]]
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    staff: { type: 'string' },
    provider: { type: 'string' },
    role: { type: 'string', default: 'staff' },
  },
});
const file = positionals[0];
if (!file && !values.staff) {
  console.error(
    'Aufruf: npm run providers:import -- DATEI.json [--staff BENUTZER --provider TRÄGER-ID [--role admin|staff]]',
  );
  process.exit(1);
}
const parsed = file ? ZProviderImport.safeParse(JSON.parse(readFileSync(file, 'utf8'))) : null;
if (parsed && !parsed.success) {
  console.error(
    `Die Datei passt nicht zum Format:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`,
  );
  process.exit(1);
}
const config = loadConfig();
const db = await openDatabase({
  databaseUrl: config.databaseUrl,
  migrationUrl: config.databaseMigrationUrl,
  dataDir: join(config.dataDir, 'pglite'),
});
try {
  await migrate(db);
  await db.withOwner(async (owner) => {
    const run = async (tx: Tx) => {
      if (parsed?.success) {
        const result = await importProviders(tx, parsed.data);
        console.log(
          `Importiert: ${result.providers} Träger, ${result.facilities} Einrichtungen, ${result.offers} Angebote für ${result.offices} Amt/Ämter.`,
        );
      }
      if (values.staff && values.provider) {
        const role = values.role === 'admin' ? 'admin' : 'staff';
        const username = values.staff;
        const user = await tx
          .selectFrom('users')
          .select(['tenant_id', 'id', 'roles'])
          .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
          .executeTakeFirst();
        if (!user) throw new Error(`Unbekanntes Konto: ${username}`);
        await linkProviderStaffAccount(
          tx,
          { tenantId: user.tenant_id, userId: user.id, username, roles: user.roles },
          values.provider,
          role,
        );
        console.log(`${values.staff} arbeitet jetzt für den Träger ${values.provider} (${role}).`);
      }
    };
    return owner.isTransaction ? run(owner as Tx) : owner.transaction().execute(run);
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
