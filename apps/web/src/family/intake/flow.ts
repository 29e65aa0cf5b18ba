import type { TFamilyLanguage, TFlowDefinition, TFlowStep } from '@lotse/shared';
import type { TFunction } from 'i18next';

/**
 * The steps as the chat runs them. The office edits the flow; two steps the chat cannot do
 * without are added when missing: the topic check right after the concern, and the summary.
 */
export function normalizeSteps(definition: TFlowDefinition): TFlowStep[] {
  const steps = [...definition.steps];
  if (!steps.some((s) => s.field === 'topicChoice')) {
    const concernAt = steps.findIndex((s) => s.field === 'concern');
    if (concernAt >= 0) {
      steps.splice(concernAt + 1, 0, {
        id: 'topic_choice',
        kind: 'choice',
        field: 'topicChoice',
        prompt: {},
        optional: false,
      });
    }
  }
  if (!steps.some((s) => s.kind === 'summary')) {
    steps.push({ id: 'summary', kind: 'summary', field: 'none', prompt: {}, optional: false });
  }
  return steps;
}

/** i18n key of our own wording for a step, used when the office has no text in this language. */
function ownPromptKey(step: TFlowStep): string | null {
  if (step.field !== 'none') return `intake.prompts.${step.field}`;
  if (step.kind === 'summary') return 'intake.prompts.summary';
  return null;
}

/**
 * The question in the person's language: the office's own text for this language, else our
 * translation of the standard question, else the office's German text.
 */
export function promptFor(step: TFlowStep, lang: TFamilyLanguage, t: TFunction): string {
  const office = step.prompt[lang];
  if (office) return office;
  const key = ownPromptKey(step);
  if (key) return t(key);
  return step.prompt.de ?? '';
}

/** An option's label: office text in this language, our translation of known values, else German. */
export function optionLabel(
  step: TFlowStep,
  option: { value: string; label: Record<string, string> },
  lang: TFamilyLanguage,
  t: TFunction,
): string {
  const office = option.label[lang];
  if (office) return office;
  if (step.field === 'writerRole') return t(`roles.${option.value}`, { defaultValue: option.label.de });
  if (step.field === 'topicChoice') return t(`topics.${option.value}`, { defaultValue: option.label.de });
  return option.label.de ?? option.value;
}
