// Privacy: the data protection officer's work on data-subject rights — the Art. 15 export of
// everything stored about a person (from every owner's declaration, platform/personal-data.ts),
// requests for correction, restriction, erasure and objection with their decisions, erasure, and
// retention (periods, legal holds, dry runs, erasure runs, the nightly pass).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.js';
import { personRightsRoutes } from './person-routes.js';
import { retentionRoutes } from './retention-routes.js';

export { PERSON_ERASURE_JOB, personErasureJob } from './erase-person.js';
export { retentionRunJob } from './erasure-run-job.js';
export { ensureRetentionScheduled, RETENTION_NIGHTLY_JOB, retentionNightlyJob } from './retention-nightly.js';
export { RETENTION_RUN_JOB } from './retention-runs.js';
export { personalDataSources } from './sources.js';

/** The data protection officer's routes: persons' rights and retention. */
export function privacyRoutes(app: FastifyInstance, ctx: AppContext) {
  personRightsRoutes(app, ctx);
  retentionRoutes(app, ctx);
}
