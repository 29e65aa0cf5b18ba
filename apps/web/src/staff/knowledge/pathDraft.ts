import {
  type TOnboardingPath,
  type TOnboardingPathInput,
  type TOnboardingStepKind,
  ZOnboardingPathInputSchema,
} from '@lotse/shared';
import { errorMessage, isApiError } from '../../api/client.ts';
import { issuesToFields } from '../format.ts';

/** A step as the editor holds it; `key` stays the same while the step moves, `id` is the saved step's. */
export interface StepDraft {
  key: string;
  id?: string;
  week: number;
  kind: TOnboardingStepKind;
  title: string;
  description: string;
  articleId: string;
  lawRef: string;
}

/** The path as typed: the number of weeks stays text until it is saved. */
export interface PathDraft {
  title: string;
  audience: string;
  description: string;
  weeks: string;
  steps: StepDraft[];
}

export const kindLabels: Record<TOnboardingStepKind, string> = {
  article: 'Artikel lesen',
  law: 'Vorschrift lesen',
  task: 'Aufgabe',
  meeting: 'Gespräch',
};

export const MAX_WEEKS = 52;

let nextKey = 0;

/** An empty step (a task) in the given week. */
export function newStep(week: number): StepDraft {
  nextKey += 1;
  return { key: `neu-${nextKey}`, week, kind: 'task', title: '', description: '', articleId: '', lawRef: '' };
}

export function draftOf(path: TOnboardingPath | undefined): PathDraft {
  if (!path) return { title: '', audience: '', description: '', weeks: '4', steps: [newStep(1)] };
  return {
    title: path.title,
    audience: path.audience,
    description: path.description,
    weeks: String(path.weeks),
    steps: path.steps.map((s) => ({
      key: s.id,
      id: s.id,
      week: s.week,
      kind: s.kind,
      title: s.title,
      description: s.description,
      articleId: s.articleId ?? '',
      lawRef: s.lawRef ?? '',
    })),
  };
}

/** "8" → 8; anything but a whole number → null. */
export function parseWeeks(text: string): number | null {
  return /^\d{1,3}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** The request body; only an article step names an article, only a law step a citation. */
export function inputOf(draft: PathDraft, weeks: number): TOnboardingPathInput {
  return {
    title: draft.title,
    audience: draft.audience,
    description: draft.description,
    weeks,
    steps: draft.steps.map((s) => ({
      ...(s.id ? { id: s.id } : {}),
      week: s.week,
      kind: s.kind,
      title: s.title,
      description: s.description,
      articleId: s.kind === 'article' && s.articleId ? s.articleId : null,
      lawRef: s.kind === 'law' && s.lawRef.trim() ? s.lawRef.trim() : null,
    })),
  };
}

/** Errors of a path: of its own fields, of each step (by step key), and those belonging to no field. */
export interface PathErrors {
  path: Record<string, string>;
  steps: Record<string, Record<string, string>>;
  general: string[];
}

export const noErrors: PathErrors = { path: {}, steps: {}, general: [] };

export function hasErrors(errors: PathErrors): boolean {
  return (
    errors.general.length > 0 || Object.keys(errors.path).length > 0 || Object.keys(errors.steps).length > 0
  );
}

const pathFields = new Set(['title', 'audience', 'description', 'weeks', 'steps']);

/** Sorts "steps.2.lawRef"-style keys to the step that was third when the path was sent. */
function sortFields(fields: Record<string, string>, stepKeys: readonly string[]): PathErrors {
  const errors: PathErrors = { path: {}, steps: {}, general: [] };
  for (const [key, message] of Object.entries(fields)) {
    const [head = '', index, field] = key.split('.');
    const stepKey = index === undefined ? undefined : stepKeys[Number(index)];
    if (head === 'steps' && stepKey && field) {
      const step = errors.steps[stepKey] ?? {};
      step[field] ??= message;
      errors.steps[stepKey] = step;
    } else if (pathFields.has(head)) {
      errors.path[head] ??= message;
    } else {
      errors.general.push(message);
    }
  }
  return errors;
}

/** Checks the draft with the same rules as the server; null when it may be sent. */
export function checkDraft(draft: PathDraft): PathErrors | null {
  const weeks = parseWeeks(draft.weeks);
  // With the weeks unreadable, the steps are still checked (against the longest path allowed).
  const parsed = ZOnboardingPathInputSchema.safeParse(inputOf(draft, weeks ?? MAX_WEEKS));
  const fields = parsed.success ? {} : issuesToFields(parsed.error.issues);
  if (weeks === null) fields.weeks = `Bitte geben Sie die Dauer als ganze Zahl an (1 bis ${MAX_WEEKS}).`;
  if (Object.keys(fields).length === 0) return null;
  return sortFields(
    fields,
    draft.steps.map((s) => s.key),
  );
}

/** The server's refusal, its field errors at the steps as they were sent. */
export function serverErrors(error: unknown, sentKeys: readonly string[]): PathErrors {
  if (isApiError(error) && Object.keys(error.fields).length > 0) return sortFields(error.fields, sentKeys);
  return { ...noErrors, general: [`Nicht gespeichert: ${errorMessage(error)}`] };
}

/** The steps with the one at `from` moved to `to`. */
export function moveStep(steps: readonly StepDraft[], from: number, to: number): StepDraft[] {
  const next = [...steps];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}
