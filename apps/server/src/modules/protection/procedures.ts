import { randomUUID } from 'node:crypto';
import {
  firstContactOffsetHours,
  type TProtectionProcedure,
  type TProtectionProcedureSummary,
  type TProtectionReportInput,
  type TProtectionStatus,
  ZProtectionReportInputSchema,
} from '@lotse/shared';
import { badRequest } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { authorizeCase, caseDetail } from '../cases/index.js';
import { authorizeProcedure, caseAccessOf } from './authorize.js';
import { DateChecks, isoDay } from './dates.js';
import { allowedProcedureActions } from './policy.js';
import { overdue, procedureDetail } from './present.js';
import { emptySurvey, initialChecklist, type SealedReport, sealPart } from './sealed.js';

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
  if (input.childPersonId) await requireChildOfCase(scope, caseId, input.childPersonId);
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

/** 400 unless the person is a child of the case (the procedure and its survey are about one child). */
export async function requireChildOfCase(scope: ActorScope, caseId: string, personId: string): Promise<void> {
  const detail = await caseDetail(scope, caseId);
  const person = detail.persons.find((p) => p.id === personId);
  if (!person)
    throw badRequest('Das Kind gehört nicht zu diesem Fall.', { childPersonId: 'Person nicht im Fall' });
  if (person.role !== 'child')
    throw badRequest('Die gewählte Person ist im Fall nicht als Kind eingetragen.', {
      childPersonId: 'Kein Kind',
    });
}
