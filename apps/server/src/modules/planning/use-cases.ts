import {
  helpTypeLabels,
  helpTypes,
  type TPlanningFigures,
  type TPlanningFiguresQuery,
  type TPlanningIndicatorsResponse,
} from '@lotse/shared';
import type { KeyRing } from '../../platform/crypto.js';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import { figuresCsv, figuresXlsx } from './export.js';
import { buildInfo, planningFigures } from './figures.js';
import { indicatorDefinition, indicatorDefinitions } from './indicators.js';
import { importAreaShapes } from './map.js';
import { importPopulation, Population } from './population.js';
import { queueRebuild } from './rebuild-job.js';

/** The indicators with what the dashboard's pickers need. Planners and office management only. */
export async function listIndicators(scope: ActorScope): Promise<TPlanningIndicatorsResponse> {
  requireOfficeAction(scope.actor, 'plan');
  const info = await buildInfo(scope.tx);
  const areas = await scope.tx
    .selectFrom('directory_social_areas')
    .select(['code', 'name'])
    .orderBy('name')
    .execute();
  return {
    items: indicatorDefinitions.map(({ computation: _, ...item }) => item),
    ...info,
    socialAreas: areas,
    helpTypes: helpTypes.map((code) => ({ code, label: helpTypeLabels[code] })),
    hasPopulation: !(await Population.load(scope.tx)).empty,
  };
}

/** One indicator's protected figures. */
export function figures(scope: ActorScope, query: TPlanningFiguresQuery): Promise<TPlanningFigures> {
  requireOfficeAction(scope.actor, 'plan');
  return planningFigures(scope.tx, query);
}

/** The same figures as a file; the download is recorded in the audit log. */
export async function exportFigures(
  scope: ActorScope,
  query: TPlanningFiguresQuery,
  format: 'csv' | 'xlsx',
): Promise<{ filename: string; mediaType: string; data: Buffer }> {
  const shown = await figures(scope, query);
  const label = indicatorDefinition(query.indicator).label;
  await scope.audit({
    action: 'planning.figures_export',
    resourceType: 'planning_figures',
    resourceId: null,
    details: { indicator: query.indicator, by: query.by, format },
  });
  const filename = `lotse-${query.indicator}-${query.by}-${shown.from ?? ''}-${shown.to ?? ''}.${format}`;
  return format === 'csv'
    ? { filename, mediaType: 'text/csv; charset=utf-8', data: figuresCsv(shown, label) }
    : {
        filename,
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        data: await figuresXlsx(shown, label),
      };
}

/** Queues a rebuild of the aggregates now ("Neu berechnen"); the job runs within a minute. */
export async function requestRebuild(scope: ActorScope, keys: KeyRing) {
  requireOfficeAction(scope.actor, 'plan');
  const queued = await queueRebuild(scope.tx, keys, scope.tenantId);
  await scope.audit({ action: 'planning.rebuild', resourceType: 'planning_figures', resourceId: null });
  return { queued, builtAt: (await buildInfo(scope.tx)).builtAt };
}

/** Replaces population figures from the register extract (CSV). */
export async function uploadPopulation(scope: ActorScope, csv: string) {
  requireOfficeAction(scope.actor, 'plan');
  const result = await importPopulation(scope.tx, scope.tenantId, csv);
  await scope.audit({
    action: 'planning.population_import',
    resourceType: 'planning_population',
    resourceId: null,
    details: { rows: result.rows, years: result.years },
  });
  return result;
}

/** Replaces the outlines of the social areas (GeoJSON). */
export async function uploadAreaShapes(scope: ActorScope, geojson: unknown) {
  requireOfficeAction(scope.actor, 'plan');
  return { areas: await importAreaShapes(scope.tx, scope.tenantId, geojson) };
}
