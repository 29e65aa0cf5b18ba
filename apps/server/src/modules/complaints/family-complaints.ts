import { randomUUID } from 'node:crypto';
import {
  COMPLAINT_ANSWER_DAYS,
  type TComplaintInput,
  type TFamilyComplaint,
  type TFamilyComplaints,
} from '@lotse/shared';
import { addDays, differenceInYears, format } from 'date-fns';
import { sql } from 'kysely';
import type { FamilyScope } from '../../platform/scope.js';
import { caseFrame, caseMembers, caseOfRequest } from '../cases/index.js';
import { familyAccountOf } from '../family/index.js';
import { officeToday } from '../tenancy/index.js';
import { ombudsOffice } from './ombuds.js';
import { answerContext, textContext } from './sealing.js';

/** Who complains and about whose work: from the account's case, or from the request and its case. */
async function complainant(scope: FamilyScope) {
  const today = officeToday();
  if (scope.family.accountId) {
    const account = await familyAccountOf(scope);
    const me = (await caseMembers(scope, account.caseId)).find((m) => m.personId === account.personId);
    const frame = await caseFrame(scope, account.caseId);
    const age = me?.birthDate ? differenceInYears(new Date(today), new Date(me.birthDate)) : null;
    return {
      accountId: account.id,
      requestId: scope.family.intakeRequestId,
      caseId: account.caseId,
      teamId: frame?.team_id ?? null,
      concernsUserId: frame?.caseworker_id ?? null,
      who: me?.role === 'child' ? `young_person${age === null ? '' : `:${age}`}` : 'parent',
    };
  }
  const requestId = scope.family.intakeRequestId;
  const opened = requestId ? await caseOfRequest(scope, requestId) : undefined;
  return {
    accountId: null,
    requestId,
    caseId: opened?.id ?? null,
    teamId: opened?.team_id ?? null,
    concernsUserId: opened?.caseworker_id ?? null,
    who: 'request',
  };
}

/** "B-2026-0007": the year's next number, under a lock so two complaints never share one. */
async function nextReference(scope: FamilyScope): Promise<string> {
  const year = officeToday().slice(0, 4);
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`complaints:${scope.tenantId}`}))`.execute(scope.tx);
  const row = await scope.tx
    .selectFrom('complaints')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('reference', 'like', `B-${year}-%`)
    .executeTakeFirst();
  return `B-${year}-${String(Number(row?.n ?? 0) + 1).padStart(4, '0')}`;
}

/**
 * A family member complains (§ 9a): the complaint goes to the complaint office with a deadline; the
 * caseworker of the case is recorded as concerned and never sees it unless the office shares it.
 * Audited without the case, so that nothing about it shows on the case or in another family
 * member's access log.
 */
export async function submitComplaint(
  scope: FamilyScope,
  input: TComplaintInput,
): Promise<TFamilyComplaints> {
  const from = await complainant(scope);
  const id = randomUUID();
  await scope.tx
    .insertInto('complaints')
    .values({
      tenant_id: scope.tenantId,
      id,
      reference: await nextReference(scope),
      family_account_id: from.accountId,
      intake_request_id: from.requestId,
      case_id: from.caseId,
      team_id: from.teamId,
      concerns_user_id: from.concernsUserId,
      complainant: from.who,
      topic: input.topic,
      status: 'received',
      text_enc: await scope.sealed.seal(input.text, textContext(id)),
      due_on: format(addDays(new Date(officeToday()), COMPLAINT_ANSWER_DAYS), 'yyyy-MM-dd'),
    })
    .execute();
  await scope.audit({
    action: 'complaint.submit',
    resourceType: 'complaint',
    resourceId: id,
    details: { accountId: from.accountId },
  });
  return familyComplaintsUnaudited(scope);
}

/** The family's own complaints (by its account and by its request's code), newest first, and the ombuds office. */
export async function familyComplaintsUnaudited(scope: FamilyScope): Promise<TFamilyComplaints> {
  const { accountId, intakeRequestId } = scope.family;
  const rows = await scope.tx
    .selectFrom('complaints')
    .select(['id', 'topic', 'text_enc', 'status', 'received_at', 'due_on', 'answer_enc', 'answered_at'])
    .where((eb) =>
      eb.or([
        ...(accountId ? [eb('family_account_id', '=', accountId)] : []),
        ...(intakeRequestId ? [eb('intake_request_id', '=', intakeRequestId)] : []),
        eb.val(false),
      ]),
    )
    .orderBy('received_at', 'desc')
    .execute();
  const complaints: TFamilyComplaint[] = [];
  for (const r of rows) {
    complaints.push({
      id: r.id,
      topic: r.topic as TFamilyComplaint['topic'],
      text: await scope.sealed.open(r.text_enc, textContext(r.id)),
      status: r.status,
      receivedAt: new Date(r.received_at as Date).toISOString(),
      dueOn: String(r.due_on).slice(0, 10),
      answer: r.answer_enc ? await scope.sealed.open(r.answer_enc, answerContext(r.id)) : null,
      answeredAt: r.answered_at ? new Date(r.answered_at).toISOString() : null,
    });
  }
  return { complaints, ombudsOffice: await ombudsOffice(scope) };
}

/** The same, as the family opens its complaints page (audited). */
export async function familyComplaints(scope: FamilyScope): Promise<TFamilyComplaints> {
  const result = await familyComplaintsUnaudited(scope);
  await scope.audit({
    action: 'complaint.family_list',
    resourceType: 'complaint',
    resourceId: null,
    details: { accountId: scope.family.accountId, count: result.complaints.length },
  });
  return result;
}
