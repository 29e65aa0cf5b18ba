import type { TFamilyFile } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { latestResponseOf } from './latest-response.js';
import { readVersions } from './versions.js';

/**
 * The newest agreed (final) help plan of a case in the family's words: goals and agreements as
 * written for the family where staff did, who does what, the next review. Drafts stay internal.
 * Unaudited and unchecked: the caller checked the family's access and audits its whole view.
 */
export async function familyHelpPlan(
  scope: { tx: Tx; sealed: SealedText },
  caseId: string,
  personId: string,
): Promise<TFamilyFile['helpPlan']> {
  const plan = await agreedHelpPlan(scope, caseId);
  if (!plan) return null;
  return { ...plan, myResponse: await latestResponseOf(scope, plan.planId, plan.version, personId) };
}

/**
 * The newest agreed (final) help plan of a case: goals and agreements in the family's words where
 * staff wrote them, who does what, the next review (also what a provider sees when the help plan is
 * shared with it). Unaudited and unchecked: the caller checked access and audits.
 */
export async function agreedHelpPlan(
  scope: { tx: Tx; sealed: SealedText },
  caseId: string,
): Promise<Omit<NonNullable<TFamilyFile['helpPlan']>, 'myResponse'> | null> {
  const plans = await scope.tx.selectFrom('help_plans').select('id').where('case_id', '=', caseId).execute();
  const versions = await readVersions(
    scope,
    plans.map((p) => p.id),
  );
  let chosen: { planId: string; version: NonNullable<ReturnType<typeof versions.get>>[number] } | null = null;
  for (const p of plans) {
    const final = versions.get(p.id)?.find((v) => v.status === 'final');
    if (final && (!chosen || (final.finalizedAt ?? '') > (chosen.version.finalizedAt ?? ''))) {
      chosen = { planId: p.id, version: final };
    }
  }
  if (!chosen) return null;
  const { content } = chosen.version;
  return {
    planId: chosen.planId,
    version: chosen.version.version,
    finalizedAt: chosen.version.finalizedAt,
    helpType: content.help.type,
    provider: content.help.provider,
    startsOn: content.help.startsOn,
    nextReviewOn: content.reviewOn ?? null,
    goals: content.goals.map((g) => ({ text: g.familySummary || g.title, progress: g.progress })),
    agreements: content.agreements.map((a) => ({
      text: a.familySummary || a.text,
      owner: a.owner.kind,
      ownerName: a.owner.name,
      status: a.status,
      dueOn: a.dueOn,
    })),
  };
}
