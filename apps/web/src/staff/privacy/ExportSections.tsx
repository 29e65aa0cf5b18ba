import type { TPrivacyExport, TPrivacyExportSection } from '@lotse/shared';
import { privacyColumnLabel as columnLabel } from '@lotse/shared';
import { useState } from 'react';
import { Table } from '../../ui/index.ts';
import { auditActionLabel } from '../auditLabels.ts';
import { formatDateTime } from '../format.ts';
import { ExportFields } from './ExportValue.tsx';

type Names = TPrivacyExport['names'];

const outcomeLabels: Record<string, string> = {
  allowed: 'erlaubt',
  denied: 'verweigert',
  failed: 'fehlgeschlagen',
};

export function recordCount(n: number): string {
  return n === 1 ? '1 Eintrag' : `${n.toLocaleString('de-DE')} Einträge`;
}

/** The audit trail reads best as a table, like in the PDF. */
function AuditRows(props: { section: TPrivacyExportSection; names: Names }) {
  const nameOf = (id: unknown) =>
    typeof id === 'string' && id ? (props.names[id] ?? id) : 'Familie oder System';
  return (
    <Table caption={`${props.section.title}: Zugriffe`} captionHidden stacked>
      <thead>
        <tr>
          <th scope="col">Zeitpunkt</th>
          <th scope="col">Wer</th>
          <th scope="col">Aktion</th>
          <th scope="col">Ergebnis</th>
        </tr>
      </thead>
      <tbody>
        {props.section.rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows of an export have no identity of their own
          <tr key={index}>
            <td data-label="Zeitpunkt" className="nowrap">
              {formatDateTime(typeof row.at === 'string' ? row.at : null)}
            </td>
            <td data-label="Wer">{nameOf(row.actor_id)}</td>
            <td data-label="Aktion">{auditActionLabel(String(row.action))}</td>
            <td data-label="Ergebnis">{outcomeLabels[String(row.outcome)] ?? String(row.outcome)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function SectionBody(props: { section: TPrivacyExportSection; names: Names }) {
  const { section, names } = props;
  const withheld = Object.entries(section.withheld);
  return (
    <div className="privacy-section-body stack-sm">
      {withheld.length > 0 ? (
        <div className="small">
          <p className="privacy-withheld-title">Nicht in der Auskunft enthalten:</p>
          <ul>
            {withheld.map(([column, reason]) => (
              <li key={column}>
                {columnLabel(column)}: {reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {section.rows.length === 0 ? (
        <p>Keine Einträge.</p>
      ) : section.table === 'audit_events' ? (
        <AuditRows section={section} names={names} />
      ) : (
        <ol className="plain-list privacy-records">
          {section.rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of an export have no identity of their own
            <li key={index} className="privacy-record">
              <h4>
                Eintrag {index + 1} von {section.rows.length}
              </h4>
              <ExportFields row={row} names={names} />
            </li>
          ))}
        </ol>
      )}
      {section.rows.length < section.total ? (
        <p className="small muted">
          Aufgeführt sind die neuesten {section.rows.length.toLocaleString('de-DE')} von{' '}
          {section.total.toLocaleString('de-DE')}.
        </p>
      ) : null}
    </div>
  );
}

/**
 * One table of the export, closed at first: title and number of records; the records are drawn only
 * once opened (the audit trail alone may hold 2000).
 */
function SectionDetails(props: { section: TPrivacyExportSection; names: Names }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="privacy-section" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="privacy-section-title">{props.section.title}</span>{' '}
        <span className="muted nowrap">({recordCount(props.section.total)})</span>
      </summary>
      {open ? <SectionBody section={props.section} names={props.names} /> : null}
    </details>
  );
}

/** Every table of the export with data about the person, in the export's order. */
export function ExportSections(props: { data: TPrivacyExport }) {
  return (
    <ul className="plain-list privacy-sections">
      {props.data.sections.map((section) => (
        <li key={section.table}>
          <SectionDetails section={section} names={props.data.names} />
        </li>
      ))}
    </ul>
  );
}
