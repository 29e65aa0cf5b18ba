import {
  type TAgreement,
  type TCaseDetail,
  type THelpEndReason,
  type THelpPlanContent,
  type THelpType,
  type TPlanParticipantRole,
  ZHelpPlanContentSchema,
} from '@lotse/shared';
import { todayIso } from '../format.ts';

/*
 * The help plan form keeps its values as typed (numbers and dates as text, indicators one per
 * line); `toContent` turns them into the contract's shape, which is validated with the same zod
 * schema as on the server.
 */

export interface ParticipantDraft {
  key: string;
  role: TPlanParticipantRole;
  name: string;
  view: string;
}

/** Someone who belongs to the planning but does not take part, and why. */
export interface AbsenceDraft {
  key: string;
  role: TPlanParticipantRole;
  name: string;
  reason: string;
}

export interface GoalDraft {
  id: string;
  title: string;
  /** One indicator per line. */
  indicators: string;
  familySummary: string;
  /** '' = not rated. */
  progress: string;
}

export type AgreementDraft = TAgreement;

export interface PlanDraft {
  participants: ParticipantDraft[];
  notInvolved: AbsenceDraft[];
  interpreter: string;
  needs: { key: string; text: string }[];
  help: {
    type: THelpType | '';
    provider: string;
    hoursPerWeek: string;
    startsOn: string;
    endsOn: string;
    endReason: THelpEndReason | '';
    /** Official "Art der Hilfe" code where the help type has several ('' = not chosen). */
    statisticsCode: string;
  };
  reviewOn: string;
  /** The review date follows the start (+ 6 months) until someone changes it. */
  reviewOnChosen: boolean;
  /**
   * The version's content as loaded: fields this form does not edit (added to the contract later)
   * are sent back unchanged instead of being dropped.
   */
  base: THelpPlanContent | null;
  goals: GoalDraft[];
  agreements: AgreementDraft[];
}

export const newId = (): string => crypto.randomUUID();

/**
 * The review date the server would give: `months` (the office's setting) after the start, on the
 * last day of a shorter month where the day does not exist (31 Aug + 6 → 28/29 Feb).
 */
export function defaultReviewOn(startsOn: string, months: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(startsOn);
  if (!match) return '';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return Number.isNaN(target.getTime()) ? '' : target.toISOString().slice(0, 10);
}

const participantRoleFor: Record<TCaseDetail['persons'][number]['role'], TPlanParticipantRole> = {
  child: 'child',
  parent: 'parent',
  guardian: 'parent',
  relative: 'other',
  other: 'other',
};

/** A new plan: the case's people and the caseworker as participants, the help from the case, starting today. */
export function newPlanDraft(
  detail: TCaseDetail,
  me: { displayName: string },
  reviewMonths: number,
): PlanDraft {
  const startsOn = todayIso();
  return {
    participants: [
      ...detail.persons.map((p) => ({
        key: newId(),
        role: participantRoleFor[p.role],
        name: `${p.firstName} ${p.lastName}`.trim(),
        view: '',
      })),
      { key: newId(), role: 'caseworker', name: me.displayName, view: '' },
    ],
    notInvolved: [],
    interpreter: '',
    needs: [],
    help: {
      type: detail.helpType ?? '',
      provider: '',
      hoursPerWeek: '',
      startsOn,
      endsOn: '',
      endReason: '',
      statisticsCode: '',
    },
    reviewOn: defaultReviewOn(startsOn, reviewMonths),
    reviewOnChosen: false,
    base: null,
    goals: [],
    agreements: [],
  };
}

export function draftFromContent(content: THelpPlanContent): PlanDraft {
  return {
    participants: content.participants.map((p) => ({ key: newId(), ...p })),
    notInvolved: content.notInvolved.map((p) => ({ key: newId(), ...p })),
    interpreter: content.interpreter ?? '',
    needs: content.needs.map((text) => ({ key: newId(), text })),
    help: {
      type: content.help.type,
      provider: content.help.provider ?? '',
      hoursPerWeek:
        content.help.hoursPerWeek === null ? '' : String(content.help.hoursPerWeek).replace('.', ','),
      startsOn: content.help.startsOn,
      endsOn: content.help.endsOn ?? '',
      endReason: content.help.endReason ?? '',
      statisticsCode: content.help.statisticsCode ?? '',
    },
    reviewOn: content.reviewOn ?? '',
    reviewOnChosen: true,
    base: content,
    goals: content.goals.map((g) => ({
      id: g.id,
      title: g.title,
      indicators: g.indicators.join('\n'),
      familySummary: g.familySummary,
      progress: g.progress === null ? '' : String(g.progress),
    })),
    agreements: content.agreements.map((a) => ({ ...a })),
  };
}

function parseHours(value: string): number | null | string {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) ? n : trimmed;
}

/** The request body as the user entered it (not yet validated). */
export function contentInput(draft: PlanDraft): unknown {
  const base = draft.base;
  const baseGoals = new Map((base?.goals ?? []).map((g) => [g.id, g]));
  return {
    ...base,
    participants: draft.participants.map(({ role, name, view }) => ({ role, name, view })),
    notInvolved: draft.notInvolved.map(({ role, name, reason }) => ({ role, name, reason })),
    interpreter: draft.interpreter.trim() || null,
    needs: draft.needs.map((n) => n.text),
    help: {
      ...base?.help,
      type: draft.help.type,
      provider: draft.help.provider.trim() || null,
      hoursPerWeek: parseHours(draft.help.hoursPerWeek),
      startsOn: draft.help.startsOn,
      endsOn: draft.help.endsOn || null,
      endReason: draft.help.endReason || null,
      statisticsCode: draft.help.statisticsCode || null,
    },
    goals: draft.goals.map((g) => ({
      ...baseGoals.get(g.id),
      id: g.id,
      title: g.title,
      indicators: g.indicators
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      familySummary: g.familySummary,
      progress: g.progress === '' ? null : Number(g.progress),
    })),
    agreements: draft.agreements,
    reviewOn: draft.reviewOn || null,
  };
}

/** Zod's messages for the fields, keyed like the server's 400 answer ("goals.0.title"). */
export type FieldErrors = Record<string, string>;

export function validateDraft(draft: PlanDraft): { content: THelpPlanContent } | { errors: FieldErrors } {
  const parsed = ZHelpPlanContentSchema.safeParse(contentInput(draft));
  if (parsed.success) return { content: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= friendlyMessage(key, issue.message);
  }
  return { errors };
}

/** Zod's generic enum message is not helpful in the form. */
function friendlyMessage(key: string, message: string): string {
  if (key === 'help.type') return 'Bitte wählen Sie die Hilfeart.';
  if (key === 'help.hoursPerWeek' && !message.includes('80'))
    return 'Bitte eine Zahl angeben, z. B. 6 oder 7,5.';
  return message;
}

/** The first error at `key` or below it (e.g. "goals.0.indicators" covers "goals.0.indicators.2"). */
export function errorAt(errors: FieldErrors, key: string): string | undefined {
  if (errors[key]) return errors[key];
  const nested = Object.keys(errors).find((k) => k.startsWith(`${key}.`));
  return nested ? errors[nested] : undefined;
}
