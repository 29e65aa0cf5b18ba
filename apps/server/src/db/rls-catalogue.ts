import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

/**
 * Row-level security as the catalogue sees it. Every table in the public schema with a `tenant_id`
 * column must be bound to the tenant of the transaction, the way the migrations write it:
 *
 *   ALTER TABLE t ENABLE ROW LEVEL SECURITY;
 *   CREATE POLICY tenant_isolation ON t USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant());
 *
 * The migrations do not use FORCE ROW LEVEL SECURITY (the schema owner bypasses RLS on purpose:
 * migrations, audit verification, the SECURITY DEFINER lookups), so FORCE is only checked on request.
 */

/** A policy as the catalogue shows it; `using` and `check` are deparsed by pg_get_expr. */
export interface CataloguePolicy {
  name: string;
  /** polcmd: '*' for ALL, 'r' SELECT, 'a' INSERT, 'w' UPDATE, 'd' DELETE. */
  command: string;
  permissive: boolean;
  using: string | null;
  check: string | null;
}

export interface CatalogueTable {
  table: string;
  rowSecurity: boolean;
  forceRowSecurity: boolean;
  policies: CataloguePolicy[];
}

/** A tenant table whose row-level security is missing or does not bind rows to the tenant. */
export interface RlsGap {
  table: string;
  problems: string[];
}

export interface RlsCheckOptions {
  /** Also require FORCE ROW LEVEL SECURITY (off: the migrations do not use it today). */
  requireForce?: boolean;
}

/** Public tables (and partitioned tables) with or without a `tenant_id` column, with their policies. */
export async function catalogueTables(
  owner: Kysely<Database>,
  withTenantId: boolean,
): Promise<CatalogueTable[]> {
  const result = await sql<CatalogueTable>`
    SELECT c.relname AS "table",
           c.relrowsecurity AS "rowSecurity",
           c.relforcerowsecurity AS "forceRowSecurity",
           COALESCE(
             (SELECT json_agg(json_build_object(
                       'name', p.polname,
                       'command', p.polcmd::text,
                       'permissive', p.polpermissive,
                       'using', pg_get_expr(p.polqual, p.polrelid),
                       'check', pg_get_expr(p.polwithcheck, p.polrelid))
                     ORDER BY p.polname)
                FROM pg_policy p WHERE p.polrelid = c.oid),
             '[]'::json) AS "policies"
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public'
       AND c.relkind IN ('r', 'p')
       AND EXISTS (SELECT 1 FROM pg_attribute a
                    WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'
                      AND a.attnum > 0 AND NOT a.attisdropped) = ${withTenantId}
     ORDER BY c.relname`.execute(owner);
  return result.rows.map((row) => ({
    ...row,
    policies: typeof row.policies === 'string' ? JSON.parse(row.policies) : row.policies,
  }));
}

/**
 * Whether a deparsed policy expression compares tenant_id with the tenant of the transaction,
 * e.g. `(tenant_id = lotse_tenant())` (either side, optionally schema-qualified).
 */
export function isTenantExpression(expression: string | null): boolean {
  if (expression === null) return false;
  let e = expression.replace(/\s+/g, '').toLowerCase();
  while (e.startsWith('(') && e.endsWith(')')) e = e.slice(1, -1);
  return /^(tenant_id=(public\.)?lotse_tenant\(\)|(public\.)?lotse_tenant\(\)=tenant_id)$/.test(e);
}

/** What is wrong with one tenant table's row-level security; empty when nothing is. */
export function tableProblems(table: CatalogueTable, options: RlsCheckOptions = {}): string[] {
  const problems: string[] = [];
  if (!table.rowSecurity) problems.push('row-level security is not enabled');
  if (options.requireForce && !table.forceRowSecurity) {
    problems.push('row-level security is not forced');
  }
  const tenantPolicy = table.policies.some(
    (p) => p.command === '*' && p.permissive && isTenantExpression(p.using) && isTenantExpression(p.check),
  );
  if (!tenantPolicy) {
    problems.push(
      'no permissive policy FOR ALL with USING (tenant_id = lotse_tenant()) WITH CHECK (tenant_id = lotse_tenant())',
    );
  }
  // Permissive policies are ORed: one that does not bind rows to the tenant opens the table.
  for (const p of table.policies) {
    if (p.permissive && !(isTenantExpression(p.using) && (p.check === null || isTenantExpression(p.check)))) {
      problems.push(
        `permissive policy ${p.name} is not bound to the tenant (USING ${p.using}, CHECK ${p.check})`,
      );
    }
  }
  return problems;
}

/** Every public table with a `tenant_id` column whose row-level security is missing or too weak. */
export async function rlsGaps(owner: Kysely<Database>, options: RlsCheckOptions = {}): Promise<RlsGap[]> {
  const tables = await catalogueTables(owner, true);
  return tables
    .map((table) => ({ table: table.table, problems: tableProblems(table, options) }))
    .filter((gap) => gap.problems.length > 0);
}

/** A readable list of gaps for a failure message, one table a line. */
export function describeGaps(gaps: RlsGap[]): string {
  return gaps.map((g) => `${g.table}: ${g.problems.join('; ')}`).join('\n');
}
