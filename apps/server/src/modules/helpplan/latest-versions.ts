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
