// Help plan contract (§ 36 SGB VIII): a case's plans, their versions (draft → final) and content.
import { z } from 'zod';
import { ZId, ZIsoDate, ZShortText, ZUserRefSchema } from './common.js';
import { ZHelpType } from './enums.js';
import { limits } from './limits.js';

const ZText = z.string().trim().max(limits.planText, 'Zu lang');
const ZRating = z.number().int().min(0, 'Bewertung von 0 bis 10').max(10, 'Bewertung von 0 bis 10');

/** Who takes part in the planning, and their view in their own words. */
export const ZPlanParticipantRole = z.enum([
  'child',
  'young_person',
  'parent',
  'caseworker',
  'provider',
  'other',
]);
export type TPlanParticipantRole = z.infer<typeof ZPlanParticipantRole>;
export const ZPlanParticipantSchema = z.object({
  role: ZPlanParticipantRole,
  name: ZShortText,
  /** The participant's view of the situation and the help, as they said it. */
  view: ZText.default(''),
});

export const ZGoalSchema = z.object({
  id: ZId,
  title: ZShortText,
  /** How everyone can tell the goal is reached. */
  indicators: z.array(ZShortText).max(10).default([]),
  /** The goal in plain words, for the family's view of the plan. */
  familySummary: ZText.default(''),
  /** Progress 0–10 as rated at the last review; null before the first. */
  progress: ZRating.nullable().default(null),
});
export type TGoal = z.infer<typeof ZGoalSchema>;

/** One official code of the item "Art der Hilfe" and the Lotse help type it belongs to. */
export const ZHzeCodeSchema = z.object({
  code: z.string().regex(/^\d{2}$/),
  label: z.string().min(1),
  helpType: ZHelpType,
});
export type THzeCode = z.infer<typeof ZHzeCodeSchema>;
/** data/statistics/hze-help-types.json: every code once. */
export const ZHzeCodeListSchema = z.object({
  codes: z
    .array(ZHzeCodeSchema)
    .min(1)
    .refine((c) => new Set(c.map((x) => x.code)).size === c.length, 'Jeder Schlüssel nur einmal'),
});

/** Why a help ended (official HzE survey codes, statistics reference §2). */
export const helpEndReasons = [
  'as_planned',
  'early_by_custodian',
  'early_by_facility',
  'early_by_minor',
  'adoption',
  'other_office',
  'other',
] as const;
export const ZHelpEndReason = z.enum(helpEndReasons);
export type THelpEndReason = z.infer<typeof ZHelpEndReason>;
export const helpEndReasonLabels: Record<THelpEndReason, string> = {
  as_planned: 'Beendigung gemäß Hilfeplan',
  early_by_custodian: 'Abbruch durch Sorgeberechtigte oder jungen Volljährigen',
  early_by_facility: 'Abbruch durch Einrichtung, Pflegefamilie oder Dienst',
  early_by_minor: 'Abbruch durch die oder den Minderjährigen',
  adoption: 'Adoption',
  other_office: 'Abgabe an ein anderes Jugendamt',
  other: 'Sonstige Gründe',
};
/** Ended before its time: the codes 20–22 of the official survey. */
export const earlyHelpEndReasons: ReadonlySet<THelpEndReason> = new Set([
  'early_by_custodian',
  'early_by_facility',
  'early_by_minor',
]);

/** Someone who belongs to the planning but does not take part, and why (e.g. a parent, § 36 Abs. 1). */
export const ZPlanAbsenceSchema = z.object({
  role: ZPlanParticipantRole,
  name: ZShortText,
  reason: ZShortText,
});

export const ZAgreementStatus = z.enum(['open', 'in_progress', 'done']);
export const ZAgreementSchema = z.object({
  id: ZId,
  text: ZShortText,
  familySummary: ZText.default(''),
  owner: z.object({ kind: z.enum(['family', 'provider', 'staff']), name: ZShortText }),
  status: ZAgreementStatus.default('open'),
  dueOn: ZIsoDate.nullable().default(null),
});
export type TAgreement = z.infer<typeof ZAgreementSchema>;

