import { type TFlowDefinition, ZFlowDefinitionSchema } from '@lotse/shared';
import german from 'zod/v4/locales/de.js';
import { languageLabels } from '../labels.ts';
import { stepName } from './stepLabels.ts';

export interface FlowProblem {
  /** Index of the step the problem belongs to, if any. */
  step?: number;
  /** Dotted path into the definition, e.g. "steps.2.prompt.de". */
  path: string;
  message: string;
}

const partNames: Record<string, string> = {
  prompt: 'Frage',
  options: 'Antworten',
  label: 'Beschriftung',
  id: 'ID',
  kind: 'Art',
  field: 'Feld',
  optional: 'optional',
  value: 'Wert',
};

/** "steps.2.options.1.label.de" → "Schritt 3 – Wohnort › Antworten › 2 › Beschriftung › Deutsch". */
export function describePath(path: string, definition: TFlowDefinition | null): string {
  const parts = path.split('.').filter(Boolean);
  if (parts[0] !== 'steps') return parts.length ? parts.join(' › ') : 'Ablauf';
  const index = Number(parts[1]);
  const rest = parts.slice(2).map((part) => {
    if (/^\d+$/.test(part)) return String(Number(part) + 1);
    if (part in languageLabels) return languageLabels[part as keyof typeof languageLabels];
    return partNames[part] ?? part;
  });
  const name = Number.isInteger(index)
    ? definition
      ? stepName(definition.steps, index)
      : `Schritt ${index + 1}`
    : 'Schritte';
  return [name, ...rest].join(' › ');
}

/**
 * Everything the server would refuse, checked before publishing so the office sees all problems at
 * once and next to the field: the shared schema (German messages) and the server's own rules.
 */
export function flowProblems(input: unknown): {
  definition: TFlowDefinition | null;
  problems: FlowProblem[];
} {
  const parsed = ZFlowDefinitionSchema.safeParse(input, { error: german().localeError });
  if (!parsed.success) {
    return {
      definition: null,
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path.map(String).join('.');
        const step =
          issue.path[0] === 'steps' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
        return { step, path, message: issue.message };
      }),
    };
  }
  const definition = parsed.data;
  const problems: FlowProblem[] = [];
  const seen = new Map<string, number>();
  definition.steps.forEach((step, index) => {
    const first = seen.get(step.id);
    if (first !== undefined) {
      problems.push({
        step: index,
        path: `steps.${index}.id`,
        message: `Die ID „${step.id}“ hat schon ${stepName(definition.steps, first)}. Jeder Schritt braucht eine eigene ID.`,
      });
    } else seen.set(step.id, index);
    if (!step.prompt.de?.trim()) {
      problems.push({ step: index, path: `steps.${index}.prompt.de`, message: 'Der deutsche Text fehlt.' });
    }
    step.options?.forEach((option, o) => {
      if (!option.label.de?.trim()) {
        problems.push({
          step: index,
          path: `steps.${index}.options.${o}.label.de`,
          message: 'Die deutsche Beschriftung fehlt.',
        });
      }
    });
  });
  if (!definition.steps.some((s) => s.field === 'concern')) {
    problems.push({
      path: 'steps',
      message: 'Der Ablauf braucht einen Schritt, in dem das Anliegen beschrieben wird (Feld „concern“).',
    });
  }
  return { definition, problems };
}
