import { indicatorUnitLabels, type TPlanningFigures, type TPlanningIndicator } from '@lotse/shared';
import { type ChartOption, chartColor } from '../../staff/charts/LazyChart.tsx';
import { drawable, type Figure, formatNumber, isSuppressed } from '../format.ts';
import { isTimeDimension, monthsBetween } from '../selection.ts';

/** What the chart draws: the indicator's value, or the count where no value can be computed at all. */
export function chartMetric(figures: TPlanningFigures): 'value' | 'count' {
  return [...figures.rows, figures.total].some((r) => r.value !== null) ? 'value' : 'count';
}

/**
 * Whether the national reference can be drawn beside these values. Shares and means compare over any
 * period; a rate per 10 000 counts the helps of a calendar year (running at its end or ended in it), so
 * only yearly figures compare with it.
 */
function referenceComparable(figures: TPlanningFigures): boolean {
  if (figures.unit !== 'per10000') return true;
  if (figures.by === 'year') return true;
  if (isTimeDimension(figures.by)) return false;
  return monthsBetween(figures.from, figures.to).length === 12;
}

/** Round steps for the value axis, about four of them up to a little above `highest`. */
function valueScale(highest: number): { max: number; interval: number } {
  if (highest <= 0) return { max: 1, interval: 0.25 };
  const raw = (highest * 1.05) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const interval = ([1, 2, 2.5, 5, 10].find((n) => n * magnitude >= raw) ?? 10) * magnitude;
  return { max: Math.ceil((highest * 1.05) / interval) * interval, interval };
}

