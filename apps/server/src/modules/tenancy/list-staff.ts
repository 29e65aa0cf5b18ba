import type { TRole, TStaffMember } from '@lotse/shared';
import type { ActorScope } from '../../platform/scope.js';
import { visibleStaffCondition } from './policy.js';

/**
 * The staff directory as the actor's work needs it (`canOnStaffMember`): active accounts, by name.
 * Names and roles of staff, no family data: not audited as a read.
 */
export async function listVisibleStaff({ tx, actor }: ActorScope): Promise<TStaffMember[]> {
  const rows = await tx
    .selectFrom('directory_users')
    .select(['id', 'display_name', 'roles'])
    .where('disabled', '=', false)
    .where(visibleStaffCondition(actor))
    .orderBy('display_name')
    .orderBy('id')
    .execute();
  return rows.map((u) => ({ id: u.id, displayName: u.display_name, roles: u.roles as TRole[] }));
}
