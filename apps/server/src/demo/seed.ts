import { type Kysely, sql } from 'kysely';
import type { Db, Tx } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { sealLegacyPlaintext } from '../modules/cases/index.js';
import { hashPassword } from '../platform/auth/passwords.js';
import type { KeyRing } from '../platform/crypto.js';
import { sealedTextFor } from '../platform/sealed-text.js';
import { buildDemoRows } from './build.js';
import { LENA_CASE_ID } from './families.js';
import { seedDemoFamilyAccounts } from './family-accounts.js';
import { seedLenaHelpPlan } from './help-plans.js';
import { seedDemoHistory } from './history.js';
import { seedDemoRequestHistory } from './history-requests.js';
import { DEMO_PASSWORD, DEMO_TENANT_ID, DEMO_TENANT_SLUG } from './office.js';
import { seedLenaPerspectives } from './perspectives.js';
import { seedFinnChoice, seedLenaPlacement } from './placements.js';
import { seedDemoPendingProtection, seedDemoProtection } from './protection.js';
import { seedDemoProviders } from './providers.js';

export { LENA_CASE_ID } from './families.js';
export { DEMO_PASSWORD, DEMO_TENANT_ID, DEMO_TENANT_SLUG, demoLogins } from './office.js';

/**
 * Runs `fn` in one transaction as the schema owner. On PGlite `withOwner` already hands over a
 * transaction (its only connection); on PostgreSQL it hands over a pool, so we open one.
 */
async function inOwnerTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.withOwner((owner: Kysely<Database>) =>
    owner.isTransaction ? fn(owner as Tx) : owner.transaction().execute(fn),
  );
}

async function demoTenantExists(tx: Kysely<Database>): Promise<boolean> {
  const row = await tx
    .selectFrom('tenants')
    .select('id')
    .where('slug', '=', DEMO_TENANT_SLUG)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Creates the fictional office "Jugendamt Musterstadt" with staff, families, cases, timelines and
 * tasks, unless it exists already. Everything happens in one transaction.
 */
export async function seedDemoData(ctx: { db: Db; keys: KeyRing }): Promise<{ seeded: boolean }> {
  const { db, keys } = ctx;
  if (await db.withOwner(demoTenantExists)) return { seeded: false };
  // One hash for all demo accounts: argon2 is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  const rows = buildDemoRows(now, passwordHash);

  return inOwnerTransaction(db, async (tx) => {
    // Two processes starting at once: the second waits here and then finds the office.
    await sql`SELECT pg_advisory_xact_lock(hashtext('lotse:demo-seed'))`.execute(tx);
    if (await demoTenantExists(tx)) return { seeded: false };

    await tx
      .insertInto('tenants')
      .values({
        id: DEMO_TENANT_ID,
        slug: DEMO_TENANT_SLUG,
        name: 'Jugendamt Musterstadt',
        crisis_phone: '0800 123 45 67',
      })
      .execute();
    await tx.insertInto('social_areas').values(rows.socialAreas).execute();
    await tx.insertInto('social_area_streets').values(rows.streets).execute();
    await tx.insertInto('teams').values(rows.teams).execute();
    await tx.insertInto('users').values(rows.users).execute();
    await tx.insertInto('team_memberships').values(rows.memberships).execute();
    await tx.insertInto('persons').values(rows.persons).execute();
    await tx.insertInto('relations').values(rows.relations).execute();
    await tx.insertInto('cases').values(rows.cases).execute();
    await tx.insertInto('households').values(rows.households).execute();
    await tx.insertInto('household_members').values(rows.householdMembers).execute();
    await tx.insertInto('case_persons').values(rows.casePersons).execute();
    await tx.insertInto('case_deputies').values(rows.deputies).execute();

    const entries = [];
    for (const { body, ...entry } of rows.entries) {
      // The context binds each ciphertext to its entry: a body copied to another entry won't decrypt.
      const body_enc = await keys.encrypt(tx, DEMO_TENANT_ID, body, `entry:${entry.id}`);
      entries.push({ ...entry, body_enc });
    }
    await tx.insertInto('case_entries').values(entries).execute();
    await tx.insertInto('tasks').values(rows.tasks).execute();
    // Titles were written in bulk as plaintext: encrypt them and compute the search tokens.
    const sealed = sealedTextFor(keys, tx, DEMO_TENANT_ID);
    await sealLegacyPlaintext({ tx, sealed });
    const anna = rows.users.find((u) => u.username === 'anna.asd');
    if (anna) {
      const lena = { tenantId: DEMO_TENANT_ID, caseId: LENA_CASE_ID, userId: anna.id };
      await seedLenaHelpPlan({ tx, sealed }, lena, now);
      await seedLenaPerspectives({ tx, sealed }, lena, now);
    }
    await seedDemoFamilyAccounts(tx, rows);
    // The region's ombuds office (§ 9a) families see next to their complaints; invented for the demo.
    await tx
      .insertInto('ombuds_offices')
      .values({
        tenant_id: DEMO_TENANT_ID,
        name: 'Ombudsstelle Kinder- und Jugendhilfe Musterland (Demo)',
        phone: '0800 555 90 90',
        email: 'kontakt@ombudsstelle-musterland.example',
        website: 'https://ombudsstelle-musterland.example',
        address: 'Lindenstraße 4, 28195 Musterstadt',
        hours: 'Montag bis Donnerstag 9–16 Uhr',
      })
      .execute();
    const emil = rows.users.find((u) => u.username === 'emil.traeger');
    await seedDemoProviders(tx, now, { tenantId: DEMO_TENANT_ID, adminUserId: emil?.id });
    await seedLenaPlacement({ tx, sealed, keys }, rows, now);
    await seedFinnChoice(tx, rows);
    await seedDemoProtection({ tx, sealed }, rows, now);
    await seedDemoPendingProtection({ tx, sealed }, rows, now);
    // About a thousand past cases since January four years ago, for the planning figures.
    await seedDemoHistory({ tx, sealed }, rows, now);
    await seedDemoRequestHistory({ tx, sealed }, rows, now);
    return { seeded: true };
  });
}
