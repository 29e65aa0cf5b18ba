import type { THint } from '@lotse/shared';
import type { ActorScope } from '../../platform/scope.js';
import { caseDetail } from '../cases/index.js';
import { latestHelpPlanVersions } from '../helpplan/index.js';
import { OFFICE_TIME_ZONE } from '../tenancy/index.js';
import { hintsFor } from './rules.js';

const officeDate = new Intl.DateTimeFormat('sv-SE', { timeZone: OFFICE_TIME_ZONE });

/** The blind-spot hints on a case the actor may read (404 otherwise); audited as a read of the case. */
export async function listHints(scope: ActorScope, caseId: string): Promise<THint[]> {
  const detail = await caseDetail(scope, caseId);
  const plans = await latestHelpPlanVersions(scope, caseId);
  const hints = hintsFor({
    case: detail,
    plans: plans.map((p) => p.version),
    today: officeDate.format(new Date()),
  });
  await scope.audit({
    action: 'hint.list',
    resourceType: 'case',
    resourceId: caseId,
    caseId,
    details: { rules: hints.map((h) => h.rule) },
  });
  return hints;
}
