import type { ReactNode } from 'react';
import './components.css';

export interface Step {
  id: string;
  label: ReactNode;
}

/**
 * Horizontal progress of a linear process (vertical on narrow screens). Steps before the current
 * one are shown as done; the current one carries aria-current="step".
 */
export function StatusStepper(props: { label: string; steps: Step[]; current: string }) {
  const currentIndex = props.steps.findIndex((s) => s.id === props.current);
  return (
    <ol className="stepper" aria-label={props.label}>
      {props.steps.map((step, i) => {
        const state = i < currentIndex ? 'done' : i === currentIndex ? 'current' : 'todo';
        return (
          <li
            key={step.id}
            className={`stepper-step is-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stepper-marker" aria-hidden="true">
              {state === 'done' ? '✓' : i + 1}
            </span>
            <span className="stepper-label">
              {step.label}
              {state === 'done' ? <span className="visually-hidden"> (erledigt)</span> : null}
              {state === 'current' ? <span className="visually-hidden"> (aktueller Stand)</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
