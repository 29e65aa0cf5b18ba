import { useEffect, useState } from 'react';

export type PlanningECharts = typeof import('./echarts-planning.ts');
let loading: Promise<PlanningECharts> | null = null;

/** The planning face's ECharts parts, loaded once and on first use. */
function loadPlanningCharts(): Promise<PlanningECharts> {
  loading ??= import('./echarts-planning.ts').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/**
 * Loads the map, colour scale and decal parts before a chart that uses them is drawn (LazyChart loads
 * the common parts); `prepare` runs once they are there, e.g. to register the map's outlines.
 */
export function usePlanningCharts(prepare?: (echarts: PlanningECharts) => void) {
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  useEffect(() => {
    let cancelled = false;
    loadPlanningCharts()
      .then((echarts) => {
        if (cancelled) return;
        prepare?.(echarts);
        setState('ready');
      })
      .catch((error: unknown) => {
        console.error('Diagrammteile konnten nicht geladen werden', error);
        if (!cancelled) setState('failed');
      });
    return () => {
      cancelled = true;
    };
  }, [prepare]);
  return state;
}
