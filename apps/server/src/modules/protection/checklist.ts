import {
  checklistSteps,
  skippableChecklistSteps,
  type TChecklistInput,
  type TParticipantsInput,
  type TProtectionProcedure,
  ZChecklistInputSchema,
  ZParticipantsInputSchema,
} from '@lotse/shared';
import type { ActorScope } from '../../platform/scope.js';
import { authorizeProcedure } from './authorize.js';
import { DateChecks, dayOf } from './dates.js';
import { procedureDetail } from './present.js';
import { openPart, type SealedChecklist, type SealedChecklistItem, sealPart } from './sealed.js';
import { requireStaff } from './staff.js';

/**
 * Replaces the checklist of legally required steps (each open, done on a day by a person, or
 * skipped with a reason) and the time of the first contact. Who recorded a step is kept per step.
 */
export async function updateChecklist(
  scope: ActorScope,
  procedureId: string,
  raw: TChecklistInput,
): Promise<TProtectionProcedure> {
  const p = await authorizeProcedure(scope, procedureId, 'edit');
  const input = ZChecklistInputSchema.parse(raw);
  const reportDay = dayOf(p.receivedAt);
  const checks = new DateChecks();
  const next = {} as SealedChecklist;
  const current = await currentChecklist(scope, procedureId);
  const now = new Date().toISOString();
  for (const step of checklistSteps) {
    const item = input.steps[step];
    const field = `steps.${step}`;
    let value: Omit<SealedChecklistItem, 'recordedBy' | 'recordedAt'>;
    switch (item.state) {
      case 'open':
        value = { state: 'open', doneOn: null, doneBy: null, reason: null };
        break;
      case 'done':
        if (!item.doneOn)
          checks.add(`${field}.doneOn`, 'Bitte das Datum angeben, an dem der Schritt erledigt wurde');
        checks.past(`${field}.doneOn`, item.doneOn, reportDay, 'Das Datum');
        value = {
          state: 'done',
          doneOn: item.doneOn,
          doneBy: item.doneBy ?? scope.actor.userId,
          reason: null,
        };
        break;
      case 'skipped':
        if (!skippableChecklistSteps.includes(step))
          checks.add(
            `${field}.state`,
            'Die gemeinsame Einschätzung mehrerer Fachkräfte ist immer erforderlich',
          );
        if (!item.reason) checks.add(`${field}.reason`, 'Bitte begründen, warum der Schritt nicht erfolgt');
        value = { state: 'skipped', doneOn: null, doneBy: null, reason: item.reason };
        break;
      case 'not_applicable':
        if (step !== 'expert_consulted' || p.provider_report)
          checks.add(
            `${field}.state`,
            'Dieser Schritt entfällt nicht; er ist offen, erledigt oder begründet ausgelassen',
          );
        value = { state: 'not_applicable', doneOn: null, doneBy: null, reason: null };
        break;
    }
    const before = current[step];
    const changed =
      before.state !== value.state ||
      before.doneOn !== value.doneOn ||
      before.doneBy !== value.doneBy ||
      before.reason !== value.reason;
    next[step] = changed
      ? { ...value, recordedBy: scope.actor.userId, recordedAt: now }
      : { ...value, recordedBy: before.recordedBy, recordedAt: before.recordedAt };
  }
  checks.pastTime('firstContactAt', input.firstContactAt, p.receivedAt, 'Der erste Kontakt');
  checks.throwIfAny();
  await requireStaff(
    scope,
    checklistSteps.flatMap((s) => (next[s].doneBy ? [next[s].doneBy] : [])),
    'steps',
  );
  await scope.tx
    .updateTable('protection_procedures')
    .set({
      checklist_enc: await sealPart(scope.sealed, 'checklist', procedureId, next),
      first_contact_at: input.firstContactAt ? new Date(input.firstContactAt) : null,
    })
    .where('id', '=', procedureId)
    .execute();
  await scope.audit({
    action: 'protection.checklist',
    resourceType: 'protection_procedure',
    resourceId: procedureId,
    caseId: p.case_id,
  });
  return procedureDetail(scope, procedureId, 'update');
}

async function currentChecklist(scope: ActorScope, procedureId: string): Promise<SealedChecklist> {
  const row = await scope.tx
    .selectFrom('protection_procedures')
    .select('checklist_enc')
    .where('id', '=', procedureId)
    .executeTakeFirstOrThrow();
  return openPart<SealedChecklist>(scope.sealed, 'checklist', procedureId, row.checklist_enc);
}

/** Sets the staff who assess together (at least two, staff of the office: § 8a Abs. 1 S. 1). */
export async function updateParticipants(
  scope: ActorScope,
  procedureId: string,
  raw: TParticipantsInput,
): Promise<TProtectionProcedure> {
  const p = await authorizeProcedure(scope, procedureId, 'edit');
  const input = ZParticipantsInputSchema.parse(raw);
  await requireStaff(scope, input.userIds, 'userIds');
  await scope.tx
    .updateTable('protection_procedures')
    .set({ participant_ids: input.userIds })
    .where('id', '=', procedureId)
    .execute();
  await scope.audit({
    action: 'protection.participants',
    resourceType: 'protection_procedure',
    resourceId: procedureId,
    caseId: p.case_id,
    details: { userIds: input.userIds },
  });
  return procedureDetail(scope, procedureId, 'update');
}
