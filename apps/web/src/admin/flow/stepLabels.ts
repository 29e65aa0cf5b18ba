import type { TFlowStep } from '@lotse/shared';

const fieldTitles: Record<TFlowStep['field'], string> = {
  writerRole: 'Wer schreibt?',
  concern: 'Anliegen',
  topicChoice: 'Thema bestätigen',
  age: 'Alter des Kindes',
  address: 'Wohnort',
  contact: 'Kontakt',
  none: 'Hinweis',
};

/** A readable name for a step; the ID stays visible for people who work with the JSON. */
export function stepTitle(step: TFlowStep): string {
  if (step.kind === 'summary') return 'Zusammenfassung';
  return fieldTitles[step.field];
}

/** "Schritt 3 – Alter des Kindes" for messages about a step by its position. */
export function stepName(steps: readonly TFlowStep[], index: number): string {
  const step = steps[index];
  return step ? `Schritt ${index + 1} – ${stepTitle(step)}` : `Schritt ${index + 1}`;
}
