import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../test-support/database.js';
import type { Db } from './connection.js';
import { catalogueTables, describeGaps, isTenantExpression, rlsGaps } from './rls-catalogue.js';
import type { Database } from './schema.js';

/**
 * Tables without tenant_id, deliberately not bound to a tenant (global data), and why.
 * Not enforced: a new global table only shows up as an annotation below.
 */
const GLOBAL_TABLES: Record<string, string> = {
  tenants: 'the offices themselves; RLS policy tenant_self on id = lotse_tenant()',
  login_throttle: 'failed logins per hashed name/IP, checked before the tenant is known',
  used_challenges: 'proof-of-work challenges already used on public forms',
  schema_migrations: 'applied migration files (owner only)',
  providers: 'provider organisations, shared by every office they serve; writes bound to their own staff',
  provider_facilities:
    "facilities and free places, shared across offices; updates only by the provider's staff",
  provider_offers: "offers, shared across offices; updates only by the provider's admins",
  facility_availability_log: "history of free places (no persons); inserts only by the provider's staff",
  postcode_locations: 'postcode centres for distances (reference data)',
  law_sources: 'which law texts are imported (reference data, written by the import at start-up)',
  law_norms: 'SGB VIII, I, X and KKG per paragraph (public law texts, same for every office)',
  law_sentences: 'the same per sentence, for search and anchors',
  cooperation_publications:
    'templates offices publish for each other (no personal data, checked); insert and withdraw only as the publishing office',
  cooperation_directory:
    'experts and services of the region, shared by all offices; insert and update only by the adding office',
  colleague_conversations:
    'staff-to-staff conversations spanning two offices; RLS: only offices taking part see them, only the starting office writes',
  colleague_participants:
    'who takes part (office + user); RLS: seen by the offices taking part, added by the starting office, own read markers only',
  colleague_messages:
    'messages between offices (bodies encrypted); RLS: seen by the offices taking part, sent only in the own office name',
  colleague_case_links:
    'a case of one office linked with its recorded legal ground or consent; RLS: seen by the offices taking part, written by the own office',
};

let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase());
});
afterAll(() => drop());

/** Runs `fn` as the schema owner in a transaction that is always rolled back. */
async function asOwnerRolledBack(fn: (tx: Kysely<Database>) => Promise<void>): Promise<void> {
  const rollback = new Error('rollback');
  const run = async (tx: Kysely<Database>) => {
    await fn(tx);
    throw rollback;
  };
  // On PGlite withOwner already runs in a transaction; on PostgreSQL it hands out a pool.
  const attempt = db.withOwner((owner) =>
    owner.isTransaction ? run(owner) : owner.transaction().execute(run),
  );
  await expect(attempt).rejects.toBe(rollback);
}

describe('row-level security in the catalogue', () => {
  it('binds every table with a tenant_id column to the tenant (RLS enabled, tenant policy)', async () => {
    const tables = await db.withOwner((owner) => catalogueTables(owner, true));
    expect(tables.length).toBeGreaterThan(20); // the query sees the schema at all
    const gaps = await db.withOwner((owner) => rlsGaps(owner));
    expect(
      gaps,
      `tables with tenant_id but without tenant-bound row-level security:\n${describeGaps(gaps)}`,
    ).toEqual([]);
  });

  it('reports a table with tenant_id but no RLS, and one with a policy not bound to the tenant', async () => {
    await asOwnerRolledBack(async (owner) => {
      await sql`CREATE TABLE rls_probe_open (tenant_id uuid NOT NULL, id uuid PRIMARY KEY)`.execute(owner);
      await sql`CREATE TABLE rls_probe_wide (tenant_id uuid NOT NULL, id uuid PRIMARY KEY)`.execute(owner);
      await sql`ALTER TABLE rls_probe_wide ENABLE ROW LEVEL SECURITY`.execute(owner);
      await sql`CREATE POLICY anyone ON rls_probe_wide USING (true)`.execute(owner);
      await sql`CREATE TABLE rls_probe_bound (tenant_id uuid NOT NULL, id uuid PRIMARY KEY)`.execute(owner);
      await sql`ALTER TABLE rls_probe_bound ENABLE ROW LEVEL SECURITY`.execute(owner);
      await sql`CREATE POLICY tenant_isolation ON rls_probe_bound
                  USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant())`.execute(owner);

      const gaps = await rlsGaps(owner);
      expect(gaps.map((g) => g.table)).toEqual(['rls_probe_open', 'rls_probe_wide']);
      expect(describeGaps(gaps)).toMatch(
        /^rls_probe_open: row-level security is not enabled; no permissive policy/,
      );
      expect(describeGaps(gaps)).toMatch(
        /rls_probe_wide: no permissive policy.*permissive policy anyone is not bound/,
      );
    });
    const left = await db.withOwner((owner) => catalogueTables(owner, true));
    expect(left.map((t) => t.table)).not.toContain('rls_probe_open');
  });

  it(`leaves global tables without tenant_id alone: ${Object.keys(GLOBAL_TABLES).join(', ')}`, async ({
    annotate,
  }) => {
    const global = await db.withOwner((owner) => catalogueTables(owner, false));
    for (const t of global) {
      const why = GLOBAL_TABLES[t.table] ?? 'NOT LISTED in GLOBAL_TABLES: add it if it is global by design';
      const policies = t.policies.map((p) => p.name).join(', ') || 'none';
      await annotate(`${t.table}: ${why} (RLS ${t.rowSecurity ? 'on' : 'off'}, policies: ${policies})`);
    }
    expect(global.map((t) => t.table)).toContain('tenants');
  });
});

describe('isTenantExpression', () => {
  it('accepts the tenant comparison as pg_get_expr deparses it, and nothing wider', () => {
    expect(isTenantExpression('(tenant_id = lotse_tenant())')).toBe(true);
    expect(isTenantExpression('(lotse_tenant() = tenant_id)')).toBe(true);
    expect(isTenantExpression('(tenant_id = public.lotse_tenant())')).toBe(true);
    expect(isTenantExpression(null)).toBe(false);
    expect(isTenantExpression('true')).toBe(false);
    expect(isTenantExpression('((tenant_id = lotse_tenant()) OR true)')).toBe(false);
    expect(isTenantExpression('(id = lotse_tenant())')).toBe(false);
  });
});
