import { privacyColumnLabel as columnLabel } from '@lotse/shared';
import { formatDate, formatDateTime } from '../format.ts';

type Names = Record<string, string>;

function isWithheld(value: object): value is { withheld: string } {
  return 'withheld' in value && typeof (value as { withheld: unknown }).withheld === 'string';
}

/** A stored text as a reader sees it: the name behind a known id, dates in German. */
export function exportText(value: string, names: Names): string {
  const named = names[value];
  if (named) return named;
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  return value;
}

function isPrimitive(value: unknown): value is string | number | boolean | null {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function primitiveText(value: string | number | boolean | null | undefined, names: Names): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'number') return String(value);
  return exportText(value, names);
}

/**
 * One value of an exported row, readable: what the export withholds says why, lists of plain values
 * are joined, structures (a person's address, a help plan's content) become nested lists.
 */
export function ExportValue(props: { value: unknown; names: Names }) {
  const { value, names } = props;
  if (value === undefined || isPrimitive(value)) {
    return <span className="pre-wrap">{primitiveText(value, names)}</span>;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return <>–</>;
    if (value.every(isPrimitive)) return <>{value.map((v) => primitiveText(v, names)).join(', ')}</>;
    return (
      <ol className="privacy-value-list">
        {value.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the stored order is the only identity
          <li key={index}>
            <ExportValue value={item} names={names} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value !== 'object') return <>{String(value)}</>;
  if (isWithheld(value)) return <span className="muted">nicht enthalten: {value.withheld}</span>;
  return <ExportFields row={value as Record<string, unknown>} names={names} nested />;
}

/** A row (or a structure inside one) as a list of labelled values. */
export function ExportFields(props: { row: Record<string, unknown>; names: Names; nested?: boolean }) {
  const entries = Object.entries(props.row);
  if (entries.length === 0) return <>–</>;
  return (
    <dl className={props.nested ? 'privacy-fields privacy-fields-nested' : 'privacy-fields'}>
      {entries.map(([column, value]) => (
        <div key={column} className="privacy-field">
          <dt>{columnLabel(column)}</dt>
          <dd>
            <ExportValue value={value} names={props.names} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
