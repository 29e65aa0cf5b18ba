import {
  checklistSteps,
  type TProtectionProcedure,
  type TProtectionStatus,
  type TUserRef,
} from '@lotse/shared';
import { sql } from 'kysely';
import type { ActorScope } from '../../platform/scope.js';
import { readAssessments } from './assessment-rows.js';
import { isoDay } from './dates.js';
import { allowedProcedureActions, type ProtectionResource } from './policy.js';
import { missingForResult } from './readiness.js';
import {
  emptySurvey,
  openPart,
  type SealedChecklist,
  type SealedOutcome,
  type SealedReport,
} from './sealed.js';

// What leaves the server of a procedure: never a database row.

/** Display names of staff, by id (directory of the office). */
export async function userRefs(
  scope: ActorScope,
  ids: (string | null | undefined)[],
): Promise<Map<string, TUserRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  const refs = new Map<string, TUserRef>();
  if (wanted.length === 0) return refs;
  const rows = await scope.tx
    .selectFrom('directory_users')
    .select(['id', 'display_name'])
    .where('id', 'in', wanted)
    .execute();
  for (const r of rows) refs.set(r.id, { id: r.id, displayName: r.display_name });
  return refs;
}

const refOf = (refs: Map<string, TUserRef>, id: string | null) =>
  id ? (refs.get(id) ?? { id, displayName: 'Unbekannt' }) : null;

/** The first contact came (or is still missing) after its deadline. */
export const overdue = (dueAt: Date, contactAt: Date | null) =>
  contactAt ? contactAt.getTime() > dueAt.getTime() : Date.now() > dueAt.getTime();

/** A procedure with everything in it, without auditing: for the answers of writes and audited reads. */
export async function procedureDetail(
  scope: ActorScope,
  procedureId: string,
  caseAccess: 'read' | 'update',
): Promise<TProtectionProcedure> {
  const row = await scope.tx
    .selectFrom('protection_procedures')
    .selectAll()
    .select(sql<string[]>`open_task_due_dates::text[]`.as('open_due'))
    .where('id', '=', procedureId)
    .executeTakeFirstOrThrow();
  const survey = await scope.tx
    .selectFrom('protection_surveys')
    .select('answers_enc')
    .where('procedure_id', '=', procedureId)
    .executeTakeFirst();
  const report = await openPart<SealedReport>(scope.sealed, 'report', row.id, row.report_enc);
  const checklist = await openPart<SealedChecklist>(scope.sealed, 'checklist', row.id, row.checklist_enc);
  const outcome = row.outcome_enc
    ? await openPart<SealedOutcome>(scope.sealed, 'outcome', row.id, row.outcome_enc)
    : null;
  const assessments = (await readAssessments(scope, [row.id])).get(row.id) ?? [];
  const refs = await userRefs(scope, [
    row.received_by,
    row.proposed_by,
    row.signed_off_by,
    ...row.participant_ids,
    ...checklistSteps.flatMap((s) => [checklist[s].doneBy, checklist[s].recordedBy]),
  ]);
  const status = row.status as TProtectionStatus;
  const dueAt = new Date(row.first_contact_due_at);
  const contactAt = row.first_contact_at ? new Date(row.first_contact_at) : null;
  const resource: ProtectionResource = { caseAccess, status, proposedBy: row.proposed_by };
  const iso = (v: Date | string | null) => (v ? new Date(v).toISOString() : null);
  return {
    id: row.id,
    caseId: row.case_id,
    status,
    report: {
      hintSources: row.hint_sources as TProtectionProcedure['report']['hintSources'],
      content: report.content,
      receivedAt: new Date(row.received_at).toISOString(),
      receivedBy: refOf(refs, row.received_by) as TUserRef,
      urgency: row.urgency as TProtectionProcedure['report']['urgency'],
      firstContactDueAt: dueAt.toISOString(),
      childPersonId: row.child_person_id,
      providerReport: report.providerReport,
    },
    firstContactAt: contactAt?.toISOString() ?? null,
    firstContactOverdue: status !== 'closed' || contactAt ? overdue(dueAt, contactAt) : false,
    checklist: checklistSteps.map((step) => ({
      step,
      state: checklist[step].state,
      doneOn: checklist[step].doneOn,
      doneBy: refOf(refs, checklist[step].doneBy),
      reason: checklist[step].reason,
      recordedBy: refOf(refs, checklist[step].recordedBy),
      recordedAt: checklist[step].recordedAt,
    })),
    participants: row.participant_ids.map((id) => refOf(refs, id) as TUserRef),
    assessments,
    outcome:
      outcome && row.result && row.proposed_by && row.proposed_at
        ? {
            result: row.result as NonNullable<TProtectionProcedure['outcome']>['result'],
            endangermentTypes: row.endangerment_types as NonNullable<
              TProtectionProcedure['outcome']
            >['endangermentTypes'],
            decision: outcome.decision,
            protectionPlan: outcome.protectionPlan,
            followUpOn: row.follow_up_on ? isoDay(row.follow_up_on) : null,
            familyCourt: outcome.familyCourt,
            emergencyCustody: outcome.emergencyCustody,
            proposedBy: refOf(refs, row.proposed_by) as TUserRef,
            proposedAt: new Date(row.proposed_at).toISOString(),
            signedOffBy: refOf(refs, row.signed_off_by),
            signedOffAt: iso(row.signed_off_at),
          }
        : null,
    survey: survey ? await openPart(scope.sealed, 'survey', row.id, survey.answers_enc) : emptySurvey(),
    missingForResult: missingForResult({
      participantCount: row.participant_ids.length,
      assessmentCount: assessments.length,
      checklist,
      firstContactAt: contactAt,
    }),
    allowedActions: allowedProcedureActions(scope.actor, resource),
    createdAt: new Date(row.created_at).toISOString(),
    closedAt: iso(row.closed_at),
  };
}
