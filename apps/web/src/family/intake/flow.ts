import type { TFamilyLanguage, TFlowDefinition, TFlowStep } from '@lotse/shared';
import type { AddressForm, FamilyT } from '../../i18n/address.ts';

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
 * The question in the person's language and form of address (`t` is bound to `form`):
 * 1. the office's text for this language and form (`de_formal`: German with Sie), if it wrote one;
 * 2. our wording of a standard question in this form, where the language has one of its own — the
 *    office's plain texts are written in the language's usual form (German: du), which would not fit;
 * 3. the office's text for this language; 4. our translation of the standard question;
 * 5. the office's German text.
 */
export function promptFor(step: TFlowStep, lang: TFamilyLanguage, t: FamilyT, form: AddressForm): string {
  const officeInForm = step.prompt[`${lang}_${form}`];
  if (officeInForm) return officeInForm;
  const key = ownPromptKey(step);
  // An empty context is no context: the text without variant, to see whether this form has its own.
  if (key && t(key) !== t(key, { context: '' })) return t(key);
  const office = step.prompt[lang];
  if (office) return office;
  if (key) return t(key);
  return step.prompt.de ?? '';
}

/** An option's label: office text in this language, our translation of known values, else German. */
export function optionLabel(
  step: TFlowStep,
  option: { value: string; label: Record<string, string> },
  lang: TFamilyLanguage,
  t: FamilyT,
): string {
  const office = option.label[lang];
  if (office) return office;
  if (step.field === 'writerRole') return t(`roles.${option.value}`, { defaultValue: option.label.de });
  if (step.field === 'topicChoice') return t(`topics.${option.value}`, { defaultValue: option.label.de });
  return option.label.de ?? option.value;
}
