import type { TBriefPurpose, TCaseBrief } from '@lotse/shared';
import type { ActorScope } from '../../platform/scope.js';
import { caseDetail, entriesWithoutEntrusted } from '../cases/index.js';
import { latestHelpPlanVersions } from '../helpplan/index.js';
import { protectionFacts } from '../protection/index.js';
import { officeToday } from '../tenancy/index.js';
import { compileBrief } from './compile-brief.js';
import type { BriefFacts } from './facts.js';

/** Entries looked at: more than any purpose tells (the rest is counted, not read). */
const ENTRY_WINDOW = 80;

/**
 * What a brief of a case the actor may read is built from (404 otherwise): only what the case page
 * shows them, and never an entrusted entry. Unaudited: the callers audit their own use.
 */
export async function briefFacts(scope: ActorScope, caseId: string): Promise<BriefFacts> {
  const detail = await caseDetail(scope, caseId);
  // One after the other: the queries share the scope's transaction (one connection).
  const { entries, total } = await entriesWithoutEntrusted(scope, caseId, ENTRY_WINDOW);
  const plans = await latestHelpPlanVersions(scope, caseId);
  const procedures = (await protectionFacts(scope.tx, scope.tenantId, [caseId])).get(caseId) ?? [];
  return { case: detail, entries, entriesTotal: total, plans, procedures, today: officeToday() };
}

/** The brief of a case for a handover, a court report draft or a help plan meeting; audited as a read. */
export async function readBrief(
  scope: ActorScope,
  caseId: string,
  purpose: TBriefPurpose,
  aiAvailable: boolean,
): Promise<TCaseBrief> {
  const brief = compileBrief(await briefFacts(scope, caseId), purpose, new Date());
  await scope.audit({
    action: 'case.brief_read',
    resourceType: 'case',
    resourceId: caseId,
    caseId,
    details: { purpose, sentences: brief.sections.reduce((n, s) => n + s.sentences.length, 0) },
  });
  return { ...brief, aiAvailable };
}
