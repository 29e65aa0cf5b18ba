import { randomUUID } from 'node:crypto';
import {
  type TAssessmentInput,
  type TProtectionReportInput,
  type TProtectionResultInput,
  type TSurveyInput,
  ZAssessmentInputSchema,
  ZProtectionReportInputSchema,
  ZProtectionResultInputSchema,
  ZSurveyInputSchema,
} from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { countRatings, factorKinds } from './assessment-rows.js';
import { findCatalogue } from './catalogues.js';
import { firstContactDueAt } from './procedures.js';
import { initialChecklist, type SealedChecklist, sealPart } from './sealed.js';

/** A completed procedure as the demo writes it: every step with who did it and when. */
export interface SeedProcedure {
  tenantId: string;
  caseId: string;
  report: TProtectionReportInput;
  receivedBy: string;
  firstContactAt: Date;
  /** Steps done on a day by a person (the rest stays as a new procedure has it). */
  steps: Partial<Record<keyof SealedChecklist, { doneOn: string; doneBy: string }>>;
  participantIds: string[];
  assessments: (TAssessmentInput & { createdBy: string })[];
  result: TProtectionResultInput;
  proposedBy: string;
  proposedAt: Date;
  /** Absent: the proposal still waits for the second sign-off. */
  signedOffBy?: string;
  signedOffAt?: Date;
  survey: TSurveyInput;
}

/** Writes a proposed or signed-off procedure directly (demo data): parsed with the contract, sealed like the app does. */
export async function seedProtectionProcedure(
  { tx, sealed }: { tx: Tx; sealed: SealedText },
  s: SeedProcedure,
): Promise<string> {
  const report = ZProtectionReportInputSchema.parse(s.report);
  const result = ZProtectionResultInputSchema.parse(s.result);
  const id = randomUUID();
  const receivedAt = new Date(report.receivedAt);
  const checklist = initialChecklist(report.providerReport !== null);
  for (const [step, done] of Object.entries(s.steps) as [
    keyof SealedChecklist,
    { doneOn: string; doneBy: string },
  ][])
    checklist[step] = {
      state: 'done',
      ...done,
      reason: null,
      recordedBy: done.doneBy,
      recordedAt: `${done.doneOn}T16:00:00.000Z`,
    };
  await tx
    .insertInto('protection_procedures')
    .values({
      tenant_id: s.tenantId,
      id,
      case_id: s.caseId,
      child_person_id: report.childPersonId,
      received_at: receivedAt,
      received_by: s.receivedBy,
      urgency: report.urgency,
      first_contact_due_at: firstContactDueAt(receivedAt, report.urgency),
      first_contact_at: s.firstContactAt,
      hint_sources: report.hintSources,
      provider_report: report.providerReport !== null,
      report_enc: await sealPart(sealed, 'report', id, {
        content: report.content,
        providerReport: report.providerReport,
      }),
      checklist_enc: await sealPart(sealed, 'checklist', id, checklist),
      participant_ids: s.participantIds,
    })
    .execute();
  for (const raw of s.assessments) {
    const a = ZAssessmentInputSchema.parse(raw);
    const catalogue = await findCatalogue(tx, a.catalogueId, a.catalogueVersion);
    if (!catalogue) throw new Error(`demo: unknown catalogue ${a.catalogueId}`);
    const counts = countRatings(a.ratings, factorKinds(catalogue));
    const assessmentId = randomUUID();
    await tx
      .insertInto('protection_assessments')
      .values({
        tenant_id: s.tenantId,
        id: assessmentId,
        procedure_id: id,
        catalogue_id: a.catalogueId,
        catalogue_version: a.catalogueVersion,
        assessed_on: a.assessedOn,
        ratings_enc: await sealPart(sealed, 'assessment', assessmentId, {
          ratings: a.ratings,
          summary: a.summary,
        }),
        risk_rated: counts.risk.rated,
        protective_rated: counts.protective.rated,
        created_by: raw.createdBy,
        created_at: `${a.assessedOn}T15:00:00.000Z`,
      } as never)
      .execute();
  }
  await tx
    .insertInto('protection_surveys')
    .values({
      tenant_id: s.tenantId,
      procedure_id: id,
      answers_enc: await sealPart(sealed, 'survey', id, ZSurveyInputSchema.parse(s.survey)),
      updated_by: s.signedOffBy ?? s.proposedBy,
    })
    .execute();
  await tx
    .updateTable('protection_procedures')
    .set({
      status: s.signedOffBy ? 'closed' : 'awaiting_sign_off',
      result: result.result,
      endangerment_types: result.endangermentTypes,
      follow_up_on: result.followUpOn,
      open_task_due_dates: result.protectionPlan.filter((t) => !t.done).map((t) => t.dueOn),
      outcome_enc: await sealPart(sealed, 'outcome', id, {
        decision: result.decision,
        protectionPlan: result.protectionPlan,
        familyCourt: result.familyCourt,
        emergencyCustody: result.emergencyCustody,
      }),
      proposed_by: s.proposedBy,
      proposed_at: s.proposedAt,
      signed_off_by: s.signedOffBy ?? null,
      signed_off_at: s.signedOffAt ?? null,
      closed_at: s.signedOffBy ? (s.signedOffAt ?? null) : null,
    })
    .where('id', '=', id)
    .execute();
  return id;
}
