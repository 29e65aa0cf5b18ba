import type { TCaseProcess } from '@lotse/shared';
import type { ActorScope } from '../../platform/scope.js';
import { caseDetail } from '../cases/index.js';
import { officeToday } from '../tenancy/index.js';
import { plansAndProcedures } from './facts.js';
import { processMap } from './process-map.js';

/** The process map of a case the actor may read (404 otherwise): derived from its data, audited. */
export async function caseProcess(scope: ActorScope, caseId: string): Promise<TCaseProcess> {
  const detail = await caseDetail(scope, caseId);
  const { plansOf, proceduresOf } = await plansAndProcedures(scope.tx, scope.tenantId, [caseId]);
  const map = processMap({
    caseId,
    status: detail.status,
    caseworker: detail.caseworker,
    plans: plansOf(caseId),
    procedures: proceduresOf(caseId),
    openTaskDueDates: detail.tasks.filter((t) => t.doneAt === null).map((t) => t.dueOn),
    today: officeToday(),
    now: new Date(),
  });
  await scope.audit({
    action: 'workflow.case_process',
    resourceType: 'case',
    resourceId: caseId,
    caseId,
    details: { current: map.current },
  });
  return map;
}
