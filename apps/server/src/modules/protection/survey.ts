import {
  resultsWithEndangermentTypes,
  surveyItemLabels,
  type TProtectionResult,
  type TSurveyAnswers,
  type TSurveyInput,
  type TSurveyItem,
  type TSurveyRecord,
  ZSurveyInputSchema,
} from '@lotse/shared';
import { sql } from 'kysely';
import type { ActorScope, Scope } from '../../platform/scope.js';
import { caseDetail } from '../cases/index.js';
import { authorizeProcedure } from './authorize.js';
import { requireChildOfCase } from './procedures.js';
import { emptySurvey, openPart, type SealedOutcome, sealPart } from './sealed.js';

type From = TSurveyRecord['missing'][number]['from'];
const itemSource: Record<TSurveyItem, From> = {
  hintSources: 'report',
  agencyType: 'survey',
  endangeringPersons: 'survey',
  repeatReportThisYear: 'report',
  childSex: 'case_person',
  childBirthMonth: 'case_person',
  residence: 'survey',
  parentsAgeGroup: 'survey',
  parentForeignOrigin: 'survey',
  germanSpokenAtHome: 'survey',
  livingSituation: 'survey',
  servicesInUse: 'survey',
  emergencyCustody: 'result',
  result: 'result',
  endangermentTypes: 'result',
  newHelpAgreed: 'survey',
  familyCourtCalled: 'result',
};

/** The sex and birth date of a person of a case, for the survey's child items. */
export type ChildLookup = (
  caseId: string,
  personId: string,
) => Promise<{ gender: TSurveyRecord['items']['childSex']; birthDate: string | null } | null>;

/** The complete survey record (§ 99 Abs. 6 SGB VIII) of a procedure and what is still missing. Unaudited. */
export function surveyRecord(scope: ActorScope, procedureId: string): Promise<TSurveyRecord> {
  const child: ChildLookup = async (caseId, personId) =>
    (await caseDetail(scope, caseId)).persons.find((p) => p.id === personId) ?? null;
  return surveyRecordOf(scope, procedureId, child);
}

/** The survey records of the procedures completed (signed off) in `year`, for the official statistics. Unaudited. */
export async function surveyRecordsOfYear(
  scope: Pick<Scope, 'tx' | 'sealed'>,
  year: number,
  child: ChildLookup,
): Promise<(TSurveyRecord & { caseId: string })[]> {
  const rows = await scope.tx
    .selectFrom('protection_procedures')
    .select(['id', 'case_id'])
    .where('status', '=', 'closed')
    .where(sql<boolean>`extract(year from signed_off_at) = ${year}`)
    .orderBy('signed_off_at')
    .orderBy('id')
    .execute();
  const records = [];
  for (const row of rows)
    records.push({ ...(await surveyRecordOf(scope, row.id, child)), caseId: row.case_id });
  return records;
}

