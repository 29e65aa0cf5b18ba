import type { TMe } from '@lotse/shared';
import { allowedActionsOf, canInOffice, officeActions } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';

/** The signed-in user as the UI needs it: name, roles, teams, office, demo flag, office-wide actions. */
export async function describeMe({ tx, actor }: ActorScope, demo: boolean): Promise<TMe> {
  const teams = await tx
    .selectFrom('team_memberships as m')
    .innerJoin('teams as t', (j) =>
      j.onRef('t.tenant_id', '=', 'm.tenant_id').onRef('t.id', '=', 'm.team_id'),
    )
    .select(['t.id', 't.name', 'm.lead'])
    .where('m.user_id', '=', actor.userId)
    .orderBy('t.name')
    .execute();
  const office = await tx.selectFrom('tenants').select(['id', 'name']).executeTakeFirstOrThrow();
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    roles: actor.roles,
    teams: teams.map((t) => ({ id: t.id, name: t.name, lead: t.lead })),
    office,
    mfaEnabled: actor.mfaEnabled,
    demo,
    allowedActions: allowedActionsOf(canInOffice, officeActions, actor, { tenantId: actor.tenantId }),
  };
}
