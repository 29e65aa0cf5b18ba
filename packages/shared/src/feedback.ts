// Feedback contract: short regular check-ins from the family app ("How are you?", "Does the help
// help?", "Do you feel heard?" on a 1–5 scale with pictures), the caseworker's trend per person and
// the per-case interval.
import { z } from 'zod';
import { ZIsoDate } from './common.js';
import { ZCasePersonRole } from './enums.js';
import { ZFamilyLanguage } from './intake.js';

export const feedbackAuditActions = [
  'feedback.submit',
  'feedback.read', // staff looked at the trend (with the free texts)
  'feedback.settings',
] as const;

/** The three questions, in the order the family sees them. */
export const feedbackQuestions = ['wellbeing', 'helpfulness', 'heard'] as const;
export type TFeedbackQuestion = (typeof feedbackQuestions)[number];

/** Staff labels of the questions (the family reads them in its language from the app's texts). */
export const feedbackQuestionLabels: Record<TFeedbackQuestion, string> = {
  wellbeing: 'Wie geht es dir?',
  helpfulness: 'Hilft die Hilfe?',
  heard: 'Fühlst du dich gehört?',
};

/** "standard" for parents and teenagers, "child" in simple words for younger children. */
export const ZFeedbackVersion = z.enum(['standard', 'child']);
export type TFeedbackVersion = z.infer<typeof ZFeedbackVersion>;

const ZScore = z
  .number({ message: 'Bitte eine Antwort von 1 bis 5 wählen.' })
  .int({ message: 'Bitte eine Antwort von 1 bis 5 wählen.' })
  .min(1, { message: 'Bitte eine Antwort von 1 bis 5 wählen.' })
  .max(5, { message: 'Bitte eine Antwort von 1 bis 5 wählen.' });

/** Intervals the caseworker can choose; null switches the check-ins off for the case. */
export const feedbackIntervals = [1, 2, 4, 6, 8, 12] as const;
export const DEFAULT_FEEDBACK_INTERVAL_WEEKS = 4;
export const ZFeedbackInterval = z
  .number()
  .int()
  .refine((n) => (feedbackIntervals as readonly number[]).includes(n), {
    message: `Abstand in Wochen: ${feedbackIntervals.join(', ')}`,
  })
  .nullable();

export const ZFeedbackAnswerInputSchema = z.object({
  /** whose answer: the signed-in person or a younger child of the case (see the check-in's respondents) */
  personId: z.uuid({ message: 'Ungültige Person' }),
  version: ZFeedbackVersion,
  wellbeing: ZScore,
  helpfulness: ZScore,
  heard: ZScore,
  comment: z.string().trim().max(2000, { message: 'Höchstens 2000 Zeichen.' }).nullable().default(null),
  /** the language the person uses in the app (helps to read the free text) */
  language: ZFamilyLanguage.optional(),
});
export type TFeedbackAnswerInput = z.input<typeof ZFeedbackAnswerInputSchema>;

/** The check-in as the signed-in person sees it: for themselves and, for a parent, each younger child. */
export const ZFamilyFeedbackSchema = z.object({
  /** null: the office switched the check-ins off for this case */
  intervalWeeks: z.number().int().nullable(),
  respondents: z.array(
    z.object({
      personId: z.string(),
      firstName: z.string(),
      /** the signed-in person; otherwise a younger child answering with them */
      self: z.boolean(),
      /** the child version in simple words for children under 14 */
      version: ZFeedbackVersion,
      /** a check-in is waiting for an answer */
      due: z.boolean(),
      /** answered today already: the next answer is possible tomorrow */
      answeredToday: z.boolean(),
      /** when the next check-in comes (office calendar); null if due now or switched off */
      nextOn: ZIsoDate.nullable(),
    }),
  ),
});
export type TFamilyFeedback = z.infer<typeof ZFamilyFeedbackSchema>;

/** What a danger check of the free text found: the app then shows the emergency numbers that fit. */
export const ZFeedbackSafetySchema = z.object({
  danger: z.boolean(),
  /** no alarm, but words that make the app ask whether the person is safe */
  uncertain: z.boolean(),
  signals: z.array(z.string()),
});
export type TFeedbackSafety = z.infer<typeof ZFeedbackSafetySchema>;

/** The answer to a check-in: the new state and, if the free text said something worrying, the safety finding. */
export const ZFeedbackSubmittedSchema = ZFamilyFeedbackSchema.extend({ safety: ZFeedbackSafetySchema });
export type TFeedbackSubmitted = z.infer<typeof ZFeedbackSubmittedSchema>;

export const ZFeedbackAnswerSchema = z.object({
  at: z.string(),
  version: ZFeedbackVersion,
  wellbeing: z.number().int(),
  helpfulness: z.number().int(),
  heard: z.number().int(),
  comment: z.string().nullable(),
  /** the free text raised the danger alarm */
  danger: z.boolean(),
});
export type TFeedbackAnswer = z.infer<typeof ZFeedbackAnswerSchema>;

export const ZFeedbackAction = z.enum(['configure']);

/** The caseworker's view: every answering person's answers, oldest first, and the case's interval. */
export const ZCaseFeedbackSchema = z.object({
  intervalWeeks: z.number().int().nullable(),
  persons: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      role: ZCasePersonRole,
      answers: z.array(ZFeedbackAnswerSchema),
      /** a drop of two points or more in one question since the person's answer before */
      dropped: z.array(z.enum(feedbackQuestions)),
    }),
  ),
  allowedActions: z.array(ZFeedbackAction),
});
export type TCaseFeedback = z.infer<typeof ZCaseFeedbackSchema>;

export const ZFeedbackSettingsSchema = z.object({ intervalWeeks: ZFeedbackInterval });

/** Scores that fell by this much or more between two answers of one person count as a sharp drop. */
export const FEEDBACK_DROP = 2;

/** The questions in which `latest` is at least FEEDBACK_DROP below `before`. */
export function feedbackDrops(
  before: Pick<TFeedbackAnswer, TFeedbackQuestion> | undefined,
  latest: Pick<TFeedbackAnswer, TFeedbackQuestion> | undefined,
): TFeedbackQuestion[] {
  if (!before || !latest) return [];
  return feedbackQuestions.filter((q) => before[q] - latest[q] >= FEEDBACK_DROP);
}
