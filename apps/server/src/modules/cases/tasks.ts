import { randomUUID } from 'node:crypto';
import type { TTask } from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import { recordAudit } from '../../platform/audit/record.js';
import type { ActorScope } from '../../platform/scope.js';
import { NotVisibleError } from '../../platform/scope.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { authorizeCase } from './authorize.js';
import { requireCaseWorker } from './case-assignees.js';
import { iso } from './present.js';
import { loadCaseFacts } from './queries.js';
import { taskTitleContext } from './sealed-fields.js';

function selectTasks(tx: Tx) {
  return tx
    .selectFrom('tasks as t')
    .leftJoin('cases as c', (j) => j.onRef('c.tenant_id', '=', 't.tenant_id').onRef('c.id', '=', 't.case_id'))
    .leftJoin('directory_users as u', (j) =>
      j.onRef('u.tenant_id', '=', 't.tenant_id').onRef('u.id', '=', 't.assignee_id'),
    )
    .select([
      't.id',
      't.case_id',
      'c.reference',
      't.title_enc',
      't.due_on',
      't.assignee_id',
      'u.display_name as assignee_name',
      't.done_at',
      sql<boolean>`t.done_at IS NULL AND t.due_on < current_date`.as('overdue'),
    ]);
}

type TaskRow = Awaited<ReturnType<ReturnType<typeof selectTasks>['execute']>>[number];

/** A task as it leaves the server; `title_enc` may come as JSON's rendering of bytea. */
export async function presentTask(
  t: Omit<TaskRow, 'title_enc'> & { title_enc: Uint8Array | string | null },
  sealed: SealedText,
): Promise<TTask> {
  return {
    id: t.id,
    caseId: t.case_id,
    caseReference: t.reference,
    title: await sealed.open(t.title_enc, taskTitleContext(t.id)),
    dueOn: t.due_on,
    assignee: t.assignee_id && t.assignee_name ? { id: t.assignee_id, displayName: t.assignee_name } : null,
    doneAt: t.done_at ? iso(t.done_at) : null,
    overdue: t.overdue,
  };
}

/** Open tasks of the actor due within `days` days (overdue ones included). */
export async function listMyOpenTasks(
  { tx, sealed }: { tx: Tx; sealed: SealedText },
  userId: string,
  days: number,
): Promise<TTask[]> {
  const rows = await selectTasks(tx)
    .where('t.assignee_id', '=', userId)
    .where('t.done_at', 'is', null)
    .where('t.due_on', '<=', sql<string>`(current_date + ${days}::int)`)
    .orderBy('t.due_on')
    .limit(50)
    .execute();
  return Promise.all(rows.map((row) => presentTask(row, sealed)));
}

/**
 * Adds a task with a due date to a case. It goes to the actor unless they name someone else, who must
 * be allowed to work on the case (case policy); otherwise 400 and nothing is written.
 */
export async function createTask(
  { tx, actor, audit, sealed }: ActorScope,
  caseId: string,
  input: { title: string; dueOn: string; assigneeId?: string | null | undefined },
): Promise<TTask> {
  const facts = await authorizeCase(tx, actor, caseId, 'manage_tasks');
  const assigneeId = input.assigneeId ?? actor.userId;
  if (assigneeId !== actor.userId) await requireCaseWorker(tx, facts, assigneeId);
  const id = randomUUID();
  await tx
    .insertInto('tasks')
    .values({
      tenant_id: actor.tenantId,
      id,
      case_id: caseId,
      title_enc: await sealed.seal(input.title, taskTitleContext(id)),
      due_on: input.dueOn,
      assignee_id: assigneeId,
      created_by: actor.userId,
    })
    .execute();
  await audit({ action: 'task.create', resourceType: 'task', resourceId: id, caseId });
  const row = await selectTasks(tx).where('t.id', '=', id).executeTakeFirstOrThrow();
  return presentTask(row, sealed);
}

/** Marks a task done or open again. Allowed on tasks of visible cases and on one's own tasks. */
export async function updateTask(
  { tx, actor, audit, sealed }: ActorScope,
  taskId: string,
  done: boolean,
): Promise<TTask> {
  const task = await tx
    .selectFrom('tasks')
    .select(['id', 'case_id', 'assignee_id'])
    .where('id', '=', taskId)
    .executeTakeFirst();
  if (!task) throw new NotVisibleError('task', taskId, 'Aufgabe');
  if (task.case_id) {
    try {
      await authorizeCase(tx, actor, task.case_id, 'manage_tasks');
    } catch (error) {
      if (error instanceof NotVisibleError) throw new NotVisibleError('task', taskId, 'Aufgabe');
      throw error;
    }
  } else if (task.assignee_id !== actor.userId) {
    throw new NotVisibleError('task', taskId, 'Aufgabe');
  }
  await tx
    .updateTable('tasks')
    .set({ done_at: done ? sql<Date>`now()` : null })
    .where('id', '=', taskId)
    .execute();
  await audit({
    action: 'task.update',
    resourceType: 'task',
    resourceId: taskId,
    caseId: task.case_id,
    details: { done },
  });
  return presentTask(await selectTasks(tx).where('t.id', '=', taskId).executeTakeFirstOrThrow(), sealed);
}

/**
 * A reminder the system puts on a case (e.g. a help plan review falling due), for a job: it goes to
 * the case's caseworker, or to the whole team when the case has none. The same reminder (same title
 * and due date, still open) is not added twice. Returns the new task's id, or null.
 */
export async function addReminderTask(
  tx: Tx,
  sealed: SealedText,
  tenantId: string,
  input: { caseId: string; title: string; dueOn: string; createdBy: string },
): Promise<string | null> {
  const facts = await loadCaseFacts(tx, input.caseId);
  if (!facts || facts.status === 'closed') return null;
  const open = await tx
    .selectFrom('tasks')
    .select(['id', 'title_enc'])
    .where('case_id', '=', input.caseId)
    .where('due_on', '=', input.dueOn)
    .where('done_at', 'is', null)
    .execute();
  for (const task of open)
    if ((await sealed.open(task.title_enc, taskTitleContext(task.id))) === input.title) return null;
  const id = randomUUID();
  await tx
    .insertInto('tasks')
    .values({
      tenant_id: tenantId,
      id,
      case_id: input.caseId,
      title_enc: await sealed.seal(input.title, taskTitleContext(id)),
      due_on: input.dueOn,
      assignee_id: facts.caseworkerId,
      created_by: input.createdBy,
    })
    .execute();
  await recordAudit(tx, {
    tenantId,
    actorId: null,
    actorRoles: [],
    action: 'task.create',
    resourceType: 'task',
    resourceId: id,
    caseId: input.caseId,
    outcome: 'allowed',
    details: { reminder: true },
  });
  return id;
}
