import { join } from 'node:path';
import type { Config } from './config.js';
import { openDatabase } from './db/connection.js';
import { migrate } from './db/migrate.js';
import type { AppContext } from './platform/context.js';
import { resolveMasterKey } from './platform/crypto.js';
import { createServices } from './platform/services.js';

/** Opens the database, applies migrations and wires the platform services. */
export async function createContext(config: Config): Promise<AppContext & { masterKeyGenerated: boolean }> {
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    migrationUrl: config.databaseMigrationUrl,
    dataDir: join(config.dataDir, 'pglite'),
  });
  await migrate(db);
  const master = resolveMasterKey(config.masterKey, config.dataDir, config.demo);
  return { ...createServices(config, db, master.key), masterKeyGenerated: master.generated };
}
