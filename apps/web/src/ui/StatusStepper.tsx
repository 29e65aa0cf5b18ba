import type { ReactNode } from 'react';
import './components.css';

export type StepState = 'done' | 'current' | 'todo' | 'skipped';

export interface Step {
  id: string;
  label: ReactNode;
  /** The step's state where the data says it; otherwise it follows from the current step. */
  state?: StepState;
  /** One short line under the label (e.g. a date). */
  detail?: ReactNode;
}

const hiddenState: Record<StepState, string | null> = {
  done: ' (erledigt)',
  current: ' (aktueller Stand)',
  todo: null,
  skipped: ' (nicht nötig)',
};

/**
 * Horizontal progress of a linear process (vertical on narrow screens). Steps before the current
 * one are shown as done unless a step brings its own state; the current one carries aria-current="step".
 */
export function StatusStepper(props: { label: string; steps: Step[]; current: string }) {
  const currentIndex = props.steps.findIndex((s) => s.id === props.current);
  return (
    <ol className="stepper" aria-label={props.label}>
      {props.steps.map((step, i) => {
        const state: StepState =
          step.state ?? (i < currentIndex ? 'done' : i === currentIndex ? 'current' : 'todo');
        return (
          <li
            key={step.id}
            className={`stepper-step is-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stepper-marker" aria-hidden="true">
              {state === 'done' ? '✓' : state === 'skipped' ? '–' : i + 1}
            </span>
            <span className="stepper-label">
              {step.label}
              {hiddenState[state] ? <span className="visually-hidden">{hiddenState[state]}</span> : null}
              {step.detail ? <span className="stepper-detail">{step.detail}</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
