import type { TRetentionReport } from '@lotse/shared';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.js';
import { type ErasureResult, eraseSubject } from '../../platform/erase.js';
import { purgeExpired } from '../../platform/housekeeping.js';
import type { StandaloneJob } from '../../platform/jobs.js';
import { inBackgroundScope } from '../../platform/scope.js';
import { erasureKeys } from './erasure-keys.js';
import { dueForErasure } from './retention-due.js';
import { insertRun, listRuns } from './retention-runs.js';
import { cutoffsOf, retentionSettings } from './retention-settings.js';
import { personalDataSources } from './sources.js';

type Ctx = AppContext;

const dpo = (userId: string | null) => (userId ? { userId, roles: ['dpo'] } : null);

/** Adds one erasure's counts to the run's totals. */
function addUp(report: TRetentionReport, result: ErasureResult): void {
  report.deleted ??= {};
  report.kept ??= {};
  for (const [table, n] of Object.entries(result.deleted))
    report.deleted[table] = (report.deleted[table] ?? 0) + n;
  for (const [table, k] of Object.entries(result.kept)) {
    report.kept[table] = { rows: (report.kept[table]?.rows ?? 0) + k.rows, reason: k.reason };
  }
}

/**
 * Carries out a dry run: erases each listed case or request that is still due and not held (one
 * owner transaction each, files removed after it committed), deletes expired sessions, jobs and
 * mails, and keeps the report. Running it again finds nothing left to erase.
 */
export async function carryOutDryRun(
  ctx: Ctx,
  tenantId: string,
  dryRunId: string,
  requestedBy: string | null,
) {
  const sources = personalDataSources(ctx.keys);
  const plan = await inBackgroundScope(ctx, tenantId, dpo(requestedBy), async ({ tx, sealed }) => {
    const dry = (await listRuns(tx, 1, dryRunId))[0];
    if (!dry) throw new Error(`dry run ${dryRunId} not found`);
    const now = await dueForErasure(tx, sealed);
    const due = dry.report.due.filter((item) => now.due.some((d) => d.id === item.id));
    const report: TRetentionReport = { ...now, due, deleted: {}, kept: {}, failed: [] };
    const runId = await insertRun(tx, tenantId, {
      kind: 'erasure',
      dryRunId,
      requestedBy,
      report,
      finished: false,
    });
    const settings = await retentionSettings(tx);
    return { runId, report, cutoffs: cutoffsOf(settings.periods) };
  });
  const { report } = plan;
  for (const item of report.due) {
    try {
      const keys = await inBackgroundScope(ctx, tenantId, dpo(requestedBy), ({ tx }) =>
        erasureKeys(
          tx,
          tenantId,
          sources,
          item.kind === 'case' ? { cases: [item.id] } : { requests: [item.id] },
        ),
      );
      const result = await eraseSubject(ctx.db, tenantId, keys, sources);
      addUp(report, result);
      for (const key of result.blobKeys) await ctx.blobs.delete(key);
    } catch (error) {
      report.failed?.push({
        id: item.id,
        reference: item.reference,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  const purged = await ctx.db.withOwner((owner) =>
    purgeExpired(owner, tenantId, {
      family_session: plan.cutoffs.family_session,
      staff_session: plan.cutoffs.staff_session,
      finished_job: plan.cutoffs.finished_job,
      outbox_mail: plan.cutoffs.outbox_mail,
    }),
  );
  report.counts = purged;
  await inBackgroundScope(ctx, tenantId, dpo(requestedBy), async ({ tx, audit }) => {
    await tx
      .updateTable('retention_runs')
      .set({ report: JSON.stringify(report), finished_at: sql<Date>`now()` })
      .where('id', '=', plan.runId)
      .execute();
    await audit({
      action: 'retention.run',
      resourceType: 'retention',
      resourceId: plan.runId,
      outcome: report.failed?.length ? 'failed' : 'allowed',
      details: {
        dryRunId,
        erased: report.due.map((d) => d.reference),
        failed: report.failed?.map((f) => f.reference) ?? [],
        deleted: report.deleted,
        purged,
      },
    });
  });
}

/** The job behind "Löschlauf starten". */
export function retentionRunJob(ctx: Ctx): StandaloneJob {
  return {
    standalone: async (tenantId, payload) => {
      const { dryRunId, requestedBy } = payload as { dryRunId: string; requestedBy: string | null };
      await carryOutDryRun(ctx, tenantId, dryRunId, requestedBy);
    },
  };
}