async function surveyRecordOf(
  scope: Pick<Scope, 'tx' | 'sealed'>,
  procedureId: string,
  child: ChildLookup,
): Promise<TSurveyRecord> {
  const row = await scope.tx
    .selectFrom('protection_procedures')
    .select([
      'id',
      'case_id',
      'child_person_id',
      'hint_sources',
      'received_at',
      'signed_off_at',
      'result',
      'endangerment_types',
      'outcome_enc',
    ])
    .where('id', '=', procedureId)
    .executeTakeFirstOrThrow();
  const stored = await scope.tx
    .selectFrom('protection_surveys')
    .select('answers_enc')
    .where('procedure_id', '=', procedureId)
    .executeTakeFirst();
  const answers: TSurveyAnswers = stored
    ? await openPart<TSurveyAnswers>(scope.sealed, 'survey', procedureId, stored.answers_enc)
    : emptySurvey();
  const outcome = row.outcome_enc
    ? await openPart<SealedOutcome>(scope.sealed, 'outcome', row.id, row.outcome_enc)
    : null;
  const receivedAt = new Date(row.received_at);
  const year = new Date(row.signed_off_at ?? receivedAt).getUTCFullYear();
  // A repeat report: an earlier procedure this year about the same child (or, without one named, the same case).
  const earlier = await scope.tx
    .selectFrom('protection_procedures')
    .select('id')
    .where('id', '<>', row.id)
    .where('received_at', '<', receivedAt)
    .where(sql<boolean>`extract(year from received_at) = ${receivedAt.getUTCFullYear()}`)
    .where((eb) =>
      row.child_person_id ? eb('child_person_id', '=', row.child_person_id) : eb('case_id', '=', row.case_id),
    )
    .executeTakeFirst();
  let childSex: TSurveyRecord['items']['childSex'] = null;
  let childBirthMonth: string | null = null;
  // The report names the child; where it did not, the survey can (the closed report stays as it was).
  const childPersonId = row.child_person_id ?? answers.childPersonId ?? null;
  if (childPersonId) {
    const person = await child(row.case_id, childPersonId);
    childSex = person?.gender ?? null;
    childBirthMonth = person?.birthDate ? person.birthDate.slice(0, 7) : null;
  }
  const result = row.result as TProtectionResult | null;
  const items: TSurveyRecord['items'] = {
    hintSources: row.hint_sources as TSurveyRecord['items']['hintSources'],
    agencyType: answers.agencyType,
    endangeringPersons: answers.endangeringPersons,
    repeatReportThisYear: earlier !== undefined,
    childPersonId,
    childSex,
    childBirthMonth,
    residence: answers.residence,
    parentsAgeGroup: answers.parentsAgeGroup,
    parentForeignOrigin: answers.parentForeignOrigin,
    germanSpokenAtHome: answers.germanSpokenAtHome,
    livingSituation: answers.livingSituation,
    servicesInUse: answers.servicesInUse,
    emergencyCustody: outcome ? outcome.emergencyCustody.taken : null,
    result,
    endangermentTypes: result
      ? resultsWithEndangermentTypes.includes(result)
        ? (row.endangerment_types as NonNullable<TSurveyRecord['items']['endangermentTypes']>)
        : []
      : null,
    newHelpAgreed: answers.newHelpAgreed,
    familyCourtCalled: outcome ? outcome.familyCourt.notified : null,
  };
  const missing = (Object.keys(itemSource) as TSurveyItem[])
    .filter((item) => items[item] === null)
    .map((item) => ({ item, label: surveyItemLabels[item], from: itemSource[item] }));
  return { procedureId, year, items, missing, complete: missing.length === 0 };
}

/** The survey record; audited as a read. */
export async function getSurvey(scope: ActorScope, procedureId: string): Promise<TSurveyRecord> {
  const p = await authorizeProcedure(scope, procedureId, 'read');
  await scope.audit({
    action: 'protection.survey_read',
    resourceType: 'protection_procedure',
    resourceId: procedureId,
    caseId: p.case_id,
  });
  return surveyRecord(scope, procedureId);
}

/** Replaces the survey answers the procedure does not hold itself; possible also after closing. */
export async function updateSurvey(
  scope: ActorScope,
  procedureId: string,
  raw: TSurveyInput,
): Promise<TSurveyRecord> {
  const p = await authorizeProcedure(scope, procedureId, 'edit_survey');
  const answers = ZSurveyInputSchema.parse(raw);
  if (answers.childPersonId) await requireChildOfCase(scope, p.case_id, answers.childPersonId);
  const answers_enc = await sealPart(scope.sealed, 'survey', procedureId, answers);
  await scope.tx
    .insertInto('protection_surveys')
    .values({
      tenant_id: scope.actor.tenantId,
      procedure_id: procedureId,
      answers_enc,
      updated_by: scope.actor.userId,
    })
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'procedure_id'])
        .doUpdateSet({ answers_enc, updated_by: scope.actor.userId, updated_at: sql<Date>`now()` }),
    )
    .execute();
  await scope.audit({
    action: 'protection.survey_update',
    resourceType: 'protection_procedure',
    resourceId: procedureId,
    caseId: p.case_id,
  });
  return surveyRecord(scope, procedureId);
}
