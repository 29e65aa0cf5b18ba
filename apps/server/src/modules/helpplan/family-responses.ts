import { randomUUID } from 'node:crypto';
import type { THelpPlanResponse } from '@lotse/shared';
import { HttpError } from '../../platform/errors.js';
import type { ActorScope, Scope } from '../../platform/scope.js';
import { caseMembers } from '../cases/index.js';
import { familyHelpPlan } from './family-view.js';
import { commentContext } from './latest-response.js';
import { authorizePlan } from './plans.js';

/**
 * A person of the case says whether they agree to the plan they see, with an optional comment.
 * Only the version the family sees (the newest final one) can be answered; the caller has checked
 * that the person belongs to the case and audits.
 */
export async function recordFamilyResponse(
  scope: Scope,
  input: {
    caseId: string;
    personId: string;
    planId: string;
    version: number;
    agreed: boolean;
    comment: string | null;
  },
): Promise<void> {
  const shown = await familyHelpPlan(scope, input.caseId, input.personId);
  if (!shown || shown.planId !== input.planId || shown.version !== input.version) {
    throw new HttpError(409, 'plan_changed', 'Der Hilfeplan hat sich geändert. Bitte die Seite neu laden.');
  }
  const id = randomUUID();
  await scope.tx
    .insertInto('help_plan_responses')
    .values({
      tenant_id: scope.tenantId,
      id,
      plan_id: input.planId,
      version: input.version,
      person_id: input.personId,
      agreed: input.agreed,
      comment_enc: input.comment ? await scope.sealed.seal(input.comment, commentContext(id)) : null,
    })
    .execute();
}

/** Staff read what the family said to a plan, newest first (audited). */
export async function listFamilyResponses(scope: ActorScope, planId: string): Promise<THelpPlanResponse[]> {
  const plan = await authorizePlan(scope, planId, 'read');
  const rows = await scope.tx
    .selectFrom('help_plan_responses')
    .select(['id', 'version', 'person_id', 'agreed', 'comment_enc', 'created_at'])
    .where('plan_id', '=', planId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
  const names = new Map(
    (await caseMembers(scope, plan.case_id)).map((m) => [m.personId, `${m.firstName} ${m.lastName}`]),
  );
  await scope.audit({
    action: 'helpplan.family_responses',
    resourceType: 'help_plan',
    resourceId: planId,
    caseId: plan.case_id,
  });
  const responses: THelpPlanResponse[] = [];
  for (const r of rows) {
    responses.push({
      personName: names.get(r.person_id) ?? 'Person nicht mehr im Fall',
      version: r.version,
      agreed: r.agreed,
      comment: r.comment_enc ? await scope.sealed.open(r.comment_enc, commentContext(r.id)) : null,
      at: new Date(r.created_at).toISOString(),
    });
  }
  return responses;
}
