import type { TTeamOverview } from '@lotse/shared';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import { openCasesOfTeams } from '../cases/index.js';
import { unclaimedRequests } from '../requests/index.js';
import { officeToday } from '../tenancy/index.js';
import { plansAndProcedures } from './facts.js';

/**
 * One page per team the actor leads: overdue reviews, § 8a deadlines (first contact, second
 * sign-off, follow-up) and unassigned work (cases without a caseworker, requests nobody took).
 * References and dates only, no names of families. 403 for someone who leads no team.
 */
export async function teamOverview(scope: ActorScope): Promise<TTeamOverview[]> {
  const { tx, actor, tenantId } = scope;
  requireOfficeAction(actor, 'lead_team');
  const teams = await tx
    .selectFrom('directory_teams')
    .select(['id', 'name'])
    .where('id', 'in', actor.leadTeamIds)
    .orderBy('name')
    .execute();
  const cases = await openCasesOfTeams(tx, actor.leadTeamIds);
  const byId = new Map(cases.map((c) => [c.caseId, c]));
  const { plans, procedures } = await plansAndProcedures(
    tx,
    tenantId,
    cases.map((c) => c.caseId),
  );
  const requests = await unclaimedRequests(tx, actor.leadTeamIds);
  const today = officeToday();
  const now = new Date();
  const line = (caseId: string) => {
    const c = byId.get(caseId);
    return { caseId, reference: c?.reference ?? '', caseworker: c?.caseworker ?? null };
  };
  const overview = teams.map((team): TTeamOverview => {
    const inTeam = (caseId: string) => byId.get(caseId)?.teamId === team.id;
    const deadlines: TTeamOverview['protectionDeadlines'] = [];
    for (const [caseId, list] of procedures) {
      if (!inTeam(caseId)) continue;
      for (const p of list) {
        if (p.status !== 'closed' && p.firstContactAt === null)
          deadlines.push({
            ...line(caseId),
            procedureId: p.procedureId,
            kind: 'first_contact',
            dueAt: p.firstContactDueAt,
            overdue: new Date(p.firstContactDueAt) < now,
          });
        if (p.status === 'awaiting_sign_off')
          deadlines.push({
            ...line(caseId),
            procedureId: p.procedureId,
            kind: 'sign_off',
            dueAt: null,
            overdue: false,
          });
        if (p.followUpOn !== null)
          deadlines.push({
            ...line(caseId),
            procedureId: p.procedureId,
            kind: 'follow_up',
            dueAt: p.followUpOn,
            overdue: p.followUpOn < today,
          });
      }
    }
    return {
      team,
      overdueReviews: plans
        .filter((p) => inTeam(p.caseId) && p.status === 'final' && p.reviewOn !== null && p.reviewOn < today)
        .map((p) => ({ ...line(p.caseId), helpPlanId: p.planId, reviewOn: p.reviewOn ?? '' }))
        .sort((a, b) => a.reviewOn.localeCompare(b.reviewOn)),
      protectionDeadlines: deadlines.sort(
        (a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueAt ?? '').localeCompare(b.dueAt ?? ''),
      ),
      unassignedCases: cases
        .filter((c) => c.teamId === team.id && c.caseworker === null)
        .map((c) => ({ ...line(c.caseId), status: c.status, openedAt: c.openedAt })),
      unclaimedRequests: requests
        .filter((r) => r.teamId === team.id)
        .map(({ requestId, createdAt, urgent, topic }) => ({ requestId, createdAt, urgent, topic })),
    };
  });
  await scope.audit({
    action: 'workflow.team_overview',
    resourceType: 'case',
    details: { teams: actor.leadTeamIds, cases: cases.map((c) => c.caseId) },
  });
  return overview;
}
