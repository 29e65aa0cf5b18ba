import { badRequest } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';

/**
 * Checks that every id is an active staff member of the office who works on cases (caseworker or
 * team lead); the office's directory only shows its own users. 400 naming the field otherwise.
 */
export async function requireStaff(scope: ActorScope, ids: string[], field: string): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const rows = await scope.tx
    .selectFrom('directory_users')
    .select(['id', 'roles', 'disabled'])
    .where('id', 'in', wanted)
    .execute();
  const staff = new Set(
    rows
      .filter((r) => !r.disabled && (r.roles.includes('caseworker') || r.roles.includes('team_lead')))
      .map((r) => r.id),
  );
  if (wanted.some((id) => !staff.has(id)))
    throw badRequest('Beteiligt sein können nur aktive Fachkräfte und Teamleitungen dieses Amts.', {
      [field]: 'Keine Fachkraft dieses Amts',
    });
}
