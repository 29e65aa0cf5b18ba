/** A 6-digit PIN field: digits only, numeric keyboard, left to right in every language. */
export function PinInput(props: {
  id: string;
  value: string;
  onChange: (pin: string) => void;
  /** `new-password` where the person chooses a PIN (hidden while typing), `off` where they type theirs */
  autoComplete: 'off' | 'new-password';
  invalid: boolean;
  describedBy: string | undefined;
}) {
  return (
    <input
      id={props.id}
      className="input fam-input-code"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value.replace(/\D/g, '').slice(0, 6))}
      inputMode="numeric"
      autoComplete={props.autoComplete}
      type={props.autoComplete === 'new-password' ? 'password' : 'text'}
      dir="ltr"
      maxLength={6}
      aria-invalid={props.invalid ? true : undefined}
      aria-describedby={props.describedBy || undefined}
    />
  );
}
