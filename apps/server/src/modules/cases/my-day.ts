import type { TEntryKind, TMyDay } from '@lotse/shared';
import { sql } from 'kysely';
import type { ActorScope } from '../../platform/scope.js';
import { visibleCasesCondition } from './policy.js';
import { iso, presentCaseSummary } from './present.js';
import { type CaseSummaryRow, selectCaseSummaries } from './queries.js';
import { listMyOpenTasks } from './tasks.js';

/** "Mein Tag": the actor's open cases, tasks due this week, recent activity on visible cases. */
export async function getMyDay({ tx, actor, audit }: ActorScope): Promise<TMyDay> {
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
  const tasksDue = await listMyOpenTasks(tx, actor.userId, 7);
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
      'cases.title as case_title',
      'e.kind',
      'e.title',
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
      'cases.title',
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
    myCases: myCases.map((r) => presentCaseSummary(r, actor)),
    familyMessages: familyMessages.map((m) => ({
      caseId: m.id,
      caseReference: m.reference,
      caseTitle: m.title,
      requestId: m.intake_request_id,
      unread: m.unread_by_staff,
      lastAt: iso(m.last_family_message_at ?? new Date()),
    })),
    tasksDue,
    recentActivity: activity.map((a) => ({
      caseId: a.case_id,
      caseReference: a.reference,
      caseTitle: a.case_title,
      kind: a.kind as TEntryKind,
      title: a.title,
      author: { id: a.author_id, displayName: a.display_name },
      at: iso(a.created_at),
    })),
    counts: { myOpenCases: Number(count?.n ?? 0), overdueTasks: tasksDue.filter((t) => t.overdue).length },
  };
}
