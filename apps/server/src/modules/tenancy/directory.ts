import type { TRole, TSocialArea, TTeam } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import { type Actor, hasRole } from '../../platform/actor.js';

const MEMBER_READERS: readonly TRole[] = ['caseworker', 'team_lead', 'dpo', 'admin'];

/**
 * The office's teams. Their members' names go only to staff who do the office's casework or run it
 * (caseworkers, team leads, the data protection officer, admins): planners and provider staff see
 * the teams, never who is in them (see `canOnStaffMember` for the directory itself).
 */
export async function listTeams(tx: Tx, actor: Actor): Promise<TTeam[]> {
  const seesMembers = MEMBER_READERS.some((role) => hasRole(actor, role));
  const teams = await tx
    .selectFrom('teams')
    .leftJoin('social_areas', (j) =>
      j
        .onRef('social_areas.tenant_id', '=', 'teams.tenant_id')
        .onRef('social_areas.id', '=', 'teams.social_area_id'),
    )
    .select([
      'teams.id',
      'teams.name',
      'teams.kind',
      'social_areas.id as area_id',
      'social_areas.name as area_name',
    ])
    .orderBy('teams.name')
    .execute();
  const members = await tx
    .selectFrom('team_memberships')
    .innerJoin('directory_users as users', (j) =>
      j
        .onRef('users.tenant_id', '=', 'team_memberships.tenant_id')
        .onRef('users.id', '=', 'team_memberships.user_id'),
    )
    .select(['team_memberships.team_id', 'users.id', 'users.display_name', 'team_memberships.lead'])
    .where('users.disabled', '=', false)
    .orderBy('users.display_name')
    .execute();
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    kind: t.kind,
    socialArea: t.area_id && t.area_name ? { id: t.area_id, name: t.area_name } : null,
    members: members
      .filter((m) => seesMembers && m.team_id === t.id)
      .map((m) => ({ id: m.id, displayName: m.display_name, lead: m.lead })),
  }));
}

export async function listSocialAreas(tx: Tx): Promise<TSocialArea[]> {
  const rows = await tx
    .selectFrom('social_areas')
    .select(['id', 'name', 'code', 'postcodes'])
    .orderBy('name')
    .execute();
  return rows.map((a) => ({ id: a.id, name: a.name, code: a.code, postcodes: a.postcodes }));
}

/** Whether a user belongs to a team (as member or lead). */
export async function isTeamMember(tx: Tx, teamId: string, userId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('team_memberships')
    .select('user_id')
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The members of a team (as member or lead) and whether they lead it. */
export async function teamMembers(tx: Tx, teamId: string): Promise<{ userId: string; lead: boolean }[]> {
  const rows = await tx
    .selectFrom('team_memberships')
    .select(['user_id', 'lead'])
    .where('team_id', '=', teamId)
    .execute();
  return rows.map((r) => ({ userId: r.user_id, lead: r.lead }));
}

/** The teams a staff member belongs to, and whether they lead them (by team name). */
export async function teamsOfUser(
  tx: Tx,
  userId: string,
): Promise<{ id: string; name: string; lead: boolean }[]> {
  return tx
    .selectFrom('team_memberships as m')
    .innerJoin('teams as t', (j) =>
      j.onRef('t.tenant_id', '=', 'm.tenant_id').onRef('t.id', '=', 'm.team_id'),
    )
    .select(['t.id', 't.name', 'm.lead'])
    .where('m.user_id', '=', userId)
    .orderBy('t.name')
    .execute();
}

/** The teams of several staff members at once (by user id; a user without a team is missing). */
export async function teamsOfUsers(
  tx: Tx,
  userIds: readonly string[],
): Promise<Map<string, { id: string; name: string; lead: boolean }[]>> {
  const byUser = new Map<string, { id: string; name: string; lead: boolean }[]>();
  if (userIds.length === 0) return byUser;
  const rows = await tx
    .selectFrom('team_memberships as m')
    .innerJoin('teams as t', (j) =>
      j.onRef('t.tenant_id', '=', 'm.tenant_id').onRef('t.id', '=', 'm.team_id'),
    )
    .select(['m.user_id', 't.id', 't.name', 'm.lead'])
    .where('m.user_id', 'in', [...new Set(userIds)])
    .orderBy('t.name')
    .execute();
  for (const r of rows) {
    const list = byUser.get(r.user_id) ?? [];
    list.push({ id: r.id, name: r.name, lead: r.lead });
    byUser.set(r.user_id, list);
  }
  return byUser;
}

/** The office of the current transaction (id and name). */
export async function currentOffice(tx: Tx): Promise<{ id: string; name: string }> {
  return tx.selectFrom('tenants').select(['id', 'name']).executeTakeFirstOrThrow();
}
