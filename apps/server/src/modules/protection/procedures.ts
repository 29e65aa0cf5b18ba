import { randomUUID } from 'node:crypto';
import {
  checklistSteps,
  firstContactOffsetHours,
  type TProtectionAction,
  type TProtectionProcedure,
  type TProtectionProcedureSummary,
  type TProtectionReportInput,
  type TProtectionStatus,
  type TUserRef,
  ZProtectionReportInputSchema,
} from '@lotse/shared';
import { sql } from 'kysely';
import { badRequest, HttpError } from '../../platform/errors.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { authorizeCase, caseDetail } from '../cases/index.js';
import { readAssessments } from './assessment-rows.js';
import { DateChecks, isoDay } from './dates.js';
import { allowedProcedureActions, canOnProcedure, type ProtectionResource } from './policy.js';
import { missingForResult } from './readiness.js';
import {
  emptySurvey,
  initialChecklist,
  openPart,
  type SealedChecklist,
  type SealedOutcome,
  type SealedReport,
  sealPart,
} from './sealed.js';

/** What the case policy lets the actor do with the case: read it, or also work on it. */
export async function caseAccessOf(scope: ActorScope, caseId: string): Promise<'read' | 'update'> {
  await authorizeCase(scope.tx, scope.actor, caseId, 'read');
  try {
    await authorizeCase(scope.tx, scope.actor, caseId, 'update');
    return 'update';
  } catch (error) {
    if (error instanceof HttpError && error.status === 403) return 'read';
    throw error;
  }
}

const refusals: Record<TProtectionAction, string> = {
  read: 'Kein Zugriff auf dieses Verfahren.',
  edit: 'Dieses Verfahren kann nicht mehr geändert werden.',
  propose_result: 'Ein Ergebnis kann hier nicht vorgeschlagen werden.',
  sign_off: 'Diese Freigabe ist nicht möglich.',
  edit_survey: 'Die Statistikangaben können Sie hier nicht ändern.',
};

/** Why an action on a visible procedure is refused, in words a person can act on. */
function refusalFor(action: TProtectionAction, r: ProtectionResource, actorId: string): HttpError {
  if (r.caseAccess !== 'update')
    return new HttpError(
      403,
      'forbidden',
      'Sie dürfen diesen Fall lesen, aber nicht bearbeiten (z. B. weil er abgeschlossen ist).',
    );
  if (r.status === 'closed')
    return new HttpError(
      409,
      'conflict',
      'Das Verfahren ist abgeschlossen und freigegeben; es ändert sich nicht mehr. Bei neuen Hinweisen erfassen Sie eine neue Meldung.',
    );
  if (action === 'sign_off' && r.status === 'awaiting_sign_off' && r.proposedBy === actorId)
    return new HttpError(
      409,
      'conflict',
      'Die zweite Freigabe muss eine andere Fachkraft geben: Sie haben das Ergebnis selbst vorgeschlagen (Vier-Augen-Prinzip).',
    );
  if (action === 'sign_off' && r.status === 'open')
    return new HttpError(
      409,
      'conflict',
      'Es gibt noch keinen Ergebnisvorschlag, der freigegeben werden könnte.',
    );
  return new HttpError(409, 'conflict', refusals[action]);
}

/**
 * Loads a procedure and checks the policy. A procedure of a case the actor may not see does not
 * exist for them (404); a refused action on a visible one gets a 403/409 that says why.
 */
export async function authorizeProcedure(scope: ActorScope, procedureId: string, action: TProtectionAction) {
  const row = await scope.tx
    .selectFrom('protection_procedures')
    .select(['id', 'case_id', 'status', 'proposed_by', 'received_at', 'provider_report'])
    .where('id', '=', procedureId)
    .executeTakeFirst();
  const notVisible = () => new NotVisibleError('protection_procedure', procedureId, 'Kinderschutzverfahren');
  if (!row) throw notVisible();
  let caseAccess: 'read' | 'update';
  try {
    caseAccess = await caseAccessOf(scope, row.case_id);
  } catch (error) {
    if (error instanceof NotVisibleError) throw notVisible();
    throw error;
  }
  const resource: ProtectionResource = {
    caseAccess,
    status: row.status as TProtectionStatus,
    proposedBy: row.proposed_by,
  };
  if (!canOnProcedure(scope.actor, 'read', resource)) throw notVisible();
  if (!canOnProcedure(scope.actor, action, resource)) throw refusalFor(action, resource, scope.actor.userId);
  return { ...row, receivedAt: new Date(row.received_at), resource };
}

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

const overdue = (dueAt: Date, contactAt: Date | null) =>
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

/** One procedure; audited as a read. */
export async function getProcedure(scope: ActorScope, procedureId: string): Promise<TProtectionProcedure> {
  const p = await authorizeProcedure(scope, procedureId, 'read');
  await scope.audit({
    action: 'protection.read',
    resourceType: 'protection_procedure',
    resourceId: procedureId,
    caseId: p.case_id,
  });
  return procedureDetail(scope, procedureId, p.resource.caseAccess as 'read' | 'update');
}

