import { type ReactNode, useId } from 'react';
import { Checkbox } from '../../ui/index.ts';

export interface Choice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
}

/**
 * Checkboxes under a legend with the group's error below the legend. The error describes the group,
 * and every box is marked invalid so the form's "focus the first marked field" lands on the first one.
 */
export function ChoiceGroup(props: {
  legend: ReactNode;
  hint?: ReactNode;
  choices: readonly Choice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
  className?: string;
}) {
  const errorId = useId();
  const hintId = useId();
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className={['fieldset', props.className ?? ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy || undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p id={hintId} className="field-hint sharing-group-hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={errorId} className="field-error sharing-group-hint">
          {props.error}
        </p>
      ) : null}
      <div className="checkbox-list">
        {props.choices.map((choice) => (
          <Checkbox
            key={choice.value}
            label={choice.label}
            hint={choice.hint}
            disabled={choice.disabled}
            aria-invalid={props.error ? true : undefined}
            checked={props.selected.includes(choice.value)}
            onChange={(e) => {
              const checked = e.target.checked;
              // In the order of the choices, not the order of clicking.
              props.onChange(
                props.choices
                  .map((c) => c.value)
                  .filter((v) => (v === choice.value ? checked : props.selected.includes(v))),
              );
            }}
          />
        ))}
      </div>
    </fieldset>
  );
}
