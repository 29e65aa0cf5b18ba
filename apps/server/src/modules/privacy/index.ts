// Privacy: the data protection officer's work on data-subject rights — the Art. 15 export of
// everything stored about a person (from every owner's declaration, platform/personal-data.ts), and
// requests for correction, restriction, erasure and objection with their decisions.

export { PERSON_ERASURE_JOB, personErasureJob } from './erase-person.js';
export { retentionRunJob } from './erasure-run-job.js';
export { ensureRetentionScheduled, RETENTION_NIGHTLY_JOB, retentionNightlyJob } from './retention-nightly.js';
export { RETENTION_RUN_JOB } from './retention-runs.js';
export { privacyRoutes } from './routes.js';
export { personalDataSources } from './sources.js';
