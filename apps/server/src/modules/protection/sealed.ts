import {
  type TChecklistState,
  type TChecklistStep,
  type TFactorRating,
  type TProtectionTask,
  type TProviderReport,
  type TSurveyAnswers,
  ZSurveyInputSchema,
} from '@lotse/shared';
import type { SealedText } from '../../platform/sealed-text.js';

// The sealed parts of a procedure: each JSON, bound to its row by the context string.

export interface SealedReport {
  content: string;
  providerReport: TProviderReport | null;
}
export interface SealedChecklistItem {
  state: TChecklistState;
  doneOn: string | null;
  doneBy: string | null;
  reason: string | null;
  recordedBy: string | null;
  recordedAt: string | null;
}
export type SealedChecklist = Record<TChecklistStep, SealedChecklistItem>;
export interface SealedOutcome {
  decision: string;
  protectionPlan: TProtectionTask[];
  familyCourt: {
    notified: boolean;
    notifiedOn: string | null;
    court: string | null;
    reference: string | null;
  };
  emergencyCustody: { taken: boolean; takenOn: string | null; note: string | null };
}
export interface SealedAssessment {
  ratings: TFactorRating[];
  summary: string;
}

export const contexts = {
  report: (id: string) => `protection-report:${id}`,
  checklist: (id: string) => `protection-checklist:${id}`,
  outcome: (id: string) => `protection-outcome:${id}`,
  assessment: (id: string) => `protection-assessment:${id}`,
  survey: (procedureId: string) => `protection-survey:${procedureId}`,
};
type Part = keyof typeof contexts;

/** Seals one part of a procedure as JSON. */
export function sealPart(sealed: SealedText, part: Part, id: string, value: unknown): Promise<Buffer> {
  return sealed.seal(JSON.stringify(value), contexts[part](id));
}

/** Opens one sealed part of a procedure. */
export async function openPart<T>(sealed: SealedText, part: Part, id: string, bytes: Uint8Array): Promise<T> {
  return JSON.parse(await sealed.open(bytes, contexts[part](id))) as T;
}

/** The checklist a new procedure starts with: everything open; the expert step only after a provider's report. */
export function initialChecklist(providerReport: boolean): SealedChecklist {
  const open = (): SealedChecklistItem => ({
    state: 'open',
    doneOn: null,
    doneBy: null,
    reason: null,
    recordedBy: null,
    recordedAt: null,
  });
  return {
    joint_assessment: open(),
    family_involved: open(),
    child_seen: open(),
    expert_consulted: providerReport ? open() : { ...open(), state: 'not_applicable' },
  };
}

export const emptySurvey = (): TSurveyAnswers => ZSurveyInputSchema.parse({});
