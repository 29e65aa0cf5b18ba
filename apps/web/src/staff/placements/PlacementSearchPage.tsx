import type { TCasePlacements } from '@lotse/shared';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type ApiError, errorMessage, isApiError } from '../../api/client.ts';
import { Alert, Button, Dialog, PageHeader, Spinner } from '../../ui/index.ts';
import { usePlacementSearch } from './api.ts';
import { filtersFromParams, hasCriteria, type PlacementFilters, paramsWithFilters } from './filters.ts';
import { InquiryForm } from './InquiryForm.tsx';
import { useInquirySelection } from './InquirySelection.tsx';
import { type InquirySent, inquiryAnchor, newestInquiry } from './inquiry.ts';
import { useCaseDetailWhen } from './inquiryApi.ts';
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

/** Why the results cannot be chosen for an inquiry here, and where that works. */
function InquiryNote(props: {
  caseId: string | null;
  loading: boolean;
  failed: boolean;
  hasChild: boolean;
  mayAsk: boolean;
}) {
  let text: string | null = null;
  if (!props.caseId) {
    text =
      'Anfragen an Träger senden Sie aus einem Fall: Öffnen Sie den Fall und dort „Plätze suchen“. Dann können Sie hier Einrichtungen auswählen und gemeinsam anfragen.';
  } else if (props.loading || props.mayAsk) {
    text = null;
  } else if (props.failed) {
    text = 'Der Fall konnte nicht geladen werden. Anfragen sind deshalb gerade nicht möglich.';
  } else if (!props.hasChild) {
    text =
      'Eine Anfrage gilt einem Kind des Falls. Tragen Sie das Kind im Fall unter „Personen & Familie“ ein und öffnen Sie die Suche von dort.';
  } else {
    text = 'Anfragen für diesen Fall sendet, wer den Fall bearbeiten darf.';
  }
  return text ? <p className="placement-inquiry-note">{text}</p> : null;
}

/**
 * Placement search (Platzsuche): free places at the providers serving the office, ranked by fit and
 * explained, live as providers confirm their numbers. The filters live in the URL; opened from a case,
 * they come prefilled (`caseId`, age, gender, postcode and help type of the child), and for that child
 * (`personId`) up to ten results can be asked at once ("Anfrage senden"), if the user may work on the case.
 */
export function PlacementSearchPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const caseId = params.get('caseId');
  const personId = params.get('personId');
  const navigate = useNavigate();
  const caseDetail = useCaseDetailWhen(caseId);
  // Inquiries are for a child of the case and need the right to work on the case (the server decides).
  const child = caseDetail.data?.persons.find((p) => p.id === personId);
  const mayAsk = Boolean(child && caseDetail.data?.allowedActions.includes('update'));
  const selection = useInquirySelection();
  const [asking, setAsking] = useState(false);
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

  /** Sent: back to the case, to the new inquiry, which says it was sent. */
  function sent(placements: TCasePlacements, recipients: number) {
    const inquiry = newestInquiry(placements.inquiries);
    setAsking(false);
    selection.clear();
    const state: InquirySent | undefined = inquiry
      ? { inquirySent: { id: inquiry.id, recipients, answerBy: inquiry.answerBy } }
      : undefined;
    void navigate(
      {
        pathname: `/fachkraft/faelle/${encodeURIComponent(caseId ?? '')}`,
        hash: inquiry ? inquiryAnchor(inquiry.id) : '',
      },
      { state },
    );
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
          <InquiryNote
            caseId={caseId}
            loading={caseDetail.isPending && caseId !== null}
            failed={caseDetail.isError}
            hasChild={child !== undefined}
            mayAsk={mayAsk}
          />
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
              <PlacementResults
                data={search.data}
                narrowed={hasCriteria(filters)}
                updated={updated}
                selection={mayAsk ? selection : undefined}
                onSendInquiry={mayAsk ? () => setAsking(true) : undefined}
              />
            </div>
          ) : null}
        </section>
      </div>
      {caseId && child && mayAsk ? (
        <Dialog open={asking} title="Anfrage senden" size="wide" onClose={() => setAsking(false)}>
          <InquiryForm
            caseId={caseId}
            person={child}
            selected={selection.chosen}
            initial={{
              helpType: filters.helpType,
              specialisations: filters.specialisations,
              languages: filters.language ? [filters.language] : [],
            }}
            onRemove={selection.remove}
            onSent={sent}
          />
        </Dialog>
      ) : null}
    </>
  );
}
