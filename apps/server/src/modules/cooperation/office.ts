import type { Scope } from '../../platform/scope.js';

/** The office's name as other offices see it on publications, directory entries and packages. */
export async function officeName(scope: Scope): Promise<string> {
  const row = await scope.tx
    .selectFrom('tenants')
    .select('name')
    .where('id', '=', scope.tenantId)
    .executeTakeFirstOrThrow();
  return row.name;
}
