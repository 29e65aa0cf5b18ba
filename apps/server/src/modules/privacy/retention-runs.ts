import { randomUUID } from 'node:crypto';
import { type TRetentionReport, type TRetentionRun, ZRetentionReportSchema } from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import type { KeyRing } from '../../platform/crypto.js';
import { HttpError } from '../../platform/errors.js';
import { enqueueJob, hasPendingJob } from '../../platform/jobs.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { dueForErasure } from './retention-due.js';

export const RETENTION_RUN_JOB = 'retention.run';
/** A dry run older than this is too old to carry out: the DPO makes a fresh one. */
const DRY_RUN_VALID_DAYS = 7;

export async function insertRun(
  tx: Tx,
  tenantId: string,
  run: {
    kind: 'dry_run' | 'erasure';
    dryRunId?: string | null;
    requestedBy: string | null;
    report: TRetentionReport;
    finished: boolean;
  },
): Promise<string> {
  const id = randomUUID();
  await tx
    .insertInto('retention_runs')
    .values({
      tenant_id: tenantId,
      id,
      kind: run.kind,
      dry_run_id: run.dryRunId ?? null,
      requested_by: run.requestedBy,
      report: JSON.stringify(run.report),
      finished_at: run.finished ? sql<Date>`now()` : null,
    })
    .execute();
  return id;
}

export async function listRuns(tx: Tx, limit = 20, onlyId?: string): Promise<TRetentionRun[]> {
  let query = tx
    .selectFrom('retention_runs as r')
    .leftJoin('directory_users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'r.tenant_id').onRef('u.id', '=', 'r.requested_by'),
    )
    .select([
      'r.id',
      'r.kind',
      'r.dry_run_id',
      'r.started_at',
      'r.finished_at',
      'r.report',
      'r.requested_by',
      'u.display_name',
    ]);
  if (onlyId) query = query.where('r.id', '=', onlyId);
  const rows = await query.orderBy('r.started_at', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    dryRunId: r.dry_run_id,
    requestedBy: r.requested_by ? (r.display_name ?? '–') : null,
    startedAt: new Date(r.started_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
    report: ZRetentionReportSchema.parse(r.report),
  }));
}

export async function readRuns(scope: ActorScope): Promise<{ items: TRetentionRun[] }> {
  requireOfficeAction(scope.actor, 'handle_data_subject_rights');
  return { items: await listRuns(scope.tx) };
}

/** A dry run: what an erasure run would remove now, kept as a report; nothing is deleted. */
export async function startDryRun(scope: ActorScope): Promise<TRetentionRun> {
  requireOfficeAction(scope.actor, 'handle_data_subject_rights');
  const report = await dueForErasure(scope.tx, scope.sealed);
  const id = await insertRun(scope.tx, scope.tenantId, {
    kind: 'dry_run',
    requestedBy: scope.actor.userId,
    report,
    finished: true,
  });
  await scope.audit({
    action: 'retention.dry_run',
    resourceType: 'retention',
    resourceId: id,
    details: { due: report.due.length, held: report.held.length, counts: report.counts },
  });
  return (await listRuns(scope.tx, 1, id))[0] as TRetentionRun;
}

/**
 * Queues the erasure of what a recent dry run listed (and is still due when the job runs). The job
 * works in the background (one transaction per case); its report appears in the list of runs.
 */
export async function startErasureRun(
  scope: ActorScope,
  keys: KeyRing,
  dryRunId: string,
): Promise<{ queued: true }> {
  requireOfficeAction(scope.actor, 'handle_data_subject_rights');
  const dry = await scope.tx
    .selectFrom('retention_runs')
    .select(['kind', 'started_at'])
    .where('id', '=', dryRunId)
    .executeTakeFirst();
  if (dry?.kind !== 'dry_run') throw new NotVisibleError('retention', dryRunId, 'Probelauf');
  if (Date.now() - new Date(dry.started_at).getTime() > DRY_RUN_VALID_DAYS * 86_400_000) {
    throw new HttpError(
      409,
      'conflict',
      `Der Probelauf ist älter als ${DRY_RUN_VALID_DAYS} Tage. Bitte zuerst einen neuen Probelauf machen.`,
    );
  }
  const done = await scope.tx
    .selectFrom('retention_runs')
    .select('id')
    .where('dry_run_id', '=', dryRunId)
    .executeTakeFirst();
  if (done) throw new HttpError(409, 'conflict', 'Dieser Probelauf wurde schon ausgeführt.');
  if (await hasPendingJob(scope.tx, RETENTION_RUN_JOB)) {
    throw new HttpError(409, 'conflict', 'Ein Löschlauf ist schon beauftragt und läuft gleich.');
  }
  await enqueueJob(scope.tx, keys, scope.tenantId, RETENTION_RUN_JOB, {
    dryRunId,
    requestedBy: scope.actor.userId,
  });
  return { queued: true };
}
