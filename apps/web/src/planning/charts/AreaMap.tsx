import { SUPPRESSED, type TPlanningFigures, type TPlanningMap } from '@lotse/shared';
import { useCallback, useMemo } from 'react';
import { LazyChart } from '../../staff/charts/LazyChart.tsx';
import { Alert, Spinner } from '../../ui/index.ts';
import { chartMetric } from './figuresOption.ts';
import { AREA_MAP, mapOption } from './mapOption.ts';
import { type PlanningECharts, usePlanningCharts } from './usePlanningCharts.ts';

/** The social areas coloured by the figures by social area, with its colour scale and legend. */
export function AreaMap(props: { geo: TPlanningMap; figures: TPlanningFigures; caption: string }) {
  const { geo, figures } = props;
  const register = useCallback(
    // The server's GeoJSON (validated on upload) in ECharts' own GeoJSON type.
    (echarts: PlanningECharts) =>
      echarts.registerMap(AREA_MAP, geo as Parameters<PlanningECharts['registerMap']>[1]),
    [geo],
  );
  const parts = usePlanningCharts(register);
  const names = useMemo(
    () => new Map(geo.features.map((f) => [f.properties.code, f.properties.name])),
    [geo],
  );
  const option = useMemo(() => mapOption(figures, names), [figures, names]);
  const shown = (code: string) => {
    const row = figures.rows.find((r) => r.key === code);
    return chartMetric(figures) === 'value' ? row?.value : row?.count;
  };
  const codes = [...names.keys()];
  const anySuppressed = codes.some((code) => shown(code) === SUPPRESSED);
  const anyMissing = codes.some((code) => shown(code) === undefined || shown(code) === null);

  if (parts === 'failed') {
    return (
      <Alert tone="warning" title="Die Karte konnte nicht geladen werden">
        <p>Die Zahlen stehen in der Tabelle.</p>
      </Alert>
    );
  }
  return (
    <div className="stack-sm planning-map">
      {parts === 'loading' ? (
        <Spinner label="Karte wird geladen …" />
      ) : (
        <LazyChart option={option} height={420} caption={props.caption} />
      )}
      <ul className="planning-legend" aria-label="Legende der Karte">
        <li>
          <span className="planning-swatch planning-swatch-scale" aria-hidden="true" />
          je dunkler, desto höher
        </li>
        {anySuppressed ? (
          <li>
            <span className="planning-swatch planning-swatch-suppressed" aria-hidden="true" />
            unterdrückt (Datenschutz)
          </li>
        ) : null}
        {anyMissing ? (
          <li>
            <span className="planning-swatch planning-swatch-empty" aria-hidden="true" />
            keine Zahl
          </li>
        ) : null}
      </ul>
    </div>
  );
}
