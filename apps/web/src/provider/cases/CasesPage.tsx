import { Link } from 'react-router';
import { errorMessage, isApiError } from '../../api/client.ts';
import { formatDate } from '../../staff/format.ts';
import { Alert, Badge, EmptyState, PageHeader, Spinner } from '../../ui/index.ts';
import { shareSectionTitles } from '../labels.ts';
import { providerCasePath } from '../paths.ts';
import { type ProviderCaseSummary, useProviderCases } from './api.ts';

/**
 * "Geteilte Fälle": the cases offices share with the provider, each with the sections open right now.
 * A case whose share or consent ended is no longer listed.
 */
export function CasesPage() {
  const cases = useProviderCases();
  const items = cases.data?.items;
  return (
    <>
      <title>Geteilte Fälle – Trägerportal – Lotse</title>
      <PageHeader
        title="Geteilte Fälle"
        lead="Fälle, die ein Jugendamt mit Ihrem Träger teilt – auf Grundlage einer Einwilligung der Familie oder einer gesetzlichen Befugnis. Sie sehen nur die freigegebenen Bereiche; jeder Zugriff wird protokolliert."
      />
      <div className="stack">
        {cases.isPending ? <Spinner label="Fälle werden geladen …" /> : null}
        {cases.isError ? (
          <Alert tone={isApiError(cases.error, 403) ? 'warning' : 'danger'}>
            <p>{errorMessage(cases.error)}</p>
          </Alert>
        ) : null}
        {items && items.length === 0 ? (
          <EmptyState>Zurzeit teilt kein Jugendamt einen Fall mit Ihrem Träger.</EmptyState>
        ) : null}
        {items && items.length > 0 ? (
          <ul className="plain-list case-cards">
            {items.map((c) => (
              <li key={c.caseId}>
                <SharedCaseCard summary={c} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </>
  );
}

function SharedCaseCard({ summary }: { summary: ProviderCaseSummary }) {
  return (
    <article className="case-card" aria-labelledby={`shared-case-${summary.caseId}`}>
      <div className="case-card-top">
        <span className="case-ref">{summary.reference}</span>
        <span className="small muted">geteilt seit {formatDate(summary.since)}</span>
      </div>
      <h2 id={`shared-case-${summary.caseId}`} className="case-card-title">
        <Link to={providerCasePath(summary.caseId)}>
          {summary.child ?? `Fall ${summary.reference}`}
          {summary.child ? <span className="visually-hidden"> – Fall {summary.reference}</span> : null}
        </Link>
      </h2>
      <p className="provider-sections">
        <span className="small muted">Freigegeben:</span>
        {summary.openSections.map((s) => (
          <Badge key={s} tone="info">
            {shareSectionTitles[s]}
          </Badge>
        ))}
      </p>
    </article>
  );
}
