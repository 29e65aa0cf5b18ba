import type { Tx } from '../../db/connection.js';
import type { AppContext } from '../../platform/context.js';
import type { KeyRing } from '../../platform/crypto.js';
import { enqueueJob, hasPendingJob, type JobHandler } from '../../platform/jobs.js';
import { nextNightAt } from '../tenancy/index.js';
import { rebuildAggregates } from './build.js';

export const PLANNING_REBUILD_JOB = 'planning.rebuild';

/** 02:30 office time of the next night: the aggregates are a day old at most. */
export function nextNightlyRun(now = new Date()): Date {
  return nextNightAt(2, 30, now);
}

/** Queues a rebuild now, unless one is already due (a planner's "Neu berechnen"; start-up). */
export async function queueRebuild(
  tx: Tx,
  keys: KeyRing,
  tenantId: string,
  now = new Date(),
): Promise<boolean> {
  if (await hasPendingJob(tx, PLANNING_REBUILD_JOB, { notAfter: now })) return false;
  await enqueueJob(tx, keys, tenantId, PLANNING_REBUILD_JOB, {}, now);
  return true;
}

/** The job: rebuild the aggregates, then make sure the next nightly run is queued. */
export function planningRebuildHandler(ctx: Pick<AppContext, 'keys'>): JobHandler {
  return async (tx, tenantId) => {
    await rebuildAggregates(tx, ctx.keys, tenantId);
    const now = new Date();
    if (!(await hasPendingJob(tx, PLANNING_REBUILD_JOB, { after: now })))
      await enqueueJob(tx, ctx.keys, tenantId, PLANNING_REBUILD_JOB, {}, nextNightlyRun(now));
  };
}

/** At start-up: every office has its next nightly rebuild queued; one never built gets one now. */
export async function ensureRebuildScheduled(
  tx: Tx,
  keys: KeyRing,
  tenantId: string,
  now = new Date(),
): Promise<void> {
  const built = await tx.selectFrom('planning_builds').select('built_at').executeTakeFirst();
  if (!built) await queueRebuild(tx, keys, tenantId, now);
  else if (!(await hasPendingJob(tx, PLANNING_REBUILD_JOB, { after: now })))
    await enqueueJob(tx, keys, tenantId, PLANNING_REBUILD_JOB, {}, nextNightlyRun(now));
}
