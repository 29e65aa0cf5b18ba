import { useId } from 'react';

/** The whole number typed into a place field, or NaN (sent as such, the server names the problem). */
export function placeCount(text: string): number {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * A number field for places with − and + beside it (44 px targets). The buttons stay in the focus
 * order at the limits (aria-disabled) so pressing + repeatedly never drops the focus.
 */
export function PlaceStepper(props: {
  label: string;
  /** Accessible names of the buttons, e.g. "Ein freier Platz weniger". */
  less: string;
  more: string;
  value: string;
  max: number;
  error?: string | undefined;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const count = placeCount(props.value);
  const current = Number.isNaN(count) ? 0 : count;
  const atMin = current <= 0;
  const atMax = current >= props.max;
  const step = (delta: number) => props.onChange(String(Math.min(Math.max(current + delta, 0), props.max)));
  return (
    <div className="field provider-stepper">
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <div className="provider-stepper-controls">
        <button
          type="button"
          className="btn btn-secondary provider-stepper-button"
          aria-label={props.less}
          aria-controls={id}
          aria-disabled={atMin || undefined}
          onClick={() => (atMin ? undefined : step(-1))}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          id={id}
          className="input"
          type="number"
          inputMode="numeric"
          min={0}
          max={props.max}
          step={1}
          value={props.value}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? errorId : undefined}
          onChange={(e) => props.onChange(e.target.value)}
        />
        <button
          type="button"
          className="btn btn-secondary provider-stepper-button"
          aria-label={props.more}
          aria-controls={id}
          aria-disabled={atMax || undefined}
          onClick={() => (atMax ? undefined : step(1))}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
      {props.error ? (
        <span id={errorId} className="field-error">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}
