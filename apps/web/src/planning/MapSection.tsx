import type { TPlanningFigures, TPlanningIndicator, TPlanningIndicatorsResponse } from '@lotse/shared';
import { errorMessage } from '../api/client.ts';
import { Alert, Spinner } from '../ui/index.ts';
import { usePlanningFigures, usePlanningMap } from './api.ts';
import { AreaMap } from './charts/AreaMap.tsx';
import { describeFigures } from './FiguresSection.tsx';
import { FiguresTable } from './FiguresTable.tsx';
import { periodLabel } from './format.ts';

/**
 * The map of the social areas for the chosen indicator and period. Grouped by social area it shows the
 * same figures as the chart; grouped otherwise it asks for the figures by social area (without a
 * filter), says so, and brings their own table.
 */
export function MapSection(props: {
  meta: TPlanningIndicatorsResponse;
  indicator: TPlanningIndicator;
  /** The figures on screen (already the loaded answer to the current selection). */
  figures: TPlanningFigures;
}) {
  const { meta, indicator, figures } = props;
  const byArea = figures.by === 'socialArea';
  const hasAreas = indicator.dimensions.includes('socialArea');
  const geo = usePlanningMap();
  const own = usePlanningFigures(
    hasAreas && !byArea
      ? {
          indicator: indicator.id,
          by: 'socialArea',
          ...(indicator.snapshot ? {} : { from: figures.from ?? undefined, to: figures.to ?? undefined }),
        }
      : null,
  );
  const mapFigures = byArea ? figures : own.data;

  return (
    <section className="card stack planning-map-section" aria-labelledby="planning-map-heading">
      <div>
        <h2 id="planning-map-heading">Karte der Sozialräume</h2>
        {hasAreas ? (
          <p className="muted planning-subtitle">
            {indicator.label} nach Sozialraum · {periodLabel(figures, indicator.snapshot)}
            {byArea && figures.helpType ? ' · mit der Eingrenzung oben' : ''}
          </p>
        ) : null}
      </div>
      {!hasAreas ? (
        <p>„{indicator.label}“ gibt es nicht nach Sozialraum, deshalb zeigt die Karte hier nichts.</p>
      ) : (
        <>
          {!byArea ? (
            <p className="planning-map-hint">
              Die Karte zeigt die Kennzahl immer nach Sozialraum
              {figures.socialArea ? ' und für alle Sozialräume' : ''}, auch wenn Diagramm und Tabelle oben
              anders aufteilen.
            </p>
          ) : null}
          {geo.isPending || (!byArea && own.isPending) ? <Spinner label="Karte wird geladen …" /> : null}
          {geo.isError ? <Alert tone="danger">{errorMessage(geo.error)}</Alert> : null}
          {own.isError ? <Alert tone="danger">{errorMessage(own.error)}</Alert> : null}
          {geo.data && geo.data.features.length === 0 ? (
            <p>
              Für die Sozialräume sind noch keine Umrisse hinterlegt. Sie werden als GeoJSON-Datei eingelesen
              (<code>npm run planning:import</code>, siehe Dokumentation).
            </p>
          ) : null}
          {geo.data && geo.data.features.length > 0 && mapFigures ? (
            <>
              <AreaMap
                geo={geo.data}
                figures={mapFigures}
                caption={`Karte: ${describeFigures(mapFigures, indicator, meta)}. ${
                  byArea
                    ? 'Die Zahlen stehen in der Tabelle oben.'
                    : 'Die Zahlen stehen in der Tabelle darunter.'
                }`}
              />
              {!byArea ? (
                <details className="planning-map-table">
                  <summary>Zahlen der Karte als Tabelle</summary>
                  <FiguresTable
                    figures={mapFigures}
                    indicator={indicator}
                    caption={describeFigures(mapFigures, indicator, meta)}
                  />
                </details>
              ) : null}
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
