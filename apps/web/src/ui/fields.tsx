import { type ComponentProps, type ReactNode, useId } from 'react';
import './forms.css';

interface FieldChrome {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Marks the label "(optional)"; fields are required by default in our forms. */
  optional?: boolean;
  /** Hide the label visually (it stays available to assistive technology). */
  hideLabel?: boolean;
  /** Show the hint below the control, so inputs in a grid row stay aligned. */
  hintBelow?: boolean;
  className?: string;
}

function useFieldIds(id: string | undefined) {
  const generated = useId();
  const fieldId = id ?? generated;
  return { fieldId, hintId: `${fieldId}-hint`, errorId: `${fieldId}-error` };
}

function describedBy(hint: ReactNode, error: string | undefined, ids: { hintId: string; errorId: string }) {
  const parts = [hint ? ids.hintId : '', error ? ids.errorId : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

function FieldFrame(
  props: FieldChrome & { fieldId: string; hintId: string; errorId: string; children: ReactNode },
) {
  return (
    <div className={['field', props.className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={props.fieldId} className={props.hideLabel ? 'visually-hidden' : 'field-label'}>
        {props.label}
        {props.optional ? <span className="field-optional"> (optional)</span> : null}
      </label>
      {props.hint && !props.hintBelow ? (
        <span id={props.hintId} className="field-hint">
          {props.hint}
        </span>
      ) : null}
      {props.children}
      {props.hint && props.hintBelow ? (
        <span id={props.hintId} className="field-hint">
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span id={props.errorId} className="field-error">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

export type TextFieldProps = FieldChrome &
  Omit<ComponentProps<'input'>, 'className'> & {
    /** Large monospaced style for one-time codes. */
    code?: boolean;
  };

export function TextField({
  label,
  hint,
  error,
  optional,
  hideLabel,
  hintBelow,
  className,
  id,
  code,
  ...input
}: TextFieldProps) {
  const ids = useFieldIds(id);
  return (
    <FieldFrame {...{ label, hint, error, optional, hideLabel, hintBelow, className }} {...ids}>
      <input
        {...input}
        id={ids.fieldId}
        className={code ? 'input input-code' : 'input'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, ids)}
      />
    </FieldFrame>
  );
}

export type TextareaProps = FieldChrome & Omit<ComponentProps<'textarea'>, 'className'>;

export function Textarea({
  label,
  hint,
  error,
  optional,
  hideLabel,
  hintBelow,
  className,
  id,
  ...area
}: TextareaProps) {
  const ids = useFieldIds(id);
  return (
    <FieldFrame {...{ label, hint, error, optional, hideLabel, hintBelow, className }} {...ids}>
      <textarea
        {...area}
        id={ids.fieldId}
        className="textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, ids)}
      />
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export type SelectProps = FieldChrome &
  Omit<ComponentProps<'select'>, 'className'> & {
    options: readonly SelectOption[];
    /** Further options in labelled groups (`<optgroup>`), after `options`. */
    optionGroups?: readonly { label: string; options: readonly SelectOption[] }[];
    /** Text of an empty first option (e.g. "Alle" or "Bitte wählen"); omit for no empty option. */
    placeholder?: string;
  };

export function Select({
  label,
  hint,
  error,
  optional,
  hideLabel,
  hintBelow,
  className,
  id,
  options,
  optionGroups,
  placeholder,
  ...select
}: SelectProps) {
  const ids = useFieldIds(id);
  return (
    <FieldFrame {...{ label, hint, error, optional, hideLabel, hintBelow, className }} {...ids}>
      <select
        {...select}
        id={ids.fieldId}
        className="select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, ids)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {optionGroups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldFrame>
  );
}

export type CheckboxProps = Omit<ComponentProps<'input'>, 'type' | 'className'> & {
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
};

export function Checkbox({ label, hint, className, id, ...input }: CheckboxProps) {
  const ids = useFieldIds(id);
  return (
    <div className={['checkbox', className ?? ''].filter(Boolean).join(' ')}>
      <input {...input} type="checkbox" id={ids.fieldId} aria-describedby={hint ? ids.hintId : undefined} />
      <span className="checkbox-text">
        <label htmlFor={ids.fieldId}>{label}</label>
        {hint ? (
          <span id={ids.hintId} className="field-hint">
            {hint}
          </span>
        ) : null}
      </span>
    </div>
  );
}

export function Fieldset(props: { legend: ReactNode; children: ReactNode; className?: string }) {
  return (
    <fieldset className={['fieldset', props.className ?? ''].filter(Boolean).join(' ')}>
      <legend>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}

/** A group of radio buttons with a legend; `value` is the checked option. */
export function RadioGroup(props: {
  legend: ReactNode;
  name: string;
  options: readonly SelectOption[];
  value: string;
  onChange: (value: string) => void;
  className?: string;
}) {
  const baseId = useId();
  return (
    <fieldset className={['fieldset radio-group', props.className ?? ''].filter(Boolean).join(' ')}>
      <legend>{props.legend}</legend>
      <div className="radio-options">
        {props.options.map((o) => (
          <div key={o.value} className="checkbox">
            <input
              type="radio"
              id={`${baseId}-${o.value}`}
              name={props.name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            <label htmlFor={`${baseId}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
