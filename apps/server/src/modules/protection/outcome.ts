import {
  type TProtectionProcedure,
  type TProtectionResultInput,
  ZProtectionResultInputSchema,
} from '@lotse/shared';
import { sql } from 'kysely';
import { conflict } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { authorizeProcedure } from './authorize.js';
import { DateChecks, dayOf } from './dates.js';
import { procedureDetail } from './present.js';
import { missingForResult } from './readiness.js';
import { openPart, type SealedChecklist, type SealedOutcome, sealPart } from './sealed.js';
import { requireStaff } from './staff.js';

/** 409 unless the legally required steps are there (they may have changed since the proposal). */
async function requireReady(scope: ActorScope, procedureId: string, lead: string): Promise<void> {
  const row = await scope.tx
    .selectFrom('protection_procedures')
    .select(['checklist_enc', 'participant_ids', 'first_contact_at'])
    .select((eb) =>
      eb
        .selectFrom('protection_assessments as a')
        .select((a) => a.fn.countAll<string>().as('n'))
        .where('a.procedure_id', '=', procedureId)
        .as('assessments'),
    )
    .where('id', '=', procedureId)
    .executeTakeFirstOrThrow();
  const missing = missingForResult({
    participantCount: row.participant_ids.length,
    assessmentCount: Number(row.assessments ?? 0),
    checklist: await openPart<SealedChecklist>(scope.sealed, 'checklist', procedureId, row.checklist_enc),
    firstContactAt: row.first_contact_at ? new Date(row.first_contact_at) : null,
  });
  if (missing.length > 0) throw conflict(`${lead}: ${missing.join(' ')}`);
}

/**
 * Proposes the result (or changes the proposal): category, types of endangerment, decision,
 * protection plan, follow-up, family court and emergency custody. Another person signs it off.
 */
export async function proposeResult(
  scope: ActorScope,
  procedureId: string,
  raw: TProtectionResultInput,
): Promise<TProtectionProcedure> {
  const p = await authorizeProcedure(scope, procedureId, 'propose_result');
  const input = ZProtectionResultInputSchema.parse(raw);
  const reportDay = dayOf(p.receivedAt);
  const checks = new DateChecks();
  checks.upcoming('followUpOn', input.followUpOn, reportDay, 'Die Wiedervorlage');
  input.protectionPlan.forEach((task, i) => {
    if (task.done) {
      if (task.dueOn < reportDay)
        checks.add(`protectionPlan.${i}.dueOn`, 'Die Frist liegt vor dem Eingang der Meldung');
    } else
      checks.upcoming(`protectionPlan.${i}.dueOn`, task.dueOn, reportDay, 'Die Frist einer offenen Aufgabe');
  });
  checks.past(
    'familyCourt.notifiedOn',
    input.familyCourt.notifiedOn,
    reportDay,
    'Die Anrufung des Familiengerichts',
  );
  checks.past('emergencyCustody.takenOn', input.emergencyCustody.takenOn, reportDay, 'Die Inobhutnahme');
  checks.throwIfAny();
  await requireStaff(
    scope,
    input.protectionPlan.flatMap((t) => (t.owner.userId ? [t.owner.userId] : [])),
    'protectionPlan',
  );
  await requireReady(scope, procedureId, 'Noch kein Ergebnis möglich');
  const outcome: SealedOutcome = {
    decision: input.decision,
    protectionPlan: input.protectionPlan,
    familyCourt: input.familyCourt,
    emergencyCustody: input.emergencyCustody,
  };
  await scope.tx
    .updateTable('protection_procedures')
    .set({
      status: 'awaiting_sign_off',
      result: input.result,
      endangerment_types: input.endangermentTypes,
      follow_up_on: input.followUpOn,
      open_task_due_dates: input.protectionPlan.filter((t) => !t.done).map((t) => t.dueOn),
      outcome_enc: await sealPart(scope.sealed, 'outcome', procedureId, outcome),
      proposed_by: scope.actor.userId,
      proposed_at: sql<Date>`now()`,
    })
    .where('id', '=', procedureId)
    .execute();
  await scope.audit({
    action: 'protection.propose',
    resourceType: 'protection_procedure',
    resourceId: procedureId,
    caseId: p.case_id,
    details: { result: input.result },
  });
  return procedureDetail(scope, procedureId, 'update');
}

/**
 * The second sign-off (Freigabe) by a person other than the proposer: closes the procedure, which
 * never changes afterwards (also enforced by a restrictive row policy).
 */
export async function signOff(scope: ActorScope, procedureId: string): Promise<TProtectionProcedure> {
  const p = await authorizeProcedure(scope, procedureId, 'sign_off');
  await requireReady(scope, procedureId, 'Noch keine Freigabe möglich');
  const updated = await scope.tx
    .updateTable('protection_procedures')
    .set({
      status: 'closed',
      signed_off_by: scope.actor.userId,
      signed_off_at: sql<Date>`now()`,
      closed_at: sql<Date>`now()`,
    })
    .where('id', '=', procedureId)
    .where('status', '=', 'awaiting_sign_off')
    .where('proposed_by', '<>', scope.actor.userId)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1)
    throw conflict('Das Verfahren wurde inzwischen geändert. Bitte neu laden.');
  await scope.audit({
    action: 'protection.sign_off',
    resourceType: 'protection_procedure',
    resourceId: procedureId,
    caseId: p.case_id,
  });
  return procedureDetail(scope, procedureId, 'update');
}
