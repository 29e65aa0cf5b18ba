import { REVIEW_REMINDER_JOB, reviewReminderHandler } from './modules/helpplan/index.js';
import { PLANNING_REBUILD_JOB, planningRebuildHandler } from './modules/planning/index.js';
import { CONFIRM_REMINDER_JOB, confirmReminderHandler } from './modules/providers/index.js';
import type { AppContext } from './platform/context.js';
import type { JobHandler } from './platform/jobs.js';

/** The modules' job kinds and their handlers (the platform adds its own, e.g. mail); composed like app.ts. */
export function moduleJobHandlers(ctx: AppContext): Record<string, JobHandler> {
  return {
    [REVIEW_REMINDER_JOB]: reviewReminderHandler(ctx),
    [CONFIRM_REMINDER_JOB]: confirmReminderHandler(ctx),
    [PLANNING_REBUILD_JOB]: planningRebuildHandler(ctx),
  };
}
