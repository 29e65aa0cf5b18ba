import { join } from 'node:path';
import type { Config } from './config.js';
import { openDatabase } from './db/connection.js';
import { migrate } from './db/migrate.js';
import { AuditSealer } from './platform/audit/seal.js';
import { FsBlobStore } from './platform/blobs.js';
import type { AppContext } from './platform/context.js';
import { KeyRing, resolveMasterKey } from './platform/crypto.js';

/** Opens the database, applies migrations and wires the platform services. */
export async function createContext(config: Config): Promise<AppContext & { masterKeyGenerated: boolean }> {
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, 'pglite'),
  });
  await migrate(db);
  const master = resolveMasterKey(config.masterKey, config.dataDir, config.demo);
  return {
    config,
    db,
    keys: new KeyRing(master.key),
    blobs: new FsBlobStore(join(config.dataDir, 'blobs')),
    sealer: new AuditSealer(db),
    masterKeyGenerated: master.generated,
  };
}
