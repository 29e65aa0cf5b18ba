import type { Tx } from '../../db/connection.js';

export interface MembershipChange {
  /** Names of the teams the account joined and left; names the office has no team for. */
  joined: string[];
  left: string[];
  unknown: string[];
}

/**
 * Makes the account a member of exactly the named teams (names as the identity provider sends them,
 * compared without case), keeping the teams it leads: leading a team is decided in Lotse. Names of
 * teams the office does not have are reported, not created.
 */
export async function setMembershipsByTeamName(
  tx: Tx,
  tenantId: string,
  userId: string,
  teamNames: readonly string[],
): Promise<MembershipChange> {
  const teams = await tx.selectFrom('teams').select(['id', 'name']).execute();
  const wanted = new Set(teamNames.map((n) => n.toLocaleLowerCase('de')));
  const named = teams.filter((t) => wanted.has(t.name.toLocaleLowerCase('de')));
  const known = new Set(named.map((t) => t.name.toLocaleLowerCase('de')));
  const current = await tx
    .selectFrom('team_memberships')
    .select(['team_id', 'lead'])
    .where('user_id', '=', userId)
    .execute();
  const currentIds = new Set(current.map((m) => m.team_id));
  const namedIds = new Set(named.map((t) => t.id));
  const join = named.filter((t) => !currentIds.has(t.id));
  const leave = current.filter((m) => !m.lead && !namedIds.has(m.team_id)).map((m) => m.team_id);
  if (join.length > 0) {
    await tx
      .insertInto('team_memberships')
      .values(join.map((t) => ({ tenant_id: tenantId, team_id: t.id, user_id: userId })))
      .execute();
  }
  if (leave.length > 0) {
    await tx
      .deleteFrom('team_memberships')
      .where('user_id', '=', userId)
      .where('team_id', 'in', leave)
      .execute();
  }
  const nameOf = new Map(teams.map((t) => [t.id, t.name]));
  return {
    joined: join.map((t) => t.name),
    left: leave.map((id) => nameOf.get(id) ?? id),
    unknown: [...new Set(teamNames.filter((n) => !known.has(n.toLocaleLowerCase('de'))))],
  };
}
