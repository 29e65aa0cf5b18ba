import type { TCaseDetail } from '@lotse/shared';
import { reusableQuery } from '../../db/reusable-query.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { presentCasePerson, presentRelation } from '../people/index.js';
import { can } from './policy.js';
import { iso, presentCaseSummary, presentOrigin } from './present.js';
import { factsOf, selectCaseDetail } from './queries.js';
import { householdLabelContext } from './sealed-fields.js';
import { presentTask } from './tasks.js';

const readCaseDetail = reusableQuery(selectCaseDetail);

/** The full case file header: persons, relations, households, deputies, tasks — read in one statement. */
export async function getCase(scope: ActorScope, caseId: string): Promise<TCaseDetail> {
  const detail = await caseDetail(scope, caseId);
  await scope.audit({ action: 'case.read', resourceType: 'case', resourceId: caseId, caseId });
  return detail;
}

/**
 * The case as it stands, for the answer of a use case that just changed it: the change is audited,
 * so this read is not audited again.
 */
export async function caseDetail({ tx, actor, sealed }: ActorScope, caseId: string): Promise<TCaseDetail> {
  const [row] = await readCaseDetail(tx, caseId);
  if (!row || !can(actor, 'read', factsOf(row))) throw new NotVisibleError('case', caseId);
  return {
    ...(await presentCaseSummary(row, actor, sealed)),
    closedAt: row.closed_at ? iso(row.closed_at) : null,
    deputies: row.deputies.map((d) => ({ id: d.id, displayName: d.display_name })),
    persons: await Promise.all(row.persons.map((p) => presentCasePerson(p, sealed))),
    relations: row.relations.map(presentRelation),
    households: await presentHouseholds(row.households, sealed),
    tasks: await Promise.all(row.tasks.map((t) => presentTask({ ...t, reference: row.reference }, sealed))),
    origin: presentOrigin(row.origin_request_id, row.origin, row.origin_unread),
  };
}

/** The households with their labels opened, ordered by label (the database holds them sealed). */
async function presentHouseholds(
  rows: readonly { id: string; label_enc: Uint8Array | string | null; person_ids: string[] }[],
  sealed: SealedText,
): Promise<TCaseDetail['households']> {
  const households = await Promise.all(
    rows.map(async (h) => ({
      id: h.id,
      label: await sealed.open(h.label_enc, householdLabelContext(h.id)),
      personIds: h.person_ids,
    })),
  );
  return households.sort((a, b) => a.label.localeCompare(b.label, 'de') || (a.id < b.id ? -1 : 1));
}
