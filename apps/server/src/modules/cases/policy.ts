import type { TCaseAccessReason, TCaseAction, TCaseStatus } from '@lotse/shared';
import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../platform/actor.js';
import { hasRole } from '../../platform/actor.js';

/** What the case policy needs to know about a case. */
export interface CaseFacts {
  tenantId: string;
  teamId: string;
  caseworkerId: string | null;
  deputyIds: string[];
  status: TCaseStatus;
}

/** Why the actor may see the case (ARCHITECTURE §4: access needs a reason), or null. */
export type AccessReason = TCaseAccessReason;

/** What the rule needs to know about a person: the signed-in actor, or a colleague who might work on the case. */
export type CaseSubject = Pick<Actor, 'tenantId' | 'userId' | 'roles' | 'memberTeamIds' | 'leadTeamIds'>;

export function accessReason(actor: CaseSubject, c: CaseFacts): AccessReason | null {
  if (actor.tenantId !== c.tenantId) return null;
  if (hasRole(actor, 'team_lead') && actor.leadTeamIds.includes(c.teamId)) return 'lead';
  if (!hasRole(actor, 'caseworker')) return null;
  if (c.caseworkerId === actor.userId) return 'assigned';
  if (c.deputyIds.includes(actor.userId)) return 'deputy';
  if (actor.memberTeamIds.includes(c.teamId)) return 'team';
  return null;
}

/** The case policy: may `actor` do `action` on case `c`? Everything not allowed reads as "not found". */
export function can(actor: Actor, action: TCaseAction, c: CaseFacts): boolean {
  const reason = accessReason(actor, c);
  if (!reason) return false;
  const closed = c.status === 'closed';
  switch (action) {
    case 'read':
      return true;
    case 'update':
    case 'add_entry':
    case 'add_document':
    case 'manage_persons':
    case 'manage_tasks':
      return !closed;
    case 'change_status':
      // A closed case is reopened only by its caseworker or the team lead.
      return !closed || reason === 'assigned' || reason === 'lead';
    case 'assign':
      return reason === 'lead';
  }
}

const allActions: TCaseAction[] = [
  'read',
  'update',
  'change_status',
  'assign',
  'add_entry',
  'add_document',
  'manage_persons',
  'manage_tasks',
];

/** The actions the UI may offer for this case (sent with every case record). */
export function allowedCaseActions(actor: Actor, c: CaseFacts): TCaseAction[] {
  return allActions.filter((a) => can(actor, a, c));
}

/**
 * The same rule as `accessReason` as a SQL condition, for lists. A property test keeps both in step.
 */
export function visibleCasesCondition(actor: Actor) {
  return (eb: ExpressionBuilder<Database, 'cases'>) => {
    const ors = [];
    if (hasRole(actor, 'team_lead') && actor.leadTeamIds.length > 0) {
      ors.push(eb('cases.team_id', 'in', actor.leadTeamIds));
    }
    if (hasRole(actor, 'caseworker')) {
      ors.push(eb('cases.caseworker_id', '=', actor.userId));
      if (actor.memberTeamIds.length > 0) ors.push(eb('cases.team_id', 'in', actor.memberTeamIds));
      ors.push(
        eb.exists(
          eb
            .selectFrom('case_deputies as d')
            .select(sql.lit(1).as('one'))
            .whereRef('d.tenant_id', '=', 'cases.tenant_id')
            .whereRef('d.case_id', '=', 'cases.id')
            .where('d.user_id', '=', actor.userId),
        ),
      );
    }
    if (ors.length === 0) return eb.val(false);
    return eb.and([eb('cases.tenant_id', '=', actor.tenantId), eb.or(ors)]);
  };
}

/**
 * The same rule as a list of simple conditions whose union is the visible set. Lists query each
 * branch on its own index (team, caseworker, deputy) instead of one OR that scans the office.
 */
export function visibleCaseBranches(actor: Actor) {
  type Branch = (
    eb: ExpressionBuilder<Database, 'cases'>,
  ) => ReturnType<ExpressionBuilder<Database, 'cases'>['and']>;
  const branches: Branch[] = [];
  const inTenant = (eb: ExpressionBuilder<Database, 'cases'>) => eb('cases.tenant_id', '=', actor.tenantId);
  if (hasRole(actor, 'team_lead') && actor.leadTeamIds.length > 0) {
    branches.push((eb) => eb.and([inTenant(eb), eb('cases.team_id', 'in', actor.leadTeamIds)]));
  }
  if (hasRole(actor, 'caseworker')) {
    if (actor.memberTeamIds.length > 0) {
      branches.push((eb) => eb.and([inTenant(eb), eb('cases.team_id', 'in', actor.memberTeamIds)]));
    }
    branches.push((eb) => eb.and([inTenant(eb), eb('cases.caseworker_id', '=', actor.userId)]));
    branches.push((eb) =>
      eb.and([
        inTenant(eb),
        eb(
          'cases.id',
          'in',
          eb
            .selectFrom('case_deputies as d')
            .select('d.case_id')
            .where('d.tenant_id', '=', actor.tenantId)
            .where('d.user_id', '=', actor.userId),
        ),
      ]),
    );
  }
  return branches;
}

/** Entries entrusted under § 65 are visible to the person entrusted and to those a disclosure names. */
export function canSeeEntry(
  actor: Actor,
  entry: { entrustedTo: string | null; disclosedToUserIds: string[]; disclosedToTeamIds: string[] },
): boolean {
  if (!entry.entrustedTo) return true;
  if (entry.entrustedTo === actor.userId) return true;
  if (entry.disclosedToUserIds.includes(actor.userId)) return true;
  return entry.disclosedToTeamIds.some((t) => actor.memberTeamIds.includes(t));
}
