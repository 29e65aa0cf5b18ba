import type { TRetentionReport, TRetentionRun } from '@lotse/shared';
import { Alert, Badge } from '../../ui/index.ts';
import { formatDateTime } from '../format.ts';
import { capitalized, dueSummary, platformTotal, RetentionReport } from './RetentionReport.tsx';
import { plural, runKindLabel, runStartedBy } from './retentionLabels.ts';

function DeletedRows(props: { deleted: Record<string, number> }) {
  const tables = Object.entries(props.deleted)
    .filter(([, rows]) => rows > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  if (tables.length === 0) return null;
  const rows = tables.reduce((n, [, count]) => n + count, 0);
  return (
    <details className="retention-details">
      <summary className="retention-summary">
        {plural(rows, 'Zeile', 'Zeilen')} aus {plural(tables.length, 'Tabelle', 'Tabellen')} gelöscht – je
        Tabelle anzeigen
      </summary>
      <dl className="retention-counts">
        {tables.map(([table, count]) => (
          <div key={table} className="retention-count">
            <dt>
              <code>{table}</code>
            </dt>
            <dd>{plural(count, 'Zeile', 'Zeilen')}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function ErasureOutcome(props: { report: TRetentionReport }) {
  const { deleted = {}, kept = {}, failed = [] } = props.report;
  const keptTables = Object.entries(kept).filter(([, k]) => k.rows > 0);
  return (
    <div className="stack-sm">
      {failed.length > 0 ? (
        <Alert tone="danger" title={`${plural(failed.length, 'Akte', 'Akten')} nicht gelöscht`}>
          <ul className="retention-list">
            {failed.map((f) => (
              <li key={f.id}>
                <strong className="nowrap">{f.reference}</strong>: {f.error}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <DeletedRows deleted={deleted} />
      {keptTables.length > 0 ? (
        <div className="stack-sm">
          <p className="retention-report-title">Behalten</p>
          <ul className="retention-list">
            {keptTables.map(([table, k]) => (
              <li key={table}>
                {plural(k.rows, 'Zeile', 'Zeilen')} in <code>{table}</code>: {k.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function runSummary(run: TRetentionRun): string {
  const { report } = run;
  if (run.kind === 'dry_run') {
    const held = report.held.length ? `, ${plural(report.held.length, 'Fall', 'Fälle')} gesperrt` : '';
    const more = plural(
      platformTotal(report),
      'weiterer Eintrag',
      'weitere Einträge',
      'keine weiteren Einträge',
    );
    return capitalized(`${dueSummary(report)} fällig${held}; ${more}.`);
  }
  if (!run.finishedAt) return `Läuft: ${dueSummary(report)} werden gelöscht.`;
  const erased = report.due.length - (report.failed?.length ?? 0);
  const more = plural(
    platformTotal(report),
    'weiterer Eintrag',
    'weitere Einträge',
    'keine weiteren Einträge',
  );
  return capitalized(`${plural(erased, 'Akte', 'Akten', 'keine Akte')} und ${more} gelöscht.`);
}

function RunItem(props: { run: TRetentionRun; carriedOut: boolean }) {
  const { run } = props;
  const failed = run.report.failed?.length ?? 0;
  return (
    <article className="retention-run">
      <h4 className="retention-run-title">
        {runKindLabel(run.kind)} vom {formatDateTime(run.startedAt)}
      </h4>
      <p className="cluster small">
        <span className="muted">
          {run.requestedBy ? `Gestartet von ${runStartedBy(run)}` : 'Nächtlicher Lauf'}
        </span>
        {run.kind === 'erasure' && !run.finishedAt ? <Badge tone="accent">läuft</Badge> : null}
        {run.kind === 'erasure' && run.finishedAt && failed === 0 ? (
          <Badge tone="success">fertig</Badge>
        ) : null}
        {failed > 0 ? <Badge tone="danger">{`${failed} fehlgeschlagen`}</Badge> : null}
        {props.carriedOut ? <Badge tone="neutral">ausgeführt</Badge> : null}
      </p>
      <p>{runSummary(run)}</p>
      {run.kind === 'erasure' ? <ErasureOutcome report={run.report} /> : null}
      <details className="retention-details">
        <summary className="retention-summary">Bericht anzeigen</summary>
        <RetentionReport report={run.report} erased={run.kind === 'erasure'} headingLevel={5} />
      </details>
    </article>
  );
}

/** The newest runs, dry runs and erasure runs, the nightly ones among them. */
export function RetentionRunList(props: { runs: TRetentionRun[] }) {
  const executed = new Set(props.runs.flatMap((r) => (r.dryRunId ? [r.dryRunId] : [])));
  return (
    <ul className="plain-list retention-run-list">
      {props.runs.map((run) => (
        <li key={run.id}>
          <RunItem run={run} carriedOut={executed.has(run.id)} />
        </li>
      ))}
    </ul>
  );
}
