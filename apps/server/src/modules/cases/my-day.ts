import type { TEntryKind, TMyDay } from '@lotse/shared';
import { sql } from 'kysely';
import type { ActorScope } from '../../platform/scope.js';
import { visibleCasesCondition } from './policy.js';
import { iso, presentCaseSummary } from './present.js';
import { type CaseSummaryRow, selectCaseSummaries } from './queries.js';
import { caseTitleContext, entryTitleContext } from './sealed-fields.js';
import { listMyOpenTasks } from './tasks.js';

/** "Mein Tag": the actor's open cases, tasks due this week, recent activity on visible cases. */
export async function getMyDay(scope: ActorScope): Promise<TMyDay> {
  const { tx, actor, audit, sealed } = scope;
  const myCases = (await selectCaseSummaries(tx)
    .where('cases.caseworker_id', '=', actor.userId)
    .where('cases.status', '!=', 'closed')
    .orderBy('cases.updated_at', 'desc')
    .limit(10)
    .execute()) as CaseSummaryRow[];
  const count = await tx
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('caseworker_id', '=', actor.userId)
    .where('status', '!=', 'closed')
    .executeTakeFirst();
  const tasksDue = await listMyOpenTasks(scope, actor.userId, 7);
  // Entrusted entries are left out: their titles may already say too much (§ 65).
  const activity = await tx
    .selectFrom('case_entries as e')
    .innerJoin('cases', (j) =>
      j.onRef('cases.tenant_id', '=', 'e.tenant_id').onRef('cases.id', '=', 'e.case_id'),
    )
    .innerJoin('directory_users as a', (j) =>
      j.onRef('a.tenant_id', '=', 'e.tenant_id').onRef('a.id', '=', 'e.author_id'),
    )
    .select([
      'e.case_id',
      'cases.reference',
      'cases.title_enc as case_title_enc',
      'e.id as entry_id',
      'e.kind',
      'e.title_enc',
      'e.author_id',
      'a.display_name',
      'e.created_at',
    ])
    .where(visibleCasesCondition(actor))
    .where('e.entrusted_to', 'is', null)
    .where('e.created_at', '>', sql<Date>`now() - interval '30 days'`)
    .orderBy('e.created_at', 'desc')
    .limit(15)
    .execute();
  // Family messages nobody has read yet, on cases the actor may see (messaging's readable view).
  const familyMessages = await tx
    .selectFrom('cases')
    .innerJoin('conversation_activity as ca', (j) =>
      j
        .onRef('ca.tenant_id', '=', 'cases.tenant_id')
        .onRef('ca.intake_request_id', '=', 'cases.origin_request_id'),
    )
    .select([
      'cases.id',
      'cases.reference',
      'cases.title_enc',
      'ca.intake_request_id',
      'ca.unread_by_staff',
      'ca.last_family_message_at',
    ])
    .where(visibleCasesCondition(actor))
    .where('ca.unread_by_staff', '>', 0)
    .orderBy('ca.last_family_message_at', 'desc')
    .limit(20)
    .execute();
  await audit({
    action: 'myday.read',
    resourceType: 'case',
    details: { caseIds: [...new Set([...myCases.map((c) => c.id), ...familyMessages.map((m) => m.id)])] },
  });
  return {
    myCases: await Promise.all(myCases.map((r) => presentCaseSummary(r, actor, sealed))),
    familyMessages: await Promise.all(
      familyMessages.map(async (m) => ({
        caseId: m.id,
        caseReference: m.reference,
        caseTitle: await sealed.open(m.title_enc, caseTitleContext(m.id)),
        requestId: m.intake_request_id,
        unread: m.unread_by_staff,
        lastAt: iso(m.last_family_message_at ?? new Date()),
      })),
    ),
    tasksDue,
    recentActivity: await Promise.all(
      activity.map(async (a) => ({
        caseId: a.case_id,
        caseReference: a.reference,
        caseTitle: await sealed.open(a.case_title_enc, caseTitleContext(a.case_id)),
        kind: a.kind as TEntryKind,
        title: await sealed.open(a.title_enc, entryTitleContext(a.entry_id)),
        author: { id: a.author_id, displayName: a.display_name },
        at: iso(a.created_at),
      })),
    ),
    counts: { myOpenCases: Number(count?.n ?? 0), overdueTasks: tasksDue.filter((t) => t.overdue).length },
  };
}
