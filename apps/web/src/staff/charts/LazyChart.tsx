import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { Alert, Spinner } from '../../ui/index.ts';
import './charts.css';

export type ChartOption = EChartsCoreOption;

type EChartsModule = typeof import('./echarts.ts');
let loading: Promise<EChartsModule> | null = null;
/** ECharts, loaded once and on first use (its own chunk, never part of the family app). */
function loadECharts(): Promise<EChartsModule> {
  loading ??= import('./echarts.ts').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * Colours of the design system (tokens.css) for charts, read from the CSS custom properties so a
 * chart matches the page. ECharts cannot read CSS variables itself.
 */
export function chartColor(token: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  const value = getComputedStyle(document.documentElement).getPropertyValue(token).trim();
  return value || fallback;
}

const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export interface LazyChartProps {
  /** The ECharts option (series, axes …) — only the parts registered in echarts.ts are available. */
  option: ChartOption;
  /**
   * What the chart shows and where its numbers are for screen readers, e.g. "Die Zahlen stehen in
   * der Tabelle unten." Shown as the figure's caption; the drawing itself is hidden from assistive
   * technology, so every chart needs a table (or list) alternative with the same numbers.
   */
  caption: string;
  /** Height of the drawing in CSS pixels (the width follows the container). */
  height?: number;
  className?: string;
}

/**
 * A chart drawn by ECharts (SVG renderer), loaded lazily. The drawing is aria-hidden; the caption
 * points to the accessible alternative that the caller renders next to it.
 */
export function LazyChart({ option, caption, height = 320, className }: LazyChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<EChartsModule['init']> | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    loadECharts()
      .then(({ init }) => {
        if (disposed || !host.current) return;
        // Through the CSSOM, which the page's CSP (style-src 'self') allows, unlike a style attribute.
        host.current.style.height = `${height}px`;
        chart.current = init(host.current, null, { renderer: 'svg' });
        observer = new ResizeObserver(() => chart.current?.resize());
        observer.observe(host.current);
        setState('ready');
      })
      .catch((error: unknown) => {
        console.error('Diagramm konnte nicht geladen werden', error);
        if (!disposed) setState('failed');
      });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, [height]);

  useEffect(() => {
    if (state !== 'ready' || !chart.current) return;
    chart.current.setOption(
      {
        animation: !reducedMotion(),
        textStyle: { fontFamily: chartColor('--font-sans', 'sans-serif') },
        ...option,
      },
      { notMerge: true },
    );
  }, [option, state]);

  return (
    <figure className={['lazy-chart', className].filter(Boolean).join(' ')}>
      {state === 'loading' ? <Spinner label="Diagramm wird geladen …" /> : null}
      {state === 'failed' ? (
        <Alert tone="warning" title="Das Diagramm konnte nicht geladen werden">
          <p>Die Zahlen stehen in der Tabelle.</p>
        </Alert>
      ) : null}
      <div ref={host} className="lazy-chart-drawing" aria-hidden="true" data-chart-state={state} />
      <figcaption className="lazy-chart-caption">{caption}</figcaption>
    </figure>
  );
}
