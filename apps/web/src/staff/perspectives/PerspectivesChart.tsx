import { perspectiveLabels, type TPerspective } from '@lotse/shared';
import { useMemo } from 'react';
import { type ChartOption, chartColor, LazyChart } from '../charts/LazyChart.tsx';
import type { DimensionComparison } from './compare.ts';

/** Marker per perspective: colour and shape differ, so the chart does not rely on colour alone. */
const markers: Record<TPerspective, { token: string; fallback: string; symbol: string; offset: number }> = {
  child: { token: '--color-accent', fallback: '#6a3d8f', symbol: 'circle', offset: -9 },
  parent: { token: '--color-warning', fallback: '#7a4a00', symbol: 'diamond', offset: -3 },
  caseworker: { token: '--color-brand', fallback: '#1f4e79', symbol: 'rect', offset: 3 },
  provider: { token: '--color-success', fallback: '#1d6b3a', symbol: 'triangle', offset: 9 },
};

/**
 * Everyone's rating per dimension on one line from 1 to 5: a marker per perspective, and a bar from
 * the lowest to the highest rating — red where the views lie two points or more apart.
 */
export function PerspectivesChart(props: { rows: DimensionComparison[]; shown: TPerspective[] }) {
  const { rows, shown } = props;
  const option = useMemo((): ChartOption => {
    const text = chartColor('--color-text', '#1b1f24');
    const muted = chartColor('--color-text-muted', '#4a5563');
    const danger = chartColor('--color-danger', '#a52019');
    const border = chartColor('--color-border-strong', '#6b7785');
    const labels = rows.map((r) => r.dimension.staffLabel);
    const numbers = rows.map((r) =>
      Object.values(r.values).filter((v): v is number => typeof v === 'number'),
    );
    return {
      grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { color: text }, itemGap: 10, itemWidth: 14 },
      tooltip: { trigger: 'item' },
      xAxis: {
        type: 'value',
        min: 0.5,
        max: 5.5,
        // Ticks, labels and lines on the scale's points, with half a point of room on each side.
        axisTick: { customValues: [1, 2, 3, 4, 5] },
        axisLabel: { color: muted, customValues: [1, 2, 3, 4, 5] },
        splitLine: { show: false },
      },
      yAxis: {
        type: 'category',
        data: labels,
        inverse: true,
        axisTick: { show: false },
        axisLabel: {
          width: 130,
          overflow: 'break',
          lineHeight: 15,
          color: text,
          formatter: (value: string, index: number) => (rows[index]?.differs ? `{differs|${value}}` : value),
          rich: { differs: { color: danger, fontWeight: 'bold' } },
        },
      },
      series: [
        {
          type: 'bar',
          stack: 'range',
          silent: true,
          barWidth: 6,
          itemStyle: { color: 'transparent' },
          data: numbers.map((n) => (n.length >= 2 ? Math.min(...n) : 0)),
          tooltip: { show: false },
        },
        {
          type: 'bar',
          stack: 'range',
          silent: true,
          barWidth: 6,
          markLine: {
            silent: true,
            symbol: 'none',
            label: { show: false },
            lineStyle: { color: chartColor('--color-border', '#c9d1da'), type: 'solid', width: 1 },
            data: [1, 2, 3, 4, 5].map((x) => ({ xAxis: x })),
          },
          data: rows.map((r, i) => {
            const n = numbers[i] ?? [];
            return {
              value: n.length >= 2 ? Math.max(...n) - Math.min(...n) : 0,
              itemStyle: { color: r.differs ? danger : border, borderRadius: 3 },
            };
          }),
          tooltip: { show: false },
        },
        ...shown.map((p) => {
          const m = markers[p];
          return {
            type: 'scatter',
            name: perspectiveLabels[p],
            symbol: m.symbol,
            symbolSize: 13,
            symbolOffset: [0, m.offset],
            itemStyle: { color: chartColor(m.token, m.fallback), borderColor: '#ffffff', borderWidth: 1 },
            z: 3,
            data: rows.map((r, i) => {
              const value = r.values[p];
              return typeof value === 'number' ? [value, i] : [null, i];
            }),
            tooltip: {
              formatter: (params: { value: [number, number] }) =>
                `${perspectiveLabels[p]}: ${params.value[0]} – ${labels[params.value[1]] ?? ''}`,
            },
          };
        }),
      ],
    };
  }, [rows, shown]);

  return (
    <LazyChart
      option={option}
      height={Math.max(260, rows.length * 46 + 60)}
      caption="Bewertung je Bereich von 1 (sehr belastet) bis 5 (sehr gut); rot: die Sichtweisen liegen zwei Punkte oder mehr auseinander. Die Zahlen stehen in der Tabelle darunter."
    />
  );
}
