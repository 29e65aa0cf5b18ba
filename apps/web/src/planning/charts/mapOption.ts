import type { TPlanningFigures } from '@lotse/shared';
import { type ChartOption, chartColor } from '../../staff/charts/LazyChart.tsx';
import { drawable, type Figure, formatNumber, isSuppressed } from '../format.ts';
import { chartMetric } from './figuresOption.ts';

/** The name the social areas' outlines are registered under (echarts.registerMap). */
export const AREA_MAP = 'lotse-social-areas';

/**
 * The social areas coloured by the figure (light to dark: low to high, readable in greyscale); a
 * suppressed area is grey and hatched, an area without figures plain grey. Every area is labelled with
 * its name and figure on a white plate, so the label reads on any shade.
 */
export function mapOption(figures: TPlanningFigures, names: Map<string, string>): ChartOption {
  const metric = chartMetric(figures);
  const figureOf = new Map<string, Figure>(
    figures.rows.map((r) => [r.key, metric === 'value' ? r.value : r.count]),
  );
  const numbers = [...figureOf.values()].flatMap((v) => (typeof v === 'number' ? [v] : []));
  const min = numbers.length ? Math.min(...numbers) : 0;
  const max = numbers.length ? Math.max(...numbers) : 1;

  const text = chartColor('--color-text', '#1b1f24');
  const muted = chartColor('--color-text-muted', '#4a5563');
  const grey = chartColor('--color-neutral-soft', '#eceff2');
  const describe = (code: string) => {
    const figure = figureOf.get(code);
    if (figure === undefined || figure === null) return 'keine Zahl';
    return isSuppressed(figure) ? 'unterdrückt (.)' : formatNumber(figure);
  };

  return {
    aria: { enabled: true, label: { enabled: false }, decal: { show: false } },
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string }) => `${names.get(p.name) ?? p.name}: ${describe(p.name)}`,
    },
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      min,
      max: max > min ? max : min + 1,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemWidth: 14,
      itemHeight: 160,
      text: [formatNumber(max), formatNumber(min)],
      textGap: 8,
      textStyle: { color: text },
      inRange: { color: ['#dce8f4', '#7fa7cc', '#1f4e79', '#0d2740'] },
    },
    series: [
      {
        type: 'map',
        map: AREA_MAP,
        nameProperty: 'code',
        roam: false,
        selectedMode: false,
        // Inside this box, with its proportions kept (on a phone it is as wide as the screen).
        top: 8,
        bottom: 56,
        left: 8,
        right: 8,
        preserveAspect: 'contain',
        itemStyle: { areaColor: grey, borderColor: '#ffffff', borderWidth: 2 },
        emphasis: { label: { show: true }, itemStyle: { borderColor: text, borderWidth: 2 } },
        label: {
          show: true,
          color: text,
          backgroundColor: 'rgba(255, 255, 255, 0.9)',
          padding: [2, 4],
          borderRadius: 3,
          lineHeight: 16,
          formatter: (p: { name: string }) => `${names.get(p.name) ?? p.name}\n${describe(p.name)}`,
        },
        data: [...names.keys()].map((code) => {
          const figure = figureOf.get(code) ?? null;
          if (isSuppressed(figure)) {
            return {
              name: code,
              value: Number.NaN,
              itemStyle: {
                areaColor: grey,
                decal: {
                  symbol: 'rect',
                  color: muted,
                  dashArrayX: [1, 0],
                  dashArrayY: [2, 5],
                  rotation: -Math.PI / 4,
                },
              },
            };
          }
          return { name: code, value: drawable(figure) ?? Number.NaN };
        }),
      },
    ],
  };
}
