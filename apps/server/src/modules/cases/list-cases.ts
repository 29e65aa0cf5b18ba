import type { TCaseList, TCaseListQuery, ZCaseListQuerySchema } from '@lotse/shared';
import type { z } from 'zod';
import type { ActorScope } from '../../platform/http/actor-tx.js';
import { visibleCasesCondition } from './policy.js';
import { presentCaseSummary } from './present.js';
import { type CaseSummaryRow, selectCaseSummaries } from './queries.js';

type Filters = z.output<typeof ZCaseListQuerySchema>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Lists the cases the actor may see, filtered, searched (names, reference, title) and paged. */
export async function listCases({ tx, actor, audit }: ActorScope, filters: Filters): Promise<TCaseList> {
  let base = tx.selectFrom('cases').where(visibleCasesCondition(actor));
  if (filters.status?.length) base = base.where('cases.status', 'in', filters.status);
  if (filters.teamId) base = base.where('cases.team_id', '=', filters.teamId);
  if (filters.helpType) base = base.where('cases.help_type', '=', filters.helpType);
  if (filters.socialAreaId) base = base.where('cases.social_area_id', '=', filters.socialAreaId);
  if (filters.mine === 'true') base = base.where('cases.caseworker_id', '=', actor.userId);
  if (filters.q) {
    const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
    for (const w of words) base = base.where('cases.search_text', 'ilike', `%${escapeLike(w)}%`);
  }
  const countRow = await base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst();
  const total = Number(countRow?.n ?? 0);
  const ids = (
    await base
      .select('cases.id')
      .orderBy('cases.updated_at', 'desc')
      .orderBy('cases.id')
      .limit(filters.pageSize)
      .offset((filters.page - 1) * filters.pageSize)
      .execute()
  ).map((r) => r.id);
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
    items: rows.map((r) => presentCaseSummary(r, actor)),
    total,
    page: filters.page,
    pageSize: filters.pageSize,
  };
}

export type { TCaseListQuery };
