import type { TAdminTeam, TTeamContactEdit } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import { HttpError } from '../../platform/errors.js';
import { teamContact } from '../intake/routing.js';
import { parseWeeklyHours } from './office-hours.js';

/** Every team with the contact details and office hours families see. */
export async function listTeamContactsForAdmin(tx: Tx): Promise<TAdminTeam[]> {
  const rows = await tx.selectFrom('teams').select(['id', 'weekly_hours']).orderBy('name').execute();
  return Promise.all(
    rows.map(async (r) => ({
      ...(await teamContact(tx, r.id)),
      weeklyHours: parseWeeklyHours(r.weekly_hours),
    })),
  );
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
    .returning(['id', 'weekly_hours'])
    .executeTakeFirst();
  if (!updated) throw new HttpError(404, 'not_found', 'Dieses Team gibt es nicht.');
  return { ...(await teamContact(tx, teamId)), weeklyHours: parseWeeklyHours(updated.weekly_hours) };
}
