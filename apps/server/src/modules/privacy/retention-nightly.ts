import type { Tx } from '../../db/connection.js';
import type { AppContext } from '../../platform/context.js';
import type { KeyRing } from '../../platform/crypto.js';
import { enqueueJob, hasPendingJob, type StandaloneJob } from '../../platform/jobs.js';
import { inBackgroundScope } from '../../platform/scope.js';
import { nextNightAt } from '../tenancy/index.js';
import { carryOutDryRun } from './erasure-run-job.js';
import { dueForErasure } from './retention-due.js';
import { insertRun } from './retention-runs.js';
import { retentionSettings } from './retention-settings.js';

export const RETENTION_NIGHTLY_JOB = 'retention.nightly';
/** Nightly erasure carries out only a dry run at least this old: the DPO had a day to look at it. */
const NOTICE_HOURS = 20;

const nextNight = (now = new Date()) => nextNightAt(3, 30, now);

/**
 * Every night: when the office switched on automatic erasure, carry out the last night's dry run
 * (what it listed and is still due); then make tonight's dry run, for the DPO to see tomorrow.
 */
export function retentionNightlyJob(ctx: AppContext): StandaloneJob {
  return {
    standalone: async (tenantId) => {
      const earlier = await inBackgroundScope(ctx, tenantId, null, async ({ tx }) => {
        if (!(await retentionSettings(tx)).automatic) return null;
        const row = await tx
          .selectFrom('retention_runs as r')
          .select('r.id')
          .where('r.kind', '=', 'dry_run')
          .where('r.started_at', '<', new Date(Date.now() - NOTICE_HOURS * 3_600_000))
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(selectFrom('retention_runs as e').select('e.id').whereRef('e.dry_run_id', '=', 'r.id')),
            ),
          )
          .orderBy('r.started_at', 'desc')
          .executeTakeFirst();
        return row?.id ?? null;
      });
      if (earlier) await carryOutDryRun(ctx, tenantId, earlier, null);
      await inBackgroundScope(ctx, tenantId, null, async ({ tx, sealed, audit }) => {
        const report = await dueForErasure(tx, sealed);
        const id = await insertRun(tx, tenantId, {
          kind: 'dry_run',
          requestedBy: null,
          report,
          finished: true,
        });
        await audit({
          action: 'retention.dry_run',
          resourceType: 'retention',
          resourceId: id,
          details: { due: report.due.length, held: report.held.length, counts: report.counts },
        });
        await ensureRetentionScheduled(tx, ctx.keys, tenantId);
      });
    },
  };
}

/** At start-up and after each night: the office's next nightly retention pass is queued. */
export async function ensureRetentionScheduled(tx: Tx, keys: KeyRing, tenantId: string, now = new Date()) {
  if (!(await hasPendingJob(tx, RETENTION_NIGHTLY_JOB, { after: now }))) {
    await enqueueJob(tx, keys, tenantId, RETENTION_NIGHTLY_JOB, {}, nextNight(now));
  }
}
