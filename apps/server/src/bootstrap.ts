import { join } from 'node:path';
import type { Config } from './config.js';
import { openDatabase, withTenant } from './db/connection.js';
import { migrate } from './db/migrate.js';
import { sealLegacyPlaintext } from './modules/cases/index.js';
import { ensureStarterKnowledge } from './modules/knowledge/index.js';
import { ensureLawImported } from './modules/law/index.js';
import { sealLegacyGuestLabels } from './modules/meetings/index.js';
import { sealLegacyAttachmentNames } from './modules/messaging/index.js';
import { ensureRebuildScheduled } from './modules/planning/index.js';
import { ensureRetentionScheduled } from './modules/privacy/index.js';
import type { AppContext } from './platform/context.js';
import { resolveMasterKey } from './platform/crypto.js';
import { sealedTextFor } from './platform/sealed-text.js';
import { createServices } from './platform/services.js';

/** Opens the database, applies migrations and wires the platform services. */
export async function createContext(config: Config): Promise<AppContext & { masterKeyGenerated: boolean }> {
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    migrationUrl: config.databaseMigrationUrl,
    dataDir: join(config.dataDir, 'pglite'),
  });
  await migrate(db);
  await ensureLawImported(db);
  const master = resolveMasterKey(config.masterKey, config.dataDir, config.demo);
  const ctx = createServices(config, db, master.key);
  await sealLegacyPlaintextOfAllOffices(ctx);
  return { ...ctx, masterKeyGenerated: master.generated };
}

/**
 * Encrypts what older versions stored in plaintext (migrations 0014–0016), office by office, before
 * serving. Each module seals its own tables (messaging and meetings lie above cases, so cases cannot).
 */
async function sealLegacyPlaintextOfAllOffices(ctx: AppContext): Promise<void> {
  const tenants = await ctx.db.withOwner((owner) => owner.selectFrom('tenants').select('id').execute());
  for (const { id } of tenants) {
    await withTenant(ctx.db, id, async (tx) => {
      const scope = { tx, sealed: sealedTextFor(ctx.keys, tx, id) };
      await sealLegacyPlaintext(scope);
      await sealLegacyAttachmentNames(scope);
      await sealLegacyGuestLabels(scope);
    });
  }
}

/**
 * What every office needs before serving, in one transaction per office: its recurring jobs queued
 * (the planning aggregates' nightly rebuild, the nightly retention pass) and, for an office without any article, the starter
 * knowledge and onboarding path (data/knowledge).
 */
export async function prepareOffices(ctx: AppContext): Promise<void> {
  const tenants = await ctx.db.withOwner((owner) => owner.selectFrom('tenants').select('id').execute());
  for (const { id } of tenants) {
    await withTenant(ctx.db, id, async (tx) => {
      await ensureRebuildScheduled(tx, ctx.keys, id);
      await ensureRetentionScheduled(tx, ctx.keys, id);
      await ensureStarterKnowledge(tx, id);
    });
  }
}
