import type { Db, Tx } from '../db/connection.js';
import { DEMO_PROVIDER_ID, seedDemoProviders } from '../demo/providers.js';
import type { OfficeFactory } from './factories.js';

export { DEMO_PROVIDER_ID } from '../demo/providers.js';

/**
 * The demo region's 34 providers (84 facilities) serving `office`, with `adminUserId` as provider
 * admin of the first (an SPFH provider). Another office gets the links only (the data is global).
 */
export async function seedRegionProviders(
  db: Db,
  office: OfficeFactory,
  adminUserId?: string,
): Promise<{ providerId: string }> {
  await db.withOwner((owner) => {
    const run = (tx: Tx) => seedDemoProviders(tx, new Date(), { tenantId: office.tenantId, adminUserId });
    return owner.isTransaction ? run(owner as Tx) : owner.transaction().execute(run);
  });
  return { providerId: DEMO_PROVIDER_ID };
}

/** Links another provider staff account of `office` to a provider (role "staff" unless told). */
export async function linkProviderStaff(
  office: OfficeFactory,
  userId: string,
  providerId: string,
  role: 'admin' | 'staff' = 'staff',
) {
  await office.owner((o) =>
    o
      .insertInto('provider_staff')
      .values({ tenant_id: office.tenantId, user_id: userId, provider_id: providerId, provider_role: role })
      .execute(),
  );
}
