import { Link, useSearchParams } from 'react-router';
import { type ApiError, errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Button, PageHeader, Spinner } from '../../ui/index.ts';
import { usePlacementSearch } from './api.ts';
import { filtersFromParams, hasCriteria, type PlacementFilters, paramsWithFilters } from './filters.ts';
import { PlacementFilterForm } from './PlacementFilterForm.tsx';
import { HitsLine, PlacementResults } from './PlacementResults.tsx';
import type { LiveState } from './useAvailabilityLive.ts';
import { useLiveResults } from './useLiveResults.ts';
import './placements.css';

/** The form's fields by the server's keys; errors for other keys are listed in the alert instead. */
const fieldLabels: Record<string, string> = {
  helpType: 'Hilfeart',
  age: 'Alter',
  gender: 'Geschlecht',
  setting: 'Setting',
  language: 'Sprache',
  postcode: 'Postleitzahl',
  maxKm: 'Umkreis',
  specialisations: 'Schwerpunkte',
};

function LiveIndicator(props: { state: LiveState }) {
  const text =
    props.state === 'live'
      ? 'Live: Neue Zahlen der Träger erscheinen sofort.'
      : props.state === 'offline'
        ? 'Keine Live-Verbindung: Die Treffer werden jede Minute neu abgerufen.'
        : 'Live-Verbindung wird aufgebaut …';
  return (
    <p className={`live-indicator live-indicator-${props.state}`} role="status">
      <span className="live-dot" aria-hidden="true" />
      {text}
    </p>
  );
}

/** A refused search: the server's words, or for invalid input a pointer to the marked fields. */
function SearchError(props: { error: ApiError }) {
  const { error } = props;
  if (error.code !== 'validation') {
    return (
      <Alert tone="danger" title="Die Suche ist so nicht möglich">
        <p>{error.message}</p>
      </Alert>
    );
  }
  const entries = Object.entries(error.fields);
  const marked = entries.flatMap(([key]) => (fieldLabels[key] ? [fieldLabels[key]] : []));
  const elsewhere = entries.filter(([key]) => !fieldLabels[key]);
  return (
    <Alert tone="danger" title="Bitte prüfen Sie die markierten Angaben">
      {marked.length > 0 ? <p>Betroffen: {marked.join(', ')}.</p> : null}
      {elsewhere.map(([key, message]) => (
        <p key={key}>{message}</p>
      ))}
    </Alert>
  );
}

/**
 * Placement search (Platzsuche): free places at the providers serving the office, ranked by fit and
 * explained, live as providers confirm their numbers. The filters live in the URL; opened from a case,
 * they come prefilled (`caseId`, age, gender, postcode and help type of the child).
 */
export function PlacementSearchPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const caseId = params.get('caseId');
  const { live, updated } = useLiveResults();
  const search = usePlacementSearch(filters, { live: live === 'live' });
  const refused = isApiError(search.error, 400) ? search.error : null;
  const justUpdated = (search.data?.items ?? []).filter((r) => updated.has(r.facilityId));

  function searchWith(next: PlacementFilters) {
    const nextParams = paramsWithFilters(params, next);
    // The same search again asks the server again; a new one gets a history entry (back button).
    if (nextParams.toString() === params.toString()) void search.refetch();
    else setParams(nextParams);
  }

  /** Phones and tablets show the form first: one step down to the results. */
  function showResults() {
    const heading = document.getElementById('placement-results-heading');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  function reset() {
    const empty = filtersFromParams(new URLSearchParams());
    setParams(paramsWithFilters(params, empty));
  }

  return (
    <>
      <title>Plätze suchen – Lotse</title>
      {caseId ? (
        <p className="placement-back">
          <Link to={`/fachkraft/faelle/${encodeURIComponent(caseId)}`}>Zurück zum Fall</Link>
        </p>
      ) : null}
      <PageHeader
        title="Plätze suchen"
        lead="Angebote freier Träger mit ihren freien Plätzen, nach Passung sortiert. Jeder Treffer zeigt, welche Kriterien er erfüllt. Kosten beeinflussen die Reihenfolge nicht."
      />
      {search.data ? (
        <p className="placement-jump">
          <Button variant="link" onClick={showResults}>
            Zu den Treffern ({search.data.total})
          </Button>
        </p>
      ) : null}
      <div className="placement-layout">
        <div className="placement-side">
          {caseId ? (
            <p className="placement-prefilled">
              Aus einem Fall geöffnet: Alter, Geschlecht und Postleitzahl des Kindes und die Hilfeart des
              Falls sind übernommen.
            </p>
          ) : null}
          <PlacementFilterForm
            filters={filters}
            errors={refused?.fields ?? {}}
            busy={search.isPending || search.isPlaceholderData}
            onSearch={searchWith}
            onReset={reset}
          />
        </div>
        <section className="placement-main" aria-labelledby="placement-results-heading">
          <div className="placement-results-head">
            <h2 id="placement-results-heading" tabIndex={-1}>
              {filters.emergency ? 'Treffer: nur sofort freie Plätze' : 'Treffer'}
            </h2>
            <LiveIndicator state={live} />
          </div>
          <div aria-live="polite" className="live-region results-status">
            {search.isPending ? <Spinner label="Plätze werden gesucht …" /> : null}
            {refused ? <SearchError error={refused} /> : null}
            {search.isError && !refused ? (
              <Alert tone="danger" title="Die Suche ist fehlgeschlagen">
                <p>{errorMessage(search.error)}</p>
              </Alert>
            ) : null}
            {search.data ? <HitsLine data={search.data} /> : null}
            {justUpdated.length > 0 ? (
              <p className="visually-hidden">
                Gerade aktualisiert: {justUpdated.map((r) => r.facilityName).join(', ')}.
              </p>
            ) : null}
          </div>
          {search.data ? (
            <div
              className={search.isPlaceholderData ? 'is-stale' : undefined}
              aria-busy={search.isPlaceholderData || undefined}
            >
              <PlacementResults data={search.data} narrowed={hasCriteria(filters)} updated={updated} />
            </div>
          ) : null}
        </section>
      </div>
    </>
  );
}
