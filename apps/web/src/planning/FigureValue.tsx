import { type Figure, formatNumber, isSuppressed } from './format.ts';

/**
 * One figure of a table: the number, "." for a suppressed figure (as official tables print it, with
 * the reason for screen readers and on hover) or "–" where it cannot be computed.
 */
export function FigureValue(props: { value: Figure; missing?: string }) {
  const { value } = props;
  if (isSuppressed(value)) {
    return (
      <abbr title="unterdrückt (Datenschutz)" className="planning-suppressed">
        <span aria-hidden="true">.</span>
        <span className="visually-hidden">unterdrückt (Datenschutz)</span>
      </abbr>
    );
  }
  if (value === null) {
    const missing = props.missing ?? 'nicht berechenbar';
    return (
      <span title={missing}>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{missing}</span>
      </span>
    );
  }
  return <>{formatNumber(value)}</>;
}
