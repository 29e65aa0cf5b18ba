import { randomUUID } from 'node:crypto';
import type { THelpPlan, THelpPlanContentInput, THelpPlanSummary } from '@lotse/shared';
import { sql } from 'kysely';
import type { KeyRing } from '../../platform/crypto.js';
import { conflict } from '../../platform/errors.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { authorizeCase } from '../cases/index.js';
import { caseActionFor, type THelpPlanAction } from './policy.js';
import { scheduleReviewReminder } from './review-reminders.js';
import { helpPlanSettings } from './settings.js';
import { withStatisticsCode } from './statistics-codes.js';
import { completeContent, contentColumns, readVersions } from './versions.js';

/** The plan's case, checked against the case policy; a plan of an invisible case does not exist (404). */
export async function authorizePlan(scope: ActorScope, planId: string, action: THelpPlanAction) {
  const plan = await scope.tx
    .selectFrom('help_plans')
    .select(['id', 'case_id'])
    .where('id', '=', planId)
    .executeTakeFirst();
  if (!plan) throw new NotVisibleError('help_plan', planId, 'Hilfeplan');
  try {
    await authorizeCase(scope.tx, scope.actor, plan.case_id, caseActionFor[action]);
  } catch (error) {
    if (error instanceof NotVisibleError) throw new NotVisibleError('help_plan', planId, 'Hilfeplan');
    throw error;
  }
  return plan;
}

/** The case's help plans, one line each (latest version), newest first. */
export async function listHelpPlans(scope: ActorScope, caseId: string): Promise<THelpPlanSummary[]> {
  await authorizeCase(scope.tx, scope.actor, caseId, 'read');
  const rows = await scope.tx
    .selectFrom('help_plans as p')
    .innerJoin('help_plan_versions as v', (j) =>
      j.onRef('v.tenant_id', '=', 'p.tenant_id').onRef('v.plan_id', '=', 'p.id'),
    )
    .select([
      'p.id',
      'p.case_id',
      'p.created_at',
      'v.version',
      'v.status',
      'v.help_type',
      'v.starts_on',
      'v.ends_on',
      'v.review_on',
    ])
    .where('p.case_id', '=', caseId)
    .where('v.version', '=', (eb) =>
      eb
        .selectFrom('help_plan_versions as l')
        .select((l) => l.fn.max('l.version').as('m'))
        .whereRef('l.plan_id', '=', 'p.id'),
    )
    .orderBy('p.created_at', 'desc')
    .execute();
  await scope.audit({
    action: 'helpplan.list',
    resourceType: 'help_plan',
    caseId,
    details: { planIds: rows.map((r) => r.id) },
  });
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    helpType: r.help_type as THelpPlanSummary['helpType'],
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    reviewOn: r.review_on,
    latestVersion: r.version,
    latestStatus: r.status as THelpPlanSummary['latestStatus'],
  }));
}

/** A plan with all its versions (newest first), without auditing: for answers of writes. */
export async function helpPlanDetail(scope: ActorScope, planId: string): Promise<THelpPlan> {
  const plan = await scope.tx
    .selectFrom('help_plans')
    .select(['id', 'case_id', 'created_at'])
    .where('id', '=', planId)
    .executeTakeFirstOrThrow();
  const versions = (await readVersions(scope, [planId])).get(planId) ?? [];
  return { id: plan.id, caseId: plan.case_id, createdAt: new Date(plan.created_at).toISOString(), versions };
}

/** One plan with all its versions; audited as a read. */
export async function getHelpPlan(scope: ActorScope, planId: string): Promise<THelpPlan> {
  const plan = await authorizePlan(scope, planId, 'read');
  await scope.audit({
    action: 'helpplan.read',
    resourceType: 'help_plan',
    resourceId: planId,
    caseId: plan.case_id,
  });
  return helpPlanDetail(scope, planId);
}

