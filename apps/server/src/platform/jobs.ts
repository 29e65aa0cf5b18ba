import { sql } from 'kysely';
import { type Db, type Tx, withTenant } from '../db/connection.js';
import type { KeyRing } from './crypto.js';

/** A job handler runs inside the job's tenant transaction, after the enqueuing transaction committed. */
export type JobHandler = (tx: Tx, tenantId: string, payload: unknown) => Promise<void>;

/**
 * A job that opens its own transactions (e.g. an erasure run: one transaction per case, as the schema
 * owner). It runs after its payload was read and is marked done afterwards; if it fails it is retried,
 * so it must be safe to run again.
 */
export interface StandaloneJob {
  standalone: (tenantId: string, payload: unknown) => Promise<void>;
}

const MAX_ATTEMPTS = 8;
const jobContext = (kind: string) => `job:${kind}`;

/**
 * Enqueues a side effect (e.g. a mail) in the caller's transaction: it runs only if that
 * transaction commits. Payloads are encrypted (they may hold addresses).
 */
export async function enqueueJob(
  tx: Tx,
  keys: KeyRing,
  tenantId: string,
  kind: string,
  payload: unknown,
  runAt?: Date,
): Promise<void> {
  await tx
    .insertInto('jobs')
    .values({
      tenant_id: tenantId,
      kind,
      payload_enc: await keys.encrypt(tx, tenantId, JSON.stringify(payload), jobContext(kind)),
      run_at: runAt ?? sql<Date>`now()`,
    })
    .execute();
}

/** Drains due jobs (FOR UPDATE SKIP LOCKED, so several server instances can share the queue). */
export class JobWorker {
  constructor(
    private readonly db: Db,
    private readonly keys: KeyRing,
    private readonly handlers: Record<string, JobHandler | StandaloneJob>,
  ) {}

  /** Runs the jobs that are due now; returns how many succeeded. */
  async tick(limit = 10): Promise<number> {
    const claimed = await sql<{ tenant_id: string; id: string; kind: string; attempts: number }>`
      SELECT * FROM lotse_claim_jobs(${limit}, 120)`.execute(this.db.app);
    let done = 0;
    for (const job of claimed.rows) {
      try {
        const runOutside = await withTenant(this.db, job.tenant_id, async (tx) => {
          const row = await tx
            .selectFrom('jobs')
            .select('payload_enc')
            .where('id', '=', job.id)
            .executeTakeFirstOrThrow();
          const payload: unknown = JSON.parse(
            await this.keys.decryptText(tx, job.tenant_id, row.payload_enc, jobContext(job.kind)),
          );
          const handler = this.handlers[job.kind];
          if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
          if ('standalone' in handler) return () => handler.standalone(job.tenant_id, payload);
          await handler(tx, job.tenant_id, payload);
          await this.markDone(tx, job.id);
          return null;
        });
        if (runOutside) {
          await runOutside();
          await withTenant(this.db, job.tenant_id, (tx) => this.markDone(tx, job.id));
        }
        done++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const giveUp = job.attempts >= MAX_ATTEMPTS;
        await withTenant(this.db, job.tenant_id, (tx) =>
          tx
            .updateTable('jobs')
            .set({
              last_error: message.slice(0, 1000),
              locked_until: null,
              // back off: 30 s, 2 min, 4.5 min, … ; after the last attempt the job is parked as failed
              run_at: sql<Date>`now() + make_interval(secs => ${30 * job.attempts * job.attempts})`,
              ...(giveUp && { done_at: sql<Date>`now()` }),
            })
            .where('id', '=', job.id)
            .execute(),
        );
      }
    }
    return done;
  }

  private async markDone(tx: Tx, jobId: string): Promise<void> {
    await tx
      .updateTable('jobs')
      .set({ done_at: sql<Date>`now()`, last_error: null })
      .where('id', '=', jobId)
      .execute();
  }
}

/**
 * Whether a job of this kind is queued and not done yet in the transaction's office (e.g. a nightly
 * job). Callers check, then enqueue: so that two server instances (two start-up passes, or a start-up
 * pass and a job re-queueing itself) cannot both find none and both enqueue, the check first takes a
 * transaction-scoped advisory lock on the kind in this office. Whoever comes second waits for the
 * first transaction to end and then sees its job (each statement reads what has committed).
 */
export async function hasPendingJob(
  tx: Tx,
  kind: string,
  runAt: { notAfter?: Date; after?: Date } = {},
): Promise<boolean> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`lotse:job:${kind}`}), hashtext(lotse_tenant()::text))`.execute(
    tx,
  );
  let query = tx.selectFrom('jobs').select('id').where('kind', '=', kind).where('done_at', 'is', null);
  if (runAt.notAfter) query = query.where('run_at', '<=', runAt.notAfter);
  if (runAt.after) query = query.where('run_at', '>', runAt.after);
  return (await query.executeTakeFirst()) !== undefined;
}
