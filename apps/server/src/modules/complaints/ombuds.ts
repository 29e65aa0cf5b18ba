import type { TOmbudsOffice } from '@lotse/shared';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope, Scope } from '../../platform/scope.js';

/** The region's independent ombuds office as the admin entered it, or null while none is entered. */
export async function ombudsOffice(scope: Scope): Promise<TOmbudsOffice | null> {
  const row = await scope.tx
    .selectFrom('ombuds_offices')
    .select(['name', 'phone', 'email', 'website', 'address', 'hours'])
    .executeTakeFirst();
  return row ?? null;
}

/** The admin enters or changes the ombuds office shown to families. */
export async function saveOmbudsOffice(scope: ActorScope, input: TOmbudsOffice): Promise<TOmbudsOffice> {
  requireOfficeAction(scope.actor, 'administer');
  const values = { ...input, updated_by: scope.actor.userId, updated_at: new Date() };
  await scope.tx
    .insertInto('ombuds_offices')
    .values({ tenant_id: scope.tenantId, ...values })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
    .execute();
  await scope.audit({ action: 'ombuds.update', resourceType: 'settings', resourceId: 'ombuds_office' });
  return input;
}
