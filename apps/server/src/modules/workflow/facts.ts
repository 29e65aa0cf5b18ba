import type { Tx } from '../../db/connection.js';
import { latestPlanDates } from '../helpplan/index.js';
import { type ProtectionFact, protectionFacts } from '../protection/index.js';
import type { PlanFacts, ProcedureFacts } from './process-map.js';

/** Each case's help plans (newest version, dates only) and § 8a procedures, for the process views. */
export async function plansAndProcedures(tx: Tx, tenantId: string, caseIds: string[]) {
  const [plans, procedures] = await Promise.all([
    latestPlanDates(tx, caseIds),
    protectionFacts(tx, tenantId, caseIds),
  ]);
  const plansOf = (caseId: string): PlanFacts[] => plans.filter((p) => p.caseId === caseId);
  const proceduresOf = (caseId: string): ProcedureFacts[] => (procedures.get(caseId) ?? []).map(asProcedure);
  return { plans, procedures, plansOf, proceduresOf };
}

const asProcedure = (p: ProtectionFact): ProcedureFacts => ({
  procedureId: p.procedureId,
  status: p.status,
  firstContactDueAt: p.firstContactDueAt,
  firstContactAt: p.firstContactAt,
  followUpOn: p.followUpOn,
  proposedBy: null,
  openTaskDueDates: p.openTaskDueDates,
});
