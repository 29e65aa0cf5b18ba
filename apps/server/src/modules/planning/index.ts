// Planning: anonymised aggregates built by a nightly job from the case data, figures with disclosure
// control for planners and office management, population and map imports.

export { type BuildReport, rebuildAggregates } from './build.js';
export { type HelpEpisode, helpEpisodes } from './episodes.js';
export { importAreaShapes } from './map.js';
export { EDUCATIONAL_HELP_TYPES } from './measures.js';
export { importPopulation } from './population.js';
export {
  ensureRebuildScheduled,
  nextNightlyRun,
  PLANNING_REBUILD_JOB,
  planningRebuildHandler,
  queueRebuild,
} from './rebuild-job.js';
export { planningRoutes } from './routes.js';
