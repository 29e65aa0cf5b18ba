import type { TCaseList, ZCaseListQuerySchema } from '@lotse/shared';
import type { SelectQueryBuilder } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/schema.js';
import type { ActorScope } from '../../platform/scope.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { whereCaseWords } from './case-words.js';
import { visibleCaseBranches } from './policy.js';
import { presentCaseSummary } from './present.js';
import { type CaseSummaryRow, selectCaseSummaries } from './queries.js';

type Filters = z.output<typeof ZCaseListQuerySchema>;
type CaseQuery = SelectQueryBuilder<Database, 'cases', { id: string; updated_at: Date }>;

function applyFilters(q: CaseQuery, filters: Filters, userId: string, sealed: SealedText): CaseQuery {
  let out = q;
  if (filters.status?.length) out = out.where('cases.status', 'in', filters.status);
  if (filters.teamId) out = out.where('cases.team_id', '=', filters.teamId);
  if (filters.helpType) out = out.where('cases.help_type', '=', filters.helpType);
  if (filters.socialAreaId) out = out.where('cases.social_area_id', '=', filters.socialAreaId);
  if (filters.mine === 'true') out = out.where('cases.caseworker_id', '=', userId);
  if (filters.q) out = whereCaseWords(out, filters.q, sealed);
  return out;
}

/** Lists the cases the actor may see, filtered, searched (names, reference, title) and paged. */
export async function listCases(
  { tx, actor, audit, sealed }: ActorScope,
  filters: Filters,
): Promise<TCaseList> {
  const branches = visibleCaseBranches(actor).map((branch) =>
    applyFilters(
      tx.selectFrom('cases').select(['cases.id', 'cases.updated_at']).where(branch),
      filters,
      actor.userId,
      sealed,
    ),
  );
  let ids: string[] = [];
  let total = 0;
  const [first, ...rest] = branches;
  if (first) {
    // UNION (not UNION ALL): a case seen for several reasons counts once.
    const visible = rest.reduce((acc, q) => acc.union(q), first);
    const countRow = await tx
      .selectFrom(visible.as('v'))
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirst();
    total = Number(countRow?.n ?? 0);
    ids = (
      await tx
        .selectFrom(visible.as('v'))
        .select('v.id')
        .orderBy('v.updated_at', 'desc')
        .orderBy('v.id')
        .limit(filters.pageSize)
        .offset((filters.page - 1) * filters.pageSize)
        .execute()
    ).map((r) => r.id);
  }
  const rows =
    ids.length === 0
      ? []
      : ((await selectCaseSummaries(tx)
          .where('cases.id', 'in', ids)
          .orderBy('cases.updated_at', 'desc')
          .orderBy('cases.id')
          .execute()) as CaseSummaryRow[]);
  await audit({ action: 'case.list', resourceType: 'case', details: { caseIds: ids, total } });
  return {
    items: await Promise.all(rows.map((r) => presentCaseSummary(r, actor, sealed))),
    total,
    page: filters.page,
    pageSize: filters.pageSize,
  };
}
