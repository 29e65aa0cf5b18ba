import type { TCaseAssignee, TRole } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import { HttpError } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { teamMembers } from '../tenancy/index.js';
import { authorizeCase } from './authorize.js';
import { accessReason, type CaseFacts } from './policy.js';

/**
 * The people who may work on a case by the case policy (its caseworker, deputies, the caseworkers of
 * its team, the team lead), each with the reason; active accounts only, by name.
 */
export async function caseWorkers(tx: Tx, facts: CaseFacts): Promise<TCaseAssignee[]> {
  const members = new Map((await teamMembers(tx, facts.teamId)).map((m) => [m.userId, m.lead]));
  const candidates = new Set([...members.keys(), ...facts.deputyIds]);
  if (facts.caseworkerId) candidates.add(facts.caseworkerId);
  if (candidates.size === 0) return [];
  const users = await tx
    .selectFrom('directory_users')
    .select(['id', 'display_name', 'roles'])
    .where('id', 'in', [...candidates])
    .where('disabled', '=', false)
    .orderBy('display_name')
    .orderBy('id')
    .execute();
  return users.flatMap((u) => {
    // The colleague as the policy would see them on this case: only this case's team matters.
    const lead = members.get(u.id);
    const reason = accessReason(
      {
        tenantId: facts.tenantId,
        userId: u.id,
        roles: u.roles as TRole[],
        memberTeamIds: lead === undefined ? [] : [facts.teamId],
        leadTeamIds: lead ? [facts.teamId] : [],
      },
      facts,
    );
    return reason ? [{ id: u.id, displayName: u.display_name, reason }] : [];
  });
}

/**
 * Lists who may be given the case's tasks. Staff names and their relation to the case, no family
 * data: not audited as a read (a case the actor may not see is refused and audited as usual).
 */
export async function listCaseAssignees({ tx, actor }: ActorScope, caseId: string): Promise<TCaseAssignee[]> {
  const facts = await authorizeCase(tx, actor, caseId, 'read');
  return caseWorkers(tx, facts);
}

/** Throws a 400 unless `userId` may work on the case (before anything is written). */
export async function requireCaseWorker(tx: Tx, facts: CaseFacts, userId: string): Promise<void> {
  const workers = await caseWorkers(tx, facts);
  if (!workers.some((w) => w.id === userId)) {
    throw new HttpError(
      400,
      'bad_request',
      'Diese Person darf an diesem Fall nicht arbeiten. Aufgaben bekommen nur die zuständige Fachkraft, ihre Vertretungen, die Fachkräfte des Teams und die Teamleitung.',
      { assigneeId: 'Darf an diesem Fall nicht arbeiten' },
    );
  }
}
