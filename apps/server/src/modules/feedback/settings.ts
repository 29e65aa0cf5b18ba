import { DEFAULT_FEEDBACK_INTERVAL_WEEKS } from '@lotse/shared';
import type { ActorScope, Scope } from '../../platform/scope.js';
import { authorizeCase } from '../cases/index.js';
import { caseActionFor } from './policy.js';

/** The case's check-in interval in weeks; null when switched off. */
export async function intervalOf(scope: Scope, caseId: string): Promise<number | null> {
  const row = await scope.tx
    .selectFrom('feedback_settings')
    .select('interval_weeks')
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  return row ? row.interval_weeks : DEFAULT_FEEDBACK_INTERVAL_WEEKS;
}

/** Staff who may change the case set how often the family is asked (null: not at all). */
export async function setFeedbackInterval(
  scope: ActorScope,
  caseId: string,
  intervalWeeks: number | null,
): Promise<void> {
  await authorizeCase(scope.tx, scope.actor, caseId, caseActionFor.configure);
  await scope.tx
    .insertInto('feedback_settings')
    .values({
      tenant_id: scope.tenantId,
      case_id: caseId,
      interval_weeks: intervalWeeks,
      updated_by: scope.actor.userId,
    })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'case_id']).doUpdateSet({
        interval_weeks: intervalWeeks,
        updated_by: scope.actor.userId,
        updated_at: new Date(),
      }),
    )
    .execute();
  await scope.audit({
    action: 'feedback.settings',
    resourceType: 'case',
    resourceId: caseId,
    caseId,
    details: { intervalWeeks },
  });
}
