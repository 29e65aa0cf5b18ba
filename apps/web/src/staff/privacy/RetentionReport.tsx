import type { TRetentionReport } from '@lotse/shared';
import { DefinitionList } from '../../ui/index.ts';
import { formatDate } from '../format.ts';
import { dueItemKindLabel, platformRecordTypes, plural, recordTypeLabel } from './retentionLabels.ts';

/** Longer lists of due files open on request, so the report stays readable. */
const OPEN_UP_TO = 10;

export function dueSummary(report: TRetentionReport): string {
  const cases = report.due.filter((d) => d.kind === 'case').length;
  const requests = report.due.length - cases;
  return `${plural(cases, 'Fallakte', 'Fallakten', 'keine Fallakte')} und ${plural(requests, 'Anfrage', 'Anfragen', 'keine Anfrage')} ohne Fall`;
}

export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function platformTotal(report: TRetentionReport): number {
  return Object.values(report.counts).reduce((n, count) => n + count, 0);
}

function DueList(props: { report: TRetentionReport }) {
  return (
    <ul className="retention-list">
      {props.report.due.map((d) => (
        <li key={d.id}>
          <strong>{d.reference}</strong>{' '}
          <span className="muted">
            · {dueItemKindLabel(d.kind)} · {d.kind === 'case' ? 'abgeschlossen' : 'zuletzt geändert'} am{' '}
            {formatDate(d.finishedAt)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * What a run found (a dry run: due, held, counted) or did (an erasure run: erased, held, removed):
 * file numbers and dates only, no names. `erased` switches the words to the past.
 */
export function RetentionReport(props: { report: TRetentionReport; erased?: boolean; headingLevel: 4 | 5 }) {
  const { report, erased = false } = props;
  const Heading = props.headingLevel === 4 ? 'h4' : 'h5';
  const dueCaption = erased ? 'Gelöschte Akten' : 'Fällige Akten';
  const caseCutoff = report.cutoffs.closed_case;
  const requestCutoff = report.cutoffs.request_without_case;
  return (
    <div className="stack retention-report">
      {caseCutoff && requestCutoff && !erased ? (
        <p className="small muted">
          Fällig sind Fallakten, die vor dem {formatDate(caseCutoff)} abgeschlossen wurden, und Anfragen ohne
          Fall, die zuletzt vor dem {formatDate(requestCutoff)} geändert wurden.
        </p>
      ) : null}
      <div className="stack-sm">
        <Heading className="retention-report-title">{dueCaption}</Heading>
        {report.due.length === 0 ? (
          <p>{erased ? 'Keine Akte gelöscht.' : 'Nichts fällig: keine Fallakte und keine Anfrage.'}</p>
        ) : (
          <>
            <p>{capitalized(`${dueSummary(report)} ${erased ? 'gelöscht' : 'fällig'}.`)}</p>
            {report.due.length <= OPEN_UP_TO ? (
              <DueList report={report} />
            ) : (
              <details className="retention-details">
                <summary className="retention-summary">
                  Alle {report.due.length.toLocaleString('de-DE')} Aktenzeichen anzeigen
                </summary>
                <DueList report={report} />
              </details>
            )}
          </>
        )}
      </div>
      <div className="stack-sm">
        <Heading className="retention-report-title">Gesperrt</Heading>
        {report.held.length === 0 ? (
          <p>Kein fälliger Fall ist gesperrt.</p>
        ) : (
          <ul className="retention-list">
            {report.held.map((h) => (
              <li key={h.caseId}>
                <strong className="nowrap">{h.reference}</strong>:{' '}
                <span className="pre-wrap">{h.reason}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="stack-sm">
        <Heading className="retention-report-title">
          {erased ? 'Weitere gelöschte Daten' : 'Weitere fällige Daten'}
        </Heading>
        <DefinitionList
          items={platformRecordTypes.map((type) => ({
            term: recordTypeLabel(type),
            value: (report.counts[type] ?? 0).toLocaleString('de-DE'),
          }))}
        />
      </div>
    </div>
  );
}
