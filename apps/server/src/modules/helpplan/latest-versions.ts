import type { THelpPlanVersion } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { readVersions } from './versions.js';

/**
 * The newest version of each of the case's help plans, for rules that look at the plan (the
 * blind-spot hints). Unaudited and unchecked: the caller has read the case under its policy.
 */
export async function latestHelpPlanVersions(
  scope: { tx: Tx; sealed: SealedText },
  caseId: string,
): Promise<{ planId: string; version: THelpPlanVersion }[]> {
  const plans = await scope.tx.selectFrom('help_plans').select('id').where('case_id', '=', caseId).execute();
  const versions = await readVersions(
    scope,
    plans.map((p) => p.id),
  );
  return plans.flatMap((p) => {
    const newest = versions.get(p.id)?.[0];
    return newest ? [{ planId: p.id, version: newest }] : [];
  });
}

/** The dates of each plan's newest version for these cases, without opening the sealed content. */
export interface PlanDates {
  planId: string;
  caseId: string;
  version: number;
  status: 'draft' | 'final';
  startsOn: string;
  endsOn: string | null;
  reviewOn: string | null;
}

/**
 * The newest version of every help plan of these cases, dates only (process map, team overview).
 * Unaudited and unchecked: the caller has checked the cases under their policy and audits its view.
 */
export async function latestPlanDates(tx: Tx, caseIds: string[]): Promise<PlanDates[]> {
  if (caseIds.length === 0) return [];
  const rows = await tx
    .selectFrom('help_plans as p')
    .innerJoin('help_plan_versions as v', (j) =>
      j.onRef('v.tenant_id', '=', 'p.tenant_id').onRef('v.plan_id', '=', 'p.id'),
    )
    .select(['p.id', 'p.case_id', 'v.version', 'v.status', 'v.starts_on', 'v.ends_on', 'v.review_on'])
    .distinctOn('p.id')
    .where('p.case_id', 'in', caseIds)
    .orderBy('p.id')
    .orderBy('v.version', 'desc')
    .execute();
  return rows.map((r) => ({
    planId: r.id,
    caseId: r.case_id,
    version: r.version,
    status: r.status as PlanDates['status'],
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    reviewOn: r.review_on,
  }));
}