/** The case's procedures, one line each, newest report first; audited. */
export async function listProcedures(
  scope: ActorScope,
  caseId: string,
): Promise<TProtectionProcedureSummary[]> {
  const caseAccess = await caseAccessOf(scope, caseId);
  const rows = await scope.tx
    .selectFrom('protection_procedures as p')
    .select([
      'p.id',
      'p.case_id',
      'p.status',
      'p.urgency',
      'p.hint_sources',
      'p.received_at',
      'p.first_contact_due_at',
      'p.first_contact_at',
      'p.result',
      'p.follow_up_on',
      'p.proposed_by',
    ])
    .select((eb) =>
      eb
        .selectFrom('protection_assessments as a')
        .select((a) => a.fn.countAll<string>().as('n'))
        .whereRef('a.procedure_id', '=', 'p.id')
        .as('assessment_count'),
    )
    .where('p.case_id', '=', caseId)
    .orderBy('p.received_at', 'desc')
    .execute();
  await scope.audit({
    action: 'protection.list',
    resourceType: 'protection_procedure',
    caseId,
    details: { procedureIds: rows.map((r) => r.id) },
  });
  return rows.map((r) => {
    const status = r.status as TProtectionStatus;
    const dueAt = new Date(r.first_contact_due_at);
    const contactAt = r.first_contact_at ? new Date(r.first_contact_at) : null;
    return {
      id: r.id,
      caseId: r.case_id,
      status,
      urgency: r.urgency as TProtectionProcedureSummary['urgency'],
      hintSources: r.hint_sources as TProtectionProcedureSummary['hintSources'],
      receivedAt: new Date(r.received_at).toISOString(),
      firstContactDueAt: dueAt.toISOString(),
      firstContactAt: contactAt?.toISOString() ?? null,
      firstContactOverdue: status !== 'closed' || contactAt ? overdue(dueAt, contactAt) : false,
      result: r.result as TProtectionProcedureSummary['result'],
      followUpOn: r.follow_up_on ? isoDay(r.follow_up_on) : null,
      assessmentCount: Number(r.assessment_count ?? 0),
      allowedActions: allowedProcedureActions(scope.actor, { caseAccess, status, proposedBy: r.proposed_by }),
    };
  });
}

/** The deadline for the first contact: the report's time plus the urgency's offset. */
export function firstContactDueAt(receivedAt: Date, urgency: keyof typeof firstContactOffsetHours): Date {
  return new Date(receivedAt.getTime() + firstContactOffsetHours[urgency] * 3600_000);
}

/** Records a report (Meldung) for the case and opens the procedure with its checklist. */
export async function reportConcern(
  scope: ActorScope,
  caseId: string,
  raw: TProtectionReportInput,
): Promise<TProtectionProcedure> {
  const { tx, actor } = scope;
  await authorizeCase(tx, actor, caseId, 'update');
  const input = ZProtectionReportInputSchema.parse(raw);
  const receivedAt = new Date(input.receivedAt);
  const checks = new DateChecks();
  if (receivedAt.getTime() > Date.now() + 5 * 60_000)
    checks.add('receivedAt', 'Der Eingang liegt in der Zukunft');
  if (receivedAt.getUTCFullYear() < 2000) checks.add('receivedAt', 'Der Eingang liegt zu weit zurück');
  checks.throwIfAny();
  if (input.childPersonId) {
    const detail = await caseDetail(scope, caseId);
    const person = detail.persons.find((p) => p.id === input.childPersonId);
    if (!person)
      throw badRequest('Das Kind gehört nicht zu diesem Fall.', { childPersonId: 'Person nicht im Fall' });
    if (person.role !== 'child')
      throw badRequest('Die gewählte Person ist im Fall nicht als Kind eingetragen.', {
        childPersonId: 'Kein Kind',
      });
  }
  const id = randomUUID();
  await tx
    .insertInto('protection_procedures')
    .values({
      tenant_id: actor.tenantId,
      id,
      case_id: caseId,
      child_person_id: input.childPersonId,
      received_at: receivedAt,
      received_by: actor.userId,
      urgency: input.urgency,
      first_contact_due_at: firstContactDueAt(receivedAt, input.urgency),
      hint_sources: input.hintSources,
      provider_report: input.providerReport !== null,
      report_enc: await sealPart(scope.sealed, 'report', id, {
        content: input.content,
        providerReport: input.providerReport,
      } satisfies SealedReport),
      checklist_enc: await sealPart(
        scope.sealed,
        'checklist',
        id,
        initialChecklist(input.providerReport !== null),
      ),
    })
    .execute();
  await tx
    .insertInto('protection_surveys')
    .values({
      tenant_id: actor.tenantId,
      procedure_id: id,
      answers_enc: await sealPart(scope.sealed, 'survey', id, {
        ...emptySurvey(),
        agencyType: input.providerReport ? 'provider' : null,
      }),
      updated_by: actor.userId,
    })
    .execute();
  await scope.audit({
    action: 'protection.report',
    resourceType: 'protection_procedure',
    resourceId: id,
    caseId,
  });
  return procedureDetail(scope, id, 'update');
}