/** What a version of a help plan says; entered once, the protocol is generated from it. */
export const ZHelpPlanContentSchema = z
  .object({
    participants: z.array(ZPlanParticipantSchema).max(30).default([]),
    /** Who belongs to the planning but does not take part, each with the reason. */
    notInvolved: z.array(ZPlanAbsenceSchema).max(10).default([]),
    /** Who interprets in the planning meeting (e.g. "Frau Haddad, Arabisch"); null: none booked. */
    interpreter: ZShortText.nullable().default(null),
    needs: z.array(ZShortText).max(30).default([]),
    help: z.object({
      type: ZHelpType,
      provider: ZShortText.nullable().default(null),
      hoursPerWeek: z.number().min(0).max(80, 'Höchstens 80 Stunden pro Woche').nullable().default(null),
      startsOn: ZIsoDate,
      endsOn: ZIsoDate.nullable().default(null),
      /** The official code of the help in the HzE survey ("Art der Hilfe", data/statistics); filled in where only one fits. */
      statisticsCode: z
        .string()
        .regex(/^\d{2}$/, 'Schlüssel mit zwei Ziffern erwartet')
        .nullable()
        .default(null),
      /** Why the help ended; set when it has ended. */
      endReason: ZHelpEndReason.nullable().default(null),
    }),
    goals: z.array(ZGoalSchema).max(30).default([]),
    agreements: z.array(ZAgreementSchema).max(60).default([]),
    /** The next review (Fortschreibung); by default six months after the start of the help. */
    reviewOn: ZIsoDate.nullable().default(null),
  })
  .superRefine((content, ctx) => {
    if (content.help.endsOn && content.help.endsOn < content.help.startsOn)
      ctx.addIssue({ code: 'custom', path: ['help', 'endsOn'], message: 'Das Ende liegt vor dem Beginn' });
    if (content.reviewOn && content.reviewOn < content.help.startsOn)
      ctx.addIssue({ code: 'custom', path: ['reviewOn'], message: 'Die Überprüfung liegt vor dem Beginn' });
    const ids = [...content.goals.map((g) => g.id), ...content.agreements.map((a) => a.id)];
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({
        code: 'custom',
        path: ['goals'],
        message: 'Ziele und Vereinbarungen brauchen eigene IDs',
      });
  });
export type THelpPlanContent = z.infer<typeof ZHelpPlanContentSchema>;
export type THelpPlanContentInput = z.input<typeof ZHelpPlanContentSchema>;

export const ZHelpPlanVersionStatus = z.enum(['draft', 'final']);
export const ZHelpPlanVersionSchema = z.object({
  version: z.number().int(),
  status: ZHelpPlanVersionStatus,
  content: ZHelpPlanContentSchema,
  createdBy: ZUserRefSchema,
  createdAt: z.string(),
  finalizedBy: ZUserRefSchema.nullable(),
  finalizedAt: z.string().nullable(),
});
export type THelpPlanVersion = z.infer<typeof ZHelpPlanVersionSchema>;

export const ZHelpPlanSchema = z.object({
  id: ZId,
  caseId: ZId,
  createdAt: z.string(),
  /** Newest first. */
  versions: z.array(ZHelpPlanVersionSchema),
});
export type THelpPlan = z.infer<typeof ZHelpPlanSchema>;

/** One line per plan for the case page. */
export const ZHelpPlanSummarySchema = z.object({
  id: ZId,
  caseId: ZId,
  helpType: ZHelpType,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  reviewOn: z.string().nullable(),
  latestVersion: z.number().int(),
  latestStatus: ZHelpPlanVersionStatus,
});
export type THelpPlanSummary = z.infer<typeof ZHelpPlanSummarySchema>;

/** The office's defaults for help plans (administration). */
export const ZHelpPlanSettingsSchema = z.object({
  /** Months from the start of a help to its first review, unless the plan names a date. */
  reviewMonths: z
    .number({ message: 'Bitte eine Zahl von Monaten angeben' })
    .int('Bitte ganze Monate angeben')
    .min(1, 'Mindestens 1 Monat')
    .max(24, 'Höchstens 24 Monate'),
  /** Days before a review on which the caseworker gets a task to prepare it. */
  reminderLeadDays: z
    .number({ message: 'Bitte eine Zahl von Tagen angeben' })
    .int('Bitte ganze Tage angeben')
    .min(0, 'Mindestens 0 Tage')
    .max(60, 'Höchstens 60 Tage'),
});
export type THelpPlanSettings = z.infer<typeof ZHelpPlanSettingsSchema>;
export const defaultHelpPlanSettings: THelpPlanSettings = { reviewMonths: 6, reminderLeadDays: 14 };

export const helpPlanAuditActions = [
  'helpplan.list',
  'helpplan.read',
  'helpplan.create', // a plan with its first draft
  'helpplan.update', // the draft was changed
  'helpplan.finalize', // a draft became final (immutable)
  'helpplan.review', // a new draft from the newest final version (Fortschreibung)
  'helpplan.family_responses', // staff read what the family said to the plan
] as const;

/** What the persons of the case said to an agreed plan in the family app (newest first). */
export const ZHelpPlanResponseSchema = z.object({
  personName: z.string(),
  version: z.number().int(),
  agreed: z.boolean(),
  comment: z.string().nullable(),
  at: z.string(),
});
export type THelpPlanResponse = z.infer<typeof ZHelpPlanResponseSchema>;