/** Starts a help plan for the case with its first version as a draft. */
export async function createHelpPlan(
  scope: ActorScope,
  caseId: string,
  input: THelpPlanContentInput,
): Promise<THelpPlan> {
  const { tx, actor } = scope;
  await authorizeCase(tx, actor, caseId, caseActionFor.draft);
  const content = withStatisticsCode(completeContent(input, (await helpPlanSettings(scope.tx)).reviewMonths));
  const id = randomUUID();
  await tx
    .insertInto('help_plans')
    .values({ tenant_id: actor.tenantId, id, case_id: caseId, created_by: actor.userId })
    .execute();
  await tx
    .insertInto('help_plan_versions')
    .values({
      tenant_id: actor.tenantId,
      plan_id: id,
      version: 1,
      status: 'draft',
      created_by: actor.userId,
      ...(await contentColumns(scope.sealed, id, 1, content)),
    })
    .execute();
  await scope.audit({ action: 'helpplan.create', resourceType: 'help_plan', resourceId: id, caseId });
  return helpPlanDetail(scope, id);
}

async function currentDraft(scope: ActorScope, planId: string): Promise<number | null> {
  const row = await scope.tx
    .selectFrom('help_plan_versions')
    .select('version')
    .where('plan_id', '=', planId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return row?.version ?? null;
}

const NO_DRAFT =
  'Dieser Hilfeplan hat keinen Entwurf: eine festgeschriebene Fassung ändert sich nicht mehr. Beginnen Sie eine Fortschreibung.';

/** Replaces the content of the plan's draft; a final version cannot be changed (409). */
export async function updateDraft(
  scope: ActorScope,
  planId: string,
  input: THelpPlanContentInput,
): Promise<THelpPlan> {
  const plan = await authorizePlan(scope, planId, 'draft');
  const version = await currentDraft(scope, planId);
  if (version === null) throw conflict(NO_DRAFT);
  const content = withStatisticsCode(completeContent(input, (await helpPlanSettings(scope.tx)).reviewMonths));
  await scope.tx
    .updateTable('help_plan_versions')
    .set(await contentColumns(scope.sealed, planId, version, content))
    .where('plan_id', '=', planId)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .execute();
  await scope.audit({
    action: 'helpplan.update',
    resourceType: 'help_plan',
    resourceId: planId,
    caseId: plan.case_id,
    details: { version },
  });
  return helpPlanDetail(scope, planId);
}

/** Makes the draft final: from now on it never changes. The review date gets its reminder (job queue). */
export async function finalizeDraft(scope: ActorScope, planId: string, keys: KeyRing): Promise<THelpPlan> {
  const plan = await authorizePlan(scope, planId, 'finalize');
  const version = await currentDraft(scope, planId);
  if (version === null) throw conflict(NO_DRAFT);
  const { review_on: reviewOn } = await scope.tx
    .updateTable('help_plan_versions')
    .set({ status: 'final', finalized_by: scope.actor.userId, finalized_at: sql<Date>`now()` })
    .where('plan_id', '=', planId)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .returning('review_on')
    .executeTakeFirstOrThrow();
  if (reviewOn)
    await scheduleReviewReminder(scope.tx, keys, scope.tenantId, {
      planId,
      version,
      reviewOn,
      finalizedBy: scope.actor.userId,
    });
  await scope.audit({
    action: 'helpplan.finalize',
    resourceType: 'help_plan',
    resourceId: planId,
    caseId: plan.case_id,
    details: { version },
  });
  return helpPlanDetail(scope, planId);
}

/**
 * Starts a review (Fortschreibung): a new draft version from the newest final one, with the progress
 * ratings to be updated. Only one draft at a time (409).
 */
export async function startReview(scope: ActorScope, planId: string): Promise<THelpPlan> {
  const plan = await authorizePlan(scope, planId, 'review');
  if ((await currentDraft(scope, planId)) !== null)
    throw conflict('Es gibt schon einen Entwurf dieses Hilfeplans. Schreiben Sie ihn erst fest.');
  const latest = ((await readVersions(scope, [planId])).get(planId) ?? [])[0];
  if (!latest) throw conflict(NO_DRAFT);
  const version = latest.version + 1;
  await scope.tx
    .insertInto('help_plan_versions')
    .values({
      tenant_id: scope.actor.tenantId,
      plan_id: planId,
      version,
      status: 'draft',
      created_by: scope.actor.userId,
      ...(await contentColumns(scope.sealed, planId, version, latest.content)),
    })
    .execute();
  await scope.audit({
    action: 'helpplan.review',
    resourceType: 'help_plan',
    resourceId: planId,
    caseId: plan.case_id,
    details: { version },
  });
  return helpPlanDetail(scope, planId);
}
