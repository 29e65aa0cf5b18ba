import type { TDirectoryAction } from '@lotse/shared';
import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type Actor, hasRole } from '../../platform/actor.js';
import type { Policy } from '../../platform/policy.js';

/** What the directory policy needs to know about a staff member: their office and their teams. */
export interface StaffMemberFacts {
  tenantId: string;
  userId: string;
  /** Teams the staff member belongs to (as member or lead). */
  teamIds: string[];
}

/**
 * The staff directory policy: a name is shown only to whom their work needs it.
 * - everyone sees themselves;
 * - caseworkers see the colleagues of the teams they belong to, team leads those of the teams they
 *   lead (disclosing an entrusted entry to a colleague; case assignment and the inbox take their
 *   candidates from the team itself);
 * - the data protection officer sees the whole office (the audit trail is filtered by any actor);
 * - admins, planners and provider staff see no one else through the directory: their work in the
 *   app needs no colleague's name, and a provider's staff must never see the office's staff. (The
 *   data model has no provider organisation yet; when it gets one, its own staff belong here.)
 */
export const canOnStaffMember: Policy<TDirectoryAction, StaffMemberFacts> = (actor, action, member) => {
  if (actor.tenantId !== member.tenantId) return false;
  switch (action) {
    case 'see':
      if (member.userId === actor.userId || hasRole(actor, 'dpo')) return true;
      return member.teamIds.some((teamId) => colleagueTeamIds(actor).includes(teamId));
  }
};

/** The teams whose members the actor sees as colleagues. */
function colleagueTeamIds(actor: Actor): string[] {
  const ids = new Set<string>();
  if (hasRole(actor, 'caseworker')) for (const id of actor.memberTeamIds) ids.add(id);
  if (hasRole(actor, 'team_lead')) for (const id of actor.leadTeamIds) ids.add(id);
  return [...ids];
}

/** The same rule in SQL, for `directory_users` (kept identical by `policy-sql.test.ts`). */
export function visibleStaffCondition(actor: Actor) {
  return (eb: ExpressionBuilder<Database, 'directory_users'>) => {
    const inOffice = eb('directory_users.tenant_id', '=', actor.tenantId);
    if (hasRole(actor, 'dpo')) return inOffice;
    const ors = [eb('directory_users.id', '=', actor.userId)];
    const teamIds = colleagueTeamIds(actor);
    if (teamIds.length > 0) {
      ors.push(
        eb.exists(
          eb
            .selectFrom('team_memberships as m')
            .select(sql.lit(1).as('one'))
            .whereRef('m.tenant_id', '=', 'directory_users.tenant_id')
            .whereRef('m.user_id', '=', 'directory_users.id')
            .where('m.team_id', 'in', teamIds),
        ),
      );
    }
    return eb.and([inOffice, eb.or(ors)]);
  };
}
