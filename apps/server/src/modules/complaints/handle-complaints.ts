import type { TComplaintDetail, TComplaintStatus, TComplaintSummary, TComplaintTopic } from '@lotse/shared';
import { HttpError } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { caseFrame } from '../cases/index.js';
import { officeToday } from '../tenancy/index.js';
import { allowedComplaintActions, type ComplaintFacts, canOnComplaint, mayHandle } from './policy.js';
import { answerContext, textContext } from './sealing.js';

const columns = [
  'c.id',
  'c.reference',
  'c.topic',
  'c.status',
  'c.received_at',
  'c.due_on',
  'c.complainant',
  'c.case_id',
  'c.concerns_user_id',
  'c.handler_id',
  'c.shared_at',
  'h.display_name as handler_name',
  't.name as team_name',
] as const;

function baseQuery(scope: ActorScope) {
  return scope.tx
    .selectFrom('complaints as c')
    .leftJoin('directory_users as h', 'h.id', 'c.handler_id')
    .leftJoin('directory_teams as t', 't.id', 'c.team_id');
}

/** "Elternteil", "Junger Mensch (15 Jahre)", "Familie (Code einer Anfrage)". */
export function complainantLabel(stored: string): string {
  if (stored === 'parent') return 'Elternteil';
  if (stored === 'request') return 'Familie (Code einer Anfrage)';
  const age = stored.split(':')[1];
  return age ? `Junger Mensch (${age} Jahre)` : 'Junger Mensch';
}

type Row = {
  id: string;
  reference: string;
  topic: string;
  status: TComplaintStatus;
  received_at: Date | string | undefined;
  due_on: string;
  complainant: string;
  handler_name: string | null;
  team_name: string | null;
};

function summary(r: Row, today: string): TComplaintSummary {
  const dueOn = String(r.due_on).slice(0, 10);
  return {
    id: r.id,
    reference: r.reference,
    topic: r.topic as TComplaintTopic,
    status: r.status,
    receivedAt: new Date(r.received_at as Date).toISOString(),
    dueOn,
    overdue: r.status !== 'answered' && dueOn < today,
    from: complainantLabel(r.complainant),
    handler: r.handler_name,
    team: r.team_name,
  };
}

/** The complaint office's list, open ones by deadline first (without texts; audited). */
export async function listComplaints(
  scope: ActorScope,
  status: TComplaintStatus | undefined,
): Promise<TComplaintSummary[]> {
  requireOfficeAction(scope.actor, 'handle_complaints');
  let query = baseQuery(scope)
    .select(columns)
    .where((eb) =>
      eb.or([eb('c.concerns_user_id', 'is', null), eb('c.concerns_user_id', '!=', scope.actor.userId)]),
    );
  if (status) query = query.where('c.status', '=', status);
  const rows = await query.orderBy('c.status', 'desc').orderBy('c.due_on').limit(500).execute();
  await scope.audit({
    action: 'complaint.list',
    resourceType: 'complaint',
    resourceId: null,
    details: { status },
  });
  const today = officeToday();
  return rows.map((r) => summary(r, today));
}

async function loadComplaint(scope: ActorScope, id: string) {
  const row = await baseQuery(scope)
    .select([...columns, 'c.text_enc', 'c.answer_enc', 'c.answered_at'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  const facts: ComplaintFacts | null = row
    ? {
        tenantId: scope.tenantId,
        status: row.status,
        caseId: row.case_id,
        concernsUserId: row.concerns_user_id,
        handlerId: row.handler_id,
        sharedAt: row.shared_at,
      }
    : null;
  // Not the complaint office, or the person it is about: as if it did not exist.
  if (!row || !facts || !mayHandle(scope.actor, facts)) throw new NotVisibleError('complaint', id);
  return { row, facts };
}

async function detail(scope: ActorScope, id: string): Promise<TComplaintDetail> {
  const { row, facts } = await loadComplaint(scope, id);
  const frame = row.case_id ? await caseFrame(scope, row.case_id) : undefined;
  const concerns = row.concerns_user_id
    ? await scope.tx
        .selectFrom('directory_users')
        .select('display_name')
        .where('id', '=', row.concerns_user_id)
        .executeTakeFirst()
    : undefined;
  return {
    ...summary(row, officeToday()),
    text: await scope.sealed.open(row.text_enc, textContext(row.id)),
    answer: row.answer_enc ? await scope.sealed.open(row.answer_enc, answerContext(row.id)) : null,
    answeredAt: row.answered_at ? new Date(row.answered_at).toISOString() : null,
    caseReference: frame?.reference ?? null,
    concerns: concerns?.display_name ?? null,
    sharedAt: row.shared_at ? new Date(row.shared_at).toISOString() : null,
    allowedActions: allowedComplaintActions(scope.actor, facts),
  };
}

/** One complaint with its text and answer, for the complaint office (audited read). */
export async function readComplaint(scope: ActorScope, id: string): Promise<TComplaintDetail> {
  const complaint = await detail(scope, id);
  await scope.audit({ action: 'complaint.read', resourceType: 'complaint', resourceId: id });
  return complaint;
}

async function authorize(scope: ActorScope, id: string, action: 'take' | 'answer' | 'share') {
  const { facts } = await loadComplaint(scope, id);
  if (!canOnComplaint(scope.actor, action, facts)) {
    const why = {
      take: 'Die Beschwerde ist schon beantwortet oder liegt bereits bei Ihnen.',
      answer: 'Die Beschwerde ist schon beantwortet.',
      share: 'Die Beschwerde betrifft keinen Fall oder ist schon geteilt.',
    } as const;
    throw new HttpError(409, 'complaint_state', why[action]);
  }
  return facts;
}

/** A member of the complaint office takes the complaint: it is theirs and "in progress". */
export async function takeComplaint(scope: ActorScope, id: string): Promise<TComplaintDetail> {
  await authorize(scope, id, 'take');
  await scope.tx
    .updateTable('complaints')
    .set({ handler_id: scope.actor.userId, status: 'in_progress' })
    .where('id', '=', id)
    .execute();
  await scope.audit({ action: 'complaint.take', resourceType: 'complaint', resourceId: id });
  return detail(scope, id);
}

/** The answer to the family (sealed); the complaint is then "answered" and the family reads it. */
export async function answerComplaint(
  scope: ActorScope,
  id: string,
  answer: string,
): Promise<TComplaintDetail> {
  await authorize(scope, id, 'answer');
  await scope.tx
    .updateTable('complaints')
    .set({
      handler_id: scope.actor.userId,
      status: 'answered',
      answer_enc: await scope.sealed.seal(answer, answerContext(id)),
      answered_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
  await scope.audit({ action: 'complaint.answer', resourceType: 'complaint', resourceId: id });
  return detail(scope, id);
}

/** The complaint office shares the complaint with the staff of its case (from then on shown on the case). */
export async function shareComplaint(scope: ActorScope, id: string): Promise<TComplaintDetail> {
  await authorize(scope, id, 'share');
  await scope.tx
    .updateTable('complaints')
    .set({ shared_at: new Date(), shared_by: scope.actor.userId })
    .where('id', '=', id)
    .execute();
  // Without the case: nothing about a complaint shows in the family members' access logs.
  await scope.audit({ action: 'complaint.share', resourceType: 'complaint', resourceId: id });
  return detail(scope, id);
}
