import {
  type TPlanningFigures,
  type TPlanningFiguresQuery,
  type TPlanningIndicatorsResponse,
  type TPlanningMap,
  type TStatisticsSurvey,
  type TStatisticsValidation,
  ZPlanningFiguresSchema,
  ZPlanningIndicatorsResponseSchema,
  ZPlanningMapSchema,
  ZPlanningRebuildSchema,
  ZStatisticsValidationSchema,
} from '@lotse/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../api/client.ts';

/** Query keys of the planning face; everything starts with 'planning' so a rebuild refreshes it all. */
export const planningKeys = {
  all: ['planning'] as const,
  indicators: ['planning', 'indicators'] as const,
  figures: (query: string) => ['planning', 'figures', query] as const,
  map: ['planning', 'map'] as const,
  validation: (survey: TStatisticsSurvey, year: number) => ['planning', 'statistics', survey, year] as const,
};

/** The query string of a figures request (also the download links'), without empty filters. */
export function figuresQueryString(query: TPlanningFiguresQuery): string {
  return queryString({ ...query });
}

/** The indicators, the months built and the pickers' choices. */
export function usePlanningIndicators(options: { pollMs?: number | false } = {}) {
  return useQuery({
    queryKey: planningKeys.indicators,
    queryFn: ({ signal }) =>
      api<TPlanningIndicatorsResponse>('/api/planning/indicators', {
        signal,
        schema: ZPlanningIndicatorsResponseSchema,
      }),
    staleTime: 60_000,
    refetchInterval: options.pollMs ?? false,
  });
}

/** One indicator's protected figures; the previous answer stays on screen while the next one loads. */
export function usePlanningFigures(query: TPlanningFiguresQuery | null) {
  const search = query ? figuresQueryString(query) : '';
  return useQuery({
    queryKey: planningKeys.figures(search),
    queryFn: ({ signal }) =>
      api<TPlanningFigures>(`/api/planning/figures${search}`, { signal, schema: ZPlanningFiguresSchema }),
    enabled: query !== null,
    placeholderData: (previous) => previous,
    staleTime: 60_000,
    retry: false,
  });
}

/** The outlines of the social areas (GeoJSON) for the map. */
export function usePlanningMap() {
  return useQuery({
    queryKey: planningKeys.map,
    queryFn: ({ signal }) => api<TPlanningMap>('/api/planning/map', { signal, schema: ZPlanningMapSchema }),
    staleTime: 10 * 60_000,
  });
}

/** "Neu berechnen": queues a rebuild of the aggregates (the job runs within about a minute). */
export function useRequestRebuild() {
  return useMutation({
    mutationFn: () =>
      api<{ queued: boolean; builtAt: string | null }>('/api/planning/rebuild', {
        method: 'POST',
        schema: ZPlanningRebuildSchema,
      }),
  });
}

/** "Einwohnerzahlen einlesen": replaces the population of the years in the file; rates use it at once. */
export function useImportPopulation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) =>
      api<{ rows: number; years: number[] }>('/api/planning/population', { method: 'PUT', body: { csv } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planningKeys.all }),
  });
}

/** The validation report of one official survey and year (each request is recorded in the audit log). */
export function useStatisticsValidation(survey: TStatisticsSurvey, year: number) {
  return useQuery({
    queryKey: planningKeys.validation(survey, year),
    queryFn: ({ signal }) =>
      api<TStatisticsValidation>(`/api/statistics/${survey}/${year}/validation`, {
        signal,
        schema: ZStatisticsValidationSchema,
      }),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Where the survey's export file is downloaded. */
export function statisticsExportHref(survey: TStatisticsSurvey, year: number): string {
  return `/api/statistics/${survey}/${year}/export`;
}
