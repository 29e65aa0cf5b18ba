import type { Ref } from 'react';
import { stepErrorTarget, stepFieldId, stepFieldLabels } from './PathStepFields.tsx';
import type { PathErrors, StepDraft } from './pathDraft.ts';

/** The path's own fields in the order of the form, with the id of the element an error leads to. */
export const pathFieldTargets: Record<string, { label: string; target: string }> = {
  title: { label: 'Titel', target: 'plan-title' },
  audience: { label: 'Für wen', target: 'plan-audience' },
  weeks: { label: 'Dauer in Wochen', target: 'plan-weeks' },
  description: { label: 'Beschreibung', target: 'plan-description' },
  steps: { label: 'Schritte', target: 'plan-steps-heading' },
};

const stepFieldOrder = Object.keys(stepFieldLabels);
/** A step's errors in the order of its fields; unknown fields last. */
const rank = (field: string) => {
  const i = stepFieldOrder.indexOf(field);
  return i < 0 ? stepFieldOrder.length : i;
};

interface Entry {
  key: string;
  text: string;
  target: string | null;
  fallback: string | null;
}

function entriesOf(errors: PathErrors, steps: readonly StepDraft[]): Entry[] {
  const entries: Entry[] = [];
  for (const [field, { label, target }] of Object.entries(pathFieldTargets)) {
    const message = errors.path[field];
    if (message) entries.push({ key: field, text: `${label}: ${message}`, target, fallback: null });
  }
  steps.forEach((step, index) => {
    const fields = errors.steps[step.key] ?? {};
    const ordered = Object.keys(fields).sort((a, b) => rank(a) - rank(b));
    for (const field of ordered) {
      const label = stepFieldLabels[field];
      entries.push({
        key: `${step.key}.${field}`,
        text: `Schritt ${index + 1}${label && field !== 'id' ? `, ${label}` : ''}: ${fields[field]}`,
        target: stepErrorTarget(step.key, field),
        fallback: stepFieldId(step.key, 'heading'),
      });
    }
  });
  errors.general.forEach((message, i) => {
    entries.push({ key: `general-${i}`, text: message, target: null, fallback: null });
  });
  return entries;
}

/**
 * What keeps the path from being saved, at the top of the form: it takes focus after a failed save,
 * and each entry leads to its field.
 */
export function PathErrorSummary(props: {
  errors: PathErrors;
  steps: readonly StepDraft[];
  ref: Ref<HTMLElement>;
}) {
  const entries = entriesOf(props.errors, props.steps);
  if (entries.length === 0) return null;
  const onlyGeneral = entries.every((e) => e.target === null);
  return (
    <section
      ref={props.ref}
      tabIndex={-1}
      className="alert alert-danger path-error-summary"
      aria-labelledby="plan-errors-heading"
    >
      <h2 id="plan-errors-heading" className="alert-title">
        Der Einarbeitungsplan ist nicht gespeichert
      </h2>
      {onlyGeneral ? null : <p>Bitte korrigieren Sie:</p>}
      <ul>
        {entries.map((entry) => (
          <li key={entry.key}>
            {entry.target ? (
              <a
                href={`#${entry.target}`}
                onClick={(event) => {
                  event.preventDefault();
                  const field =
                    document.getElementById(entry.target ?? '') ??
                    document.getElementById(entry.fallback ?? '');
                  field?.focus();
                }}
              >
                {entry.text}
              </a>
            ) : (
              entry.text
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