/** Grey with dark diagonal lines, as an image pattern (mark areas take no decals), like the map's. */
function hatchPattern(background: string, line: string) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="${background}"/><path d="M-2 2l4-4M0 8l8-8M6 10l4-4" stroke="${line}" stroke-width="1"/></svg>`;
  return { image: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, repeat: 'repeat' };
}

/** A legend entry; the page draws the legend itself (it wraps on phones and is read by screen readers). */
export interface LegendEntry {
  kind: 'bar' | 'line' | 'total' | 'comparison' | 'reference' | 'suppressed';
  label: string;
}

/**
 * The chart of one answer: bars for categories, a line for periods. Comparisons: for categories the
 * selection's total as a dashed line; for periods of one social area the whole office's line (dashed,
 * triangles); the national reference dotted where it compares. Suppressed figures are hatched bands
 * labelled "unterdrückt", never zero. Line styles, markers and patterns keep it readable in greyscale.
 */
export function figuresOption(
  figures: TPlanningFigures,
  indicator: TPlanningIndicator,
  /** Periods of one social area: the same periods for the whole office. */
  office?: TPlanningFigures,
): { option: ChartOption; legend: LegendEntry[]; remarks: string[] } {
  const metric = chartMetric(figures);
  const pick = (row: TPlanningFigures['total']): Figure => (metric === 'value' ? row.value : row.count);
  const time = isTimeDimension(figures.by);
  // Bars list the first group on top: a category axis counts from the bottom, so they go in reversed
  // (an inverted axis would misplace the mark areas).
  const rows = time ? figures.rows : [...figures.rows].reverse();
  const labels = rows.map((r) => r.label);
  const values = rows.map((r) => drawable(pick(r)));
  const suppressed = rows.filter((r) => isSuppressed(pick(r))).map((r) => r.label);
  // The total compares where it is a rate, share or mean; not where it is the sum of the groups, nor
  // over periods (the total of all periods is no point of comparison for each of them).
  const totalIsSum =
    metric === 'count' || (figures.unit === 'count' && figures.total.value === figures.total.count);
  const total = time || totalIsSum ? null : drawable(pick(figures.total));
  const officeValues = time && office ? labels.map((l) => office.rows.find((r) => r.label === l)) : null;
  // A national rate compares with the office's rates, not with its counts.
  const comparable = referenceComparable(figures);
  const reference = metric === 'value' && comparable ? figures.reference : null;

  const text = chartColor('--color-text', '#1b1f24');
  const muted = chartColor('--color-text-muted', '#4a5563');
  const brand = chartColor('--color-brand', '#1f4e79');
  const accent = chartColor('--color-warning', '#7a4a00');
  const grey = chartColor('--color-neutral-soft', '#eceff2');
  const format = (v: unknown) => (typeof v === 'number' ? formatNumber(v) : '');
  const seriesName =
    metric === 'value' ? `${indicator.label} (${indicatorUnitLabels[figures.unit]})` : indicator.countLabel;

  const highest = Math.max(
    ...values.map((v) => v ?? 0),
    ...(officeValues ?? []).map((r) => (r ? (drawable(pick(r)) ?? 0) : 0)),
    total ?? 0,
    reference?.value ?? 0,
  );
  const categoryAxis = {
    type: 'category',
    data: labels,
    axisLabel: time
      ? { color: text, hideOverlap: true }
      : {
          color: text,
          width: 120,
          overflow: 'break',
          lineHeight: 15,
          formatter: (value: string) => (suppressed.includes(value) ? `{gap|${value}}` : value),
          rich: { gap: { color: muted, fontStyle: 'italic' } },
        },
  };
  const valueAxis = {
    type: 'value',
    min: 0,
    // Marker lines do not widen an axis: it reaches to the reference and the total too.
    ...valueScale(highest),
    axisLabel: { color: muted, formatter: format, hideOverlap: true },
    splitLine: { lineStyle: { color: chartColor('--color-border', '#c9d1da') } },
  };
  // Vertical marker lines across bars (value on x), horizontal ones across the line chart (value on y).
  const markerLine = (name: string, value: number, color: string, type: 'dashed' | 'dotted') => ({
    type: 'line',
    name,
    data: [],
    symbol: 'none',
    color,
    markLine: {
      silent: true,
      symbol: 'none',
      label: { show: false },
      lineStyle: { color, type, width: 2 },
      data: [time ? { yAxis: value } : { xAxis: value }],
    },
  });

  const legend: LegendEntry[] = [{ kind: time ? 'line' : 'bar', label: seriesName }];
  const remarks: string[] = [];
  const series: object[] = [
    time
      ? {
          type: 'line',
          name: seriesName,
          data: values,
          color: brand,
          symbol: 'circle',
          symbolSize: 7,
          connectNulls: false,
          lineStyle: { width: 3 },
        }
      : {
          type: 'bar',
          name: seriesName,
          data: values,
          stack: 'figures',
          color: brand,
          // One series: a pattern would tell nothing (the suppressed bands have their own).
          itemStyle: { decal: { symbol: 'none' } },
          barMaxWidth: 28,
          label: {
            show: true,
            position: 'right',
            color: text,
            formatter: (p: { value: unknown }) => format(p.value),
          },
        },
  ];
  if (suppressed.length > 0) {
    legend.push({ kind: 'suppressed', label: 'unterdrückt (Datenschutz)' });
    const at = (label: string) => (time ? { xAxis: label } : { yAxis: label });
    // A bar series without bars carries the bands: on a bar series they span a category's whole band.
    series.push({
      type: 'bar',
      name: 'unterdrückt (Datenschutz)',
      data: labels.map(() => null),
      stack: 'figures',
      color: grey,
      markArea: {
        silent: true,
        itemStyle: { color: hatchPattern(grey, muted) },
        label: {
          show: true,
          position: 'inside',
          color: text,
          backgroundColor: '#ffffff',
          padding: [2, 4],
          borderRadius: 3,
          formatter: 'unterdrückt (.)',
        },
        data: suppressed.map((label) => [at(label), at(label)]),
      },
    });
  }
  if (total !== null) {
    const name = `${figures.total.label}: ${formatNumber(total)}`;
    series.push(markerLine(name, total, text, 'dashed'));
    legend.push({ kind: 'total', label: name });
  }
  if (officeValues && office) {
    series.push({
      type: 'line',
      name: office.total.label,
      data: officeValues.map((r) => (r ? drawable(pick(r)) : null)),
      color: text,
      symbol: 'triangle',
      symbolSize: 8,
      connectNulls: false,
      lineStyle: { type: 'dashed', width: 2 },
    });
    legend.push({ kind: 'comparison', label: `${office.total.label} zum Vergleich` });
    remarks.push(
      `Die Vergleichslinie zeigt dieselbe Kennzahl für das ganze Jugendamt; ihre Zahlen stehen in der Tabelle, wenn Sie „Alle Sozialräume“ wählen.`,
    );
  }
  if (reference) {
    const name = `Bund ${reference.year}: ${formatNumber(reference.value)}`;
    series.push(markerLine(name, reference.value, accent, 'dotted'));
    legend.push({ kind: 'reference', label: `${name} (${reference.source})` });
  } else if (figures.reference && metric === 'value' && !comparable) {
    remarks.push(
      `Der Bundeswert (${figures.reference.year}: ${formatNumber(figures.reference.value)} ${indicatorUnitLabels[figures.unit]}) gilt für ein Kalenderjahr. Er ist eingezeichnet, wenn der Zeitraum zwölf Monate umfasst oder nach Jahr aufgeteilt ist.`,
    );
  }

  const option: ChartOption = {
    aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
    grid: { left: 4, right: time ? 16 : 40, top: 12, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: time ? 'line' : 'shadow' },
      valueFormatter: (value: unknown) => (typeof value === 'number' ? formatNumber(value) : 'keine Zahl'),
    },
    xAxis: time ? categoryAxis : valueAxis,
    yAxis: time ? valueAxis : categoryAxis,
    series,
  };
  return { option, legend, remarks };
}
