import { useId, useState } from 'react';
import { Checkbox } from '../../ui/index.ts';

/** A group of checkboxes in a disclosure, with the number chosen in its summary. */
export function ChoiceList<T extends string>(props: {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  chosen: T[];
  error?: string;
  onChange: (chosen: T[]) => void;
}) {
  const errorId = useId();
  const [open, setOpen] = useState(props.chosen.length > 0);
  function toggle(code: T, checked: boolean) {
    const next = new Set(props.chosen);
    if (checked) next.add(code);
    else next.delete(code);
    props.onChange(props.options.filter((o) => next.has(o)));
  }
  return (
    <details
      className="placement-specialisations inquiry-choices"
      open={open || Boolean(props.error)}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        {props.legend}
        {props.chosen.length > 0 ? ` (${props.chosen.length} gewählt)` : ''}
      </summary>
      <fieldset
        className="placement-specialisation-list inquiry-choice-list"
        aria-describedby={props.error ? errorId : undefined}
      >
        <legend className="visually-hidden">{props.legend}</legend>
        {props.options.map((code) => (
          <Checkbox
            key={code}
            label={props.labels[code]}
            checked={props.chosen.includes(code)}
            onChange={(event) => toggle(code, event.target.checked)}
          />
        ))}
      </fieldset>
      {props.error ? (
        <p id={errorId} className="field-error">
          {props.error}
        </p>
      ) : null}
    </details>
  );
}
