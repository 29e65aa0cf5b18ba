import type { TMe } from '@lotse/shared';
import { withTenant } from '../../db/connection.js';
import type { Actor } from '../../platform/actor.js';
import type { AppContext } from '../../platform/context.js';

/** The signed-in user as the UI needs it: name, roles, teams, office, demo flag. */
export async function describeMe(ctx: AppContext, actor: Actor): Promise<TMe> {
  return withTenant(ctx.db, actor.tenantId, async (tx) => {
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
      demo: ctx.config.demo,
    };
  });
}
