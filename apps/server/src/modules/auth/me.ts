import type { TMe } from '@lotse/shared';
import { allowedActionsOf, canInOffice, officeActions } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import { currentOffice, teamsOfUser } from '../tenancy/index.js';

/** The signed-in user as the UI needs it: name, roles, teams, office, demo flag, office-wide actions. */
export async function describeMe({ tx, actor }: ActorScope, demo: boolean): Promise<TMe> {
  const teams = await teamsOfUser(tx, actor.userId);
  const office = await currentOffice(tx);
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
