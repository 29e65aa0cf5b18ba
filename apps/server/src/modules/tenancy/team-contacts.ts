import type { TAdminTeam, TTeamContact, TTeamContactEdit, TWeeklyHours } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import { HttpError } from '../../platform/errors.js';
import { parseWeeklyHours } from './office-hours.js';

/** Every team with the contact details and office hours families see. */
export async function listTeamContactsForAdmin(tx: Tx): Promise<TAdminTeam[]> {
  return (await allTeamsWithHours(tx)).map((t) => ({ ...t.contact, weeklyHours: t.weeklyHours }));
}

/** Overwrites a team's contact details; an unknown team is a 404. */
export async function updateTeamContact(tx: Tx, teamId: string, edit: TTeamContactEdit): Promise<TAdminTeam> {
  const blankToNull = (v: string | null) => (v?.trim() ? v.trim() : null);
  const updated = await tx
    .updateTable('teams')
    .set({
      phone: blankToNull(edit.phone),
      email: blankToNull(edit.email),
      address: blankToNull(edit.address),
      hours: blankToNull(edit.hours),
      weekly_hours: JSON.stringify(
        [...edit.weeklyHours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)),
      ),
    })
    .where('id', '=', teamId)
    .returning('id')
    .executeTakeFirst();
  if (!updated) throw new HttpError(404, 'not_found', 'Dieses Team gibt es nicht.');
  const team = await teamWithHours(tx, teamId);
  return { ...team.contact, weeklyHours: team.weeklyHours };
}

/** Teams with their social area, contact details and weekly hours (one query for one or all). */
function selectTeams(tx: Tx) {
  return tx
    .selectFrom('teams')
    .leftJoin('social_areas as sa', (j) =>
      j.onRef('sa.tenant_id', '=', 'teams.tenant_id').onRef('sa.id', '=', 'teams.social_area_id'),
    )
    .select([
      'teams.id',
      'teams.name',
      'sa.name as area',
      'teams.phone',
      'teams.email',
      'teams.address',
      'teams.hours',
      'teams.weekly_hours',
    ]);
}
type TeamRow = Awaited<ReturnType<ReturnType<typeof selectTeams>['execute']>>[number];

/** A team as families see it, with its weekly hours (for availability and the administration). */
export interface TeamWithHours {
  contact: TTeamContact;
  weeklyHours: TWeeklyHours;
}

function present(t: TeamRow): TeamWithHours {
  return {
    contact: {
      id: t.id,
      name: t.name,
      socialArea: t.area,
      phone: t.phone,
      email: t.email,
      address: t.address,
      hours: t.hours,
    },
    weeklyHours: parseWeeklyHours(t.weekly_hours),
  };
}

export async function teamWithHours(tx: Tx, teamId: string): Promise<TeamWithHours> {
  return present(await selectTeams(tx).where('teams.id', '=', teamId).executeTakeFirstOrThrow());
}

export async function allTeamsWithHours(tx: Tx): Promise<TeamWithHours[]> {
  return (await selectTeams(tx).orderBy('teams.name').execute()).map(present);
}

/** What a family may know about a team: how to reach it. */
export async function teamContact(tx: Tx, teamId: string): Promise<TTeamContact> {
  return (await teamWithHours(tx, teamId)).contact;
}

export async function allTeamContacts(tx: Tx): Promise<TTeamContact[]> {
  return (await allTeamsWithHours(tx)).map((t) => t.contact);
}
