import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Database } from '../../db/schema.js';
import { NO_TENANT } from './events.js';

export const GENESIS_HASH = 'genesis';

interface EventRow {
  id: string;
  tenant_id: string;
  at: Date;
  actor_id: string | null;
  actor_roles: string[];
  action: string;
  resource_type: string;
  resource_id: string | null;
  case_id: string | null;
  outcome: string;
  ip: string | null;
  details: unknown;
}

/** One event as a stable line: the unit the seal hashes. */
function canonicalLine(e: EventRow): string {
  return JSON.stringify([
    e.id,
    e.tenant_id,
    new Date(e.at).toISOString(),
    e.actor_id,
    e.actor_roles,
    e.action,
    e.resource_type,
    e.resource_id,
    e.case_id,
    e.outcome,
    e.ip,
    typeof e.details === 'string' ? JSON.parse(e.details) : e.details,
  ]);
}

export function sealHash(prevHash: string, events: EventRow[]): string {
  const h = createHash('sha256');
  h.update(prevHash);
  for (const e of events) h.update(`\n${canonicalLine(e)}`);
  return h.digest('hex');
}

/** Events of one office in (fromId, toId], in id order; at most `limit` of them. */
export async function eventsInRange(
  owner: Kysely<Database>,
  tenantId: string,
  fromId: string,
  toId: string,
  limit?: number,
) {
  let q = owner
    .selectFrom('audit_events')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '>', fromId)
    .where('id', '<=', toId)
    .orderBy('id');
  if (limit) q = q.limit(limit);
  return (await q.execute()) as unknown as EventRow[];
}

const BATCH = 5000;

/**
 * Seals audit events in batches. A batch is sealed only once every transaction that could still
 * insert an id in it has ended (watermark on the id sequence plus the transaction snapshot), so a
 * late commit can never land inside an already sealed range.
 */
export class AuditSealer {
  private pending: { maxId: string; xmax: string; markedAt: number } | null = null;

  /** A mark must age this long: covers the instant between nextval() and the row's xid. */
  static readonly markAgeMs = 1500;

  constructor(private readonly db: Db) {}

  private running = false;

  /** One sealing step; returns the number of events sealed. Overlapping calls are skipped. */
  async tick(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      return await this.db.withOwner(async (owner) => {
        let sealed = 0;
        const pending = this.pending;
        if (pending) {
          if (Date.now() - pending.markedAt < AuditSealer.markAgeMs) return 0;
          const ready = await sql<{ ready: boolean }>`
            SELECT pg_snapshot_xmin(pg_current_snapshot()) >= ${pending.xmax}::xid8 AS ready`.execute(owner);
          if (!ready.rows[0]?.ready) return 0;
          sealed = await this.sealUpTo(owner, pending.maxId);
          this.pending = null;
        }
        const mark = await sql<{ max_id: string; xmax: string }>`
          SELECT (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM audit_events_id_seq)::text AS max_id,
                 pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`.execute(owner);
        const row = mark.rows[0];
        if (row) this.pending = { maxId: row.max_id, xmax: row.xmax, markedAt: Date.now() };
        return sealed;
      });
    } finally {
      this.running = false;
    }
  }

  /** Seals, per office, the events up to `maxId` in batches; each seal row is its own transaction. */
  private async sealUpTo(owner: Kysely<Database>, maxId: string): Promise<number> {
    const tenants = await sql<{ tenant_id: string }>`
      SELECT t.tenant_id FROM (SELECT id AS tenant_id FROM tenants UNION SELECT ${NO_TENANT}::uuid) t
      WHERE EXISTS (
        SELECT 1 FROM audit_events e
        WHERE e.tenant_id = t.tenant_id AND e.id <= ${maxId}::bigint
          AND e.id > COALESCE((SELECT s.to_id FROM audit_seals s WHERE s.tenant_id = t.tenant_id
                               ORDER BY s.seq DESC LIMIT 1), 0))`.execute(owner);
    let count = 0;
    for (const { tenant_id: tenantId } of tenants.rows) {
      for (;;) {
        const last = await owner
          .selectFrom('audit_seals')
          .select(['seq', 'to_id', 'hash'])
          .where('tenant_id', '=', tenantId)
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst();
        const fromId = last?.to_id ?? '0';
        const events = await eventsInRange(owner, tenantId, fromId, maxId, BATCH);
        if (events.length === 0) break;
        const toId = events.length === BATCH ? (events.at(-1)?.id ?? maxId) : maxId;
        const prevHash = last?.hash ?? GENESIS_HASH;
        await owner
          .insertInto('audit_seals')
          .values({
            tenant_id: tenantId,
            seq: String(Number(last?.seq ?? 0) + 1),
            from_id: fromId,
            to_id: toId,
            event_count: events.length,
            prev_hash: prevHash,
            hash: sealHash(prevHash, events),
          })
          .execute();
        count += events.length;
        if (events.length < BATCH) break;
      }
    }
    return count;
  }

  /** Seals everything committed so far (mark, wait, seal). For tests, tools and shutdown. */
  async flush(): Promise<number> {
    this.pending = null;
    await this.tick();
    await new Promise((resolve) => setTimeout(resolve, AuditSealer.markAgeMs));
    return this.tick();
  }
}
