import { diffHelpPlanContent, type THelpPlanDiff } from '@lotse/shared';
import { HttpError } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { getHelpPlan } from './plans.js';

/** What changed from version `from` to version `to` of a plan; audited as a read of the plan. */
export async function diffHelpPlanVersions(
  scope: ActorScope,
  planId: string,
  from: number,
  to: number,
): Promise<THelpPlanDiff> {
  const plan = await getHelpPlan(scope, planId);
  const older = plan.versions.find((v) => v.version === from);
  const newer = plan.versions.find((v) => v.version === to);
  if (!older || !newer) throw new HttpError(404, 'not_found', 'Diese Fassung des Hilfeplans gibt es nicht.');
  return { from, to, changes: diffHelpPlanContent(older.content, newer.content) };
}
