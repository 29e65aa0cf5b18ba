import type { THint } from '@lotse/shared';
import type { ActorScope } from '../../platform/scope.js';
import { caseDetail } from '../cases/index.js';
import { feedbackDropsOfCase } from '../feedback/index.js';
import { latestHelpPlanVersions } from '../helpplan/index.js';
import { protectionFacts } from '../protection/index.js';
import { officeToday } from '../tenancy/index.js';
import { type CaseFacts, hintsFor } from './rules.js';
import { standingDismissals } from './standing-dismissals.js';

/** What the rules look at for one case the actor may read (404 otherwise). Unaudited. */
export async function caseFacts(scope: ActorScope, caseId: string): Promise<CaseFacts> {
  const detail = await caseDetail(scope, caseId);
  const plans = await latestHelpPlanVersions(scope, caseId);
  const procedures = (await protectionFacts(scope.tx, scope.tenantId, [caseId])).get(caseId) ?? [];
  return {
    case: detail,
    plans: plans.map((p) => p.version),
    protection: procedures.map((p) => ({
      status: p.status,
      result: p.result,
      followUpOn: p.followUpOn,
      // Nothing rated at all: not assessed yet, so no hint about protective factors either.
      protectiveFactorsRated:
        p.riskFactorsRated + p.protectiveFactorsRated === 0 ? null : p.protectiveFactorsRated,
    })),
    feedbackDrops: await feedbackDropsOfCase(scope, caseId),
    today: officeToday(),
  };
}

/** The case's hints with their standing dismissals. Unaudited: for the audited reads and writes. */
export async function hintsOfCase(scope: ActorScope, caseId: string): Promise<THint[]> {
  const hints = hintsFor(await caseFacts(scope, caseId));
  const dismissed = await standingDismissals(scope, caseId);
  return hints.map((h) => ({ ...h, dismissal: dismissed.get(h.rule) ?? null }));
}

/** The blind-spot hints on a case the actor may read (404 otherwise); audited as a read of the case. */
export async function listHints(scope: ActorScope, caseId: string): Promise<THint[]> {
  const hints = await hintsOfCase(scope, caseId);
  await scope.audit({
    action: 'hint.list',
    resourceType: 'case',
    resourceId: caseId,
    caseId,
    details: { rules: hints.map((h) => h.rule) },
  });
  return hints;
}
