import type { TCaseDetail } from '@lotse/shared';
import type { ActorScope } from '../../platform/http/actor-tx.js';
import { NotVisibleError } from '../../platform/http/actor-tx.js';
import { listCasePersons, listRelationsAmong } from '../people/case-people.js';
import { listHouseholdsOf } from '../people/households.js';
import { can } from './policy.js';
import { iso, presentCaseSummary } from './present.js';
import { type CaseSummaryRow, factsOf, selectCaseSummaries } from './queries.js';
import { listCaseTasks } from './tasks.js';

/** The full case file header: persons, relations, deputies, tasks. */
export async function getCase({ tx, actor, audit }: ActorScope, caseId: string): Promise<TCaseDetail> {
  const row = (await selectCaseSummaries(tx).where('cases.id', '=', caseId).executeTakeFirst()) as
    | CaseSummaryRow
    | undefined;
  if (!row || !can(actor, 'read', factsOf(row))) throw new NotVisibleError('case', caseId);
  const [persons, deputies, tasks] = await Promise.all([
    listCasePersons(tx, caseId),
    row.deputy_ids.length
      ? tx.selectFrom('users').select(['id', 'display_name']).where('id', 'in', row.deputy_ids).execute()
      : Promise.resolve([]),
    listCaseTasks(tx, caseId),
  ]);
  const personIds = persons.map((p) => p.id);
  const relations = await listRelationsAmong(tx, personIds);
  const households = await listHouseholdsOf(tx, personIds);
  await audit({ action: 'case.read', resourceType: 'case', resourceId: caseId, caseId });
  return {
    ...presentCaseSummary(row, actor),
    closedAt: row.closed_at ? iso(row.closed_at) : null,
    deputies: deputies.map((d) => ({ id: d.id, displayName: d.display_name })),
    persons,
    relations,
    households,
    tasks,
  };
}
