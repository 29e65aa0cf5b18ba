import { useSearchParams } from 'react-router';
import { errorMessage, isApiError } from '../api/client.ts';
import { Alert, PageHeader, Spinner } from '../ui/index.ts';
import { usePlanningFigures, usePlanningIndicators } from './api.ts';
import { DataSection } from './DataSection.tsx';
import { FiguresSection } from './FiguresSection.tsx';
import { IndicatorDefinitions } from './IndicatorDefinitions.tsx';
import { MapSection } from './MapSection.tsx';
import { SelectionForm } from './SelectionForm.tsx';
import { normalise, paramsOf, type Selection, wishFromParams } from './selection.ts';
import './planning.css';

/**
 * "Kennzahlen", the planning dashboard: one indicator at a time by one grouping, as a chart with its
 * table, a map of the social areas and downloads — anonymised figures with small numbers suppressed.
 * The selection lives in the URL, so it can be shared and the back button returns to the last one.
 */
export function DashboardPage() {
  const [params, setParams] = useSearchParams();
  const meta = usePlanningIndicators();
  const chosen = meta.data ? normalise(wishFromParams(params), meta.data) : null;
  const figures = usePlanningFigures(chosen?.selection ?? null);
  const refused = isApiError(figures.error, 400) ? figures.error : null;
  // While the next answer loads, the last one stays on screen (placeholder), named by its own indicator.
  const shownIndicator = meta.data?.items.find((i) => i.id === figures.data?.indicator);

  function choose(wish: Partial<Selection>) {
    if (!meta.data) return;
    const next = normalise(wish, meta.data);
    if (next) setParams(paramsOf(next.selection));
  }

  return (
    <>
      <title>Kennzahlen – Planung – Lotse</title>
      <PageHeader
        title="Kennzahlen"
        lead="Zusammengefasste Zahlen für die Jugendhilfeplanung, ohne Angaben zu einzelnen Familien. Kleine Zahlen sind zum Schutz der Familien unterdrückt (.)."
      />
      <div className="stack">
        {meta.isPending ? <Spinner label="Kennzahlen werden geladen …" /> : null}
        {meta.isError ? (
          <Alert tone="danger" title="Die Kennzahlen konnten nicht geladen werden">
            <p>{errorMessage(meta.error)}</p>
          </Alert>
        ) : null}
        {meta.data && !meta.data.builtAt ? (
          <Alert tone="info" title="Die Zahlen sind noch nicht berechnet">
            <p>Lotse berechnet sie jede Nacht. Mit „Neu berechnen“ unten geht es sofort.</p>
          </Alert>
        ) : null}
        {meta.data && chosen ? (
          <SelectionForm
            meta={meta.data}
            selection={chosen.selection}
            indicator={chosen.indicator}
            shownPeriod={{ from: figures.data?.from ?? null, to: figures.data?.to ?? null }}
            errors={refused?.fields ?? {}}
            onChange={choose}
          />
        ) : null}
        {figures.isPending && chosen ? <Spinner label="Zahlen werden geladen …" /> : null}
        {figures.isError ? (
          <Alert tone="danger" title="Diese Auswertung ist so nicht möglich">
            <p>{errorMessage(figures.error)}</p>
          </Alert>
        ) : null}
        {meta.data && chosen && figures.data && shownIndicator && !figures.isError ? (
          <>
            <FiguresSection
              figures={figures.data}
              indicator={shownIndicator}
              meta={meta.data}
              selection={chosen.selection}
              busy={figures.isPlaceholderData}
            />
            <MapSection meta={meta.data} indicator={shownIndicator} figures={figures.data} />
          </>
        ) : null}
        {meta.data ? (
          <>
            <DataSection builtAt={meta.data.builtAt} hasPopulation={meta.data.hasPopulation} />
            <IndicatorDefinitions items={meta.data.items} />
          </>
        ) : null}
      </div>
    </>
  );
}
