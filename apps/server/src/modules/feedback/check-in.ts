import { randomUUID } from 'node:crypto';
import type {
  TFamilyFeedback,
  TFeedbackAnswerInput,
  TFeedbackSafety,
  TFeedbackSubmitted,
} from '@lotse/shared';
import { HttpError, notFound } from '../../platform/errors.js';
import type { FamilyScope } from '../../platform/scope.js';
import { addReminderTask, caseFrame, caseMembers } from '../cases/index.js';
import { familyAccountOf } from '../family/index.js';
import { dangerSignalsIn } from '../intake/index.js';
import { officeToday } from '../tenancy/index.js';
import { commentContext, lastAnswerDays, nextCheckIn } from './answers.js';
import { recordFigure } from './figures.js';
import { type Respondent, respondentsFor } from './respondents.js';
import { intervalOf } from './settings.js';

async function checkInOf(scope: FamilyScope) {
  const account = await familyAccountOf(scope);
  const today = officeToday();
  const respondents = respondentsFor(account.personId, await caseMembers(scope, account.caseId), today);
  const intervalWeeks = await intervalOf(scope, account.caseId);
  const lastDays = await lastAnswerDays(scope, account.caseId);
  const present = (r: Respondent) => ({
    personId: r.member.personId,
    firstName: r.member.firstName,
    self: r.self,
    version: r.version,
    ...nextCheckIn(lastDays.get(r.member.personId), intervalWeeks, today),
  });
  const feedback: TFamilyFeedback = { intervalWeeks, respondents: respondents.map(present) };
  return { account, respondents, feedback };
}

/** The signed-in person's check-in: whether one is due, for them and the younger children they answer with. */
export async function familyFeedback(scope: FamilyScope): Promise<TFamilyFeedback> {
  return (await checkInOf(scope)).feedback;
}

/** The danger check of a free text, before the write (the classifier must not hold a transaction open). */
export async function checkCommentSafety(input: TFeedbackAnswerInput): Promise<TFeedbackSafety> {
  const comment = input.comment?.trim();
  if (!comment) return { danger: false, uncertain: false, signals: [] };
  return dangerSignalsIn(comment, input.language ?? 'de');
}

/**
 * Records one check-in answer (at most one per person and day) and its anonymous figure for planning;
 * the free text is sealed. A free text with danger signals puts a task for today on the case, so the
 * caseworker looks at it the same day. Audited as the family's write (it shows in the access log).
 */
export async function submitFeedback(
  scope: FamilyScope,
  input: TFeedbackAnswerInput,
  safety: TFeedbackSafety,
): Promise<TFeedbackSubmitted> {
  const { account, respondents, feedback } = await checkInOf(scope);
  const respondent = respondents.find((r) => r.member.personId === input.personId);
  const status = feedback.respondents.find((r) => r.personId === input.personId);
  if (!respondent || !status) throw notFound('Person');
  if (feedback.intervalWeeks === null) {
    throw new HttpError(409, 'feedback_off', 'Rückmeldungen sind für diesen Fall gerade ausgeschaltet.');
  }
  if (status.answeredToday) {
    throw new HttpError(409, 'feedback_today', 'Für heute ist schon eine Antwort da. Morgen geht es wieder.');
  }
  const id = randomUUID();
  const comment = input.comment?.trim() || null;
  await scope.tx
    .insertInto('feedback_answers')
    .values({
      tenant_id: scope.tenantId,
      id,
      case_id: account.caseId,
      person_id: input.personId,
      family_account_id: account.id,
      version: input.version,
      wellbeing: input.wellbeing,
      helpfulness: input.helpfulness,
      heard: input.heard,
      comment_enc: comment ? await scope.sealed.seal(comment, commentContext(id)) : null,
      danger: safety.danger,
    })
    .execute();
  const frame = await caseFrame(scope, account.caseId);
  if (safety.danger && frame?.caseworker_id) {
    await addReminderTask(scope.tx, scope.sealed, scope.tenantId, {
      caseId: account.caseId,
      title: `Rückmeldung von ${respondent.member.firstName} in der Familien-App mit Hinweis auf Gefahr: heute ansehen`,
      dueOn: officeToday(),
      createdBy: frame.caseworker_id,
    });
  }
  await recordFigure(scope, {
    helpType: frame?.help_type ?? null,
    socialAreaId: frame?.social_area_id ?? null,
    respondent: respondent.member.role === 'child' ? 'young_person' : 'parent',
    version: input.version,
    scores: input,
  });
  await scope.audit({
    action: 'feedback.submit',
    resourceType: 'case',
    resourceId: account.caseId,
    caseId: account.caseId,
    details: { accountId: account.id, personId: input.personId, danger: safety.danger },
  });
  return { ...(await checkInOf(scope)).feedback, safety };
}
