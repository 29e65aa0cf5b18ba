import { REVIEW_REMINDER_JOB, reviewReminderHandler } from './modules/helpplan/index.js';
import { PLANNING_REBUILD_JOB, planningRebuildHandler } from './modules/planning/index.js';
import {
  PERSON_ERASURE_JOB,
  personErasureJob,
  RETENTION_NIGHTLY_JOB,
  RETENTION_RUN_JOB,
  retentionNightlyJob,
  retentionRunJob,
} from './modules/privacy/index.js';
import { CONFIRM_REMINDER_JOB, confirmReminderHandler } from './modules/providers/index.js';
import type { AppContext } from './platform/context.js';
import type { JobHandler, StandaloneJob } from './platform/jobs.js';

/** The modules' job kinds and their handlers (the platform adds its own, e.g. mail); composed like app.ts. */
export function moduleJobHandlers(ctx: AppContext): Record<string, JobHandler | StandaloneJob> {
  return {
    [REVIEW_REMINDER_JOB]: reviewReminderHandler(ctx),
    [CONFIRM_REMINDER_JOB]: confirmReminderHandler(ctx),
    [PLANNING_REBUILD_JOB]: planningRebuildHandler(ctx),
    [RETENTION_RUN_JOB]: retentionRunJob(ctx),
    [RETENTION_NIGHTLY_JOB]: retentionNightlyJob(ctx),
    [PERSON_ERASURE_JOB]: personErasureJob(ctx),
  };
}
