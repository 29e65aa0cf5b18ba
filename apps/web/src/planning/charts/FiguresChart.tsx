import type { TPlanningFigures, TPlanningIndicator } from '@lotse/shared';
import { useMemo } from 'react';
import { LazyChart } from '../../staff/charts/LazyChart.tsx';
import { Alert, Spinner } from '../../ui/index.ts';
import { usePlanningFigures } from '../api.ts';
import { isTimeDimension } from '../selection.ts';
import { ChartLegend } from './ChartLegend.tsx';
import { chartMetric, figuresOption } from './figuresOption.ts';
import { usePlanningCharts } from './usePlanningCharts.ts';

/**
 * The figures as a chart with its legend; the numbers themselves are in the table below. Periods of one
 * social area are drawn beside the same periods of the whole office.
 */
export function FiguresChart(props: { figures: TPlanningFigures; indicator: TPlanningIndicator }) {
  const { figures, indicator } = props;
  const parts = usePlanningCharts();
  const time = isTimeDimension(figures.by);
  const office = usePlanningFigures(
    time && figures.socialArea
      ? {
          indicator: figures.indicator,
          by: figures.by,
          from: figures.from ?? undefined,
          to: figures.to ?? undefined,
        }
      : null,
  );
  const officeFigures = time && figures.socialArea ? office.data : undefined;
  const { option, legend, remarks } = useMemo(
    () => figuresOption(figures, indicator, officeFigures),
    [figures, indicator, officeFigures],
  );
  const drawsCounts = chartMetric(figures) === 'count' && indicator.unit !== 'count';

  if (parts === 'failed') {
    return (
      <Alert tone="warning" title="Das Diagramm konnte nicht geladen werden">
        <p>Die Zahlen stehen in der Tabelle.</p>
      </Alert>
    );
  }
  return (
    <div className="stack-sm planning-chart">
      {parts === 'loading' ? (
        <Spinner label="Diagramm wird geladen …" />
      ) : (
        <LazyChart
          option={option}
          height={time ? 320 : Math.max(200, figures.rows.length * 40 + 40)}
          caption={`${time ? 'Liniendiagramm' : 'Balkendiagramm'}: ${
            drawsCounts ? `Anzahl ${indicator.countLabel}, da Einwohnerzahlen fehlen` : indicator.label
          }. Die Zahlen stehen in der Tabelle.`}
        />
      )}
      <ChartLegend entries={legend} />
      {remarks.map((remark) => (
        <p key={remark} className="small muted planning-chart-remark">
          {remark}
        </p>
      ))}
    </div>
  );
}
