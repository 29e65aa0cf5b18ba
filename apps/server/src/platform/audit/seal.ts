import { type Kysely, sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Database } from '../../db/schema.js';
import { type AnchorEntry, type AnchorLog, anchorFileIn, appendAnchors } from './anchor.js';
import { deriveAuditSealKey, eventsInRange, GENESIS_HASH, isKeyedHash, keyedSealHash } from './chain.js';
import { NO_TENANT } from './events.js';

const BATCH = 5000;

export interface AuditSealerOptions {
  /** The HMAC key of the seals (`deriveAuditSealKey(masterKey)`). */
  key: Buffer;
  /** The append-only file outside the database that receives every seal's head. */
  anchorFile: string;
  /** Also announces every anchored head here (the server's logger). */
  log?: AnchorLog;
}

/** The sealer's options for a server: key from the master key, anchor file in DATA_DIR. */
export function auditSealerOptions(dataDir: string, masterKey: Buffer): AuditSealerOptions {
  return { key: deriveAuditSealKey(masterKey), anchorFile: anchorFileIn(dataDir) };
}

export interface SealKeying {
  key: Buffer;
  anchorFiles: string[];
}

// The key and anchor of the sealer that runs on a database in this process, so that verifying in the
// same process (tests, `verifyAuditLog(db)`) checks against them; the CLI derives its own.
const keyingByDb = new WeakMap<Db, SealKeying>();

export function sealKeyingOf(db: Db): SealKeying | undefined {
  return keyingByDb.get(db);
}

/** Runs `fn` in one transaction (the owner handle of PGlite already is one). */
export function inOneTransaction<T>(
  owner: Kysely<Database>,
  fn: (trx: Kysely<Database>) => Promise<T>,
  isolation?: 'repeatable read',
): Promise<T> {
  if (owner.isTransaction) return fn(owner);
  const builder = owner.transaction();
  return (isolation ? builder.setIsolationLevel(isolation) : builder).execute(fn);
}

/**
 * Seals audit events in batches. A batch is sealed only once every transaction that could still
 * insert an id in it has ended (watermark on the id sequence plus the transaction snapshot), so a
 * late commit can never land inside an already sealed range. All seals of one watermark commit
 * together, then their heads are appended to the anchor file.
 */
export class AuditSealer {
  private pending: { maxId: string; xmax: string; markedAt: number } | null = null;
  /** Heads committed but not yet written to the anchor file (a failed write is retried). */
  private unanchored: AnchorEntry[] = [];
  private legacyPinned = false;
  private log: AnchorLog | undefined;
  private running = false;

  /** A mark must age this long: covers the instant between nextval() and the row's xid. */
  static readonly markAgeMs = 1500;

  constructor(
    private readonly db: Db,
    private readonly options: AuditSealerOptions,
  ) {
    this.log = options.log;
    keyingByDb.set(db, { key: options.key, anchorFiles: [options.anchorFile] });
  }

  /** Announces every anchored head on this logger too (the server's pino logger). */
  logAnchorsTo(log: AnchorLog): void {
    this.log = log;
  }

  /** One sealing step; returns the number of events sealed. Overlapping calls are skipped. */
  async tick(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      if (!this.legacyPinned) {
        this.unanchored.push(...(await this.db.withOwner(legacyHeads)));
        this.legacyPinned = true;
      }
      const sealed = await this.db.withOwner(async (owner) => {
        let count = 0;
        const pending = this.pending;
        if (pending) {
          if (Date.now() - pending.markedAt < AuditSealer.markAgeMs) return 0;
          const ready = await sql<{ ready: boolean }>`
            SELECT pg_snapshot_xmin(pg_current_snapshot()) >= ${pending.xmax}::xid8 AS ready`.execute(owner);
          if (!ready.rows[0]?.ready) return 0;
          const heads = await inOneTransaction(owner, (trx) => this.sealUpTo(trx, pending.maxId));
          for (const { events, ...head } of heads) {
            this.unanchored.push(head);
            count += events;
          }
          this.pending = null;
        }
        const mark = await sql<{ max_id: string; xmax: string }>`
          SELECT (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM audit_events_id_seq)::text AS max_id,
                 pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`.execute(owner);
        const row = mark.rows[0];
        if (row) this.pending = { maxId: row.max_id, xmax: row.xmax, markedAt: Date.now() };
        return count;
      });
      await this.anchorPending();
      return sealed;
    } finally {
      this.running = false;
    }
  }

  /** Writes the committed heads to the anchor file (and the log); kept for the next tick if that fails. */
  private async anchorPending(): Promise<void> {
    if (this.unanchored.length === 0) return;
    const entries = this.unanchored;
    await appendAnchors(this.options.anchorFile, entries);
    this.unanchored = [];
    for (const entry of entries) this.log?.info({ auditAnchor: entry }, 'audit seal anchored');
  }

  /** Seals, per office, the events up to `maxId` in batches; the caller commits them as one. */
  private async sealUpTo(
    owner: Kysely<Database>,
    maxId: string,
  ): Promise<(AnchorEntry & { events: number })[]> {
    // Several server instances seal the same database: one at a time, or two would read the same
    // newest seal and the second would fail on its key. Whoever waited here reads the seals the
    // other committed (each statement sees what has committed) and seals only what is left.
    await sql`SELECT pg_advisory_xact_lock(hashtext('lotse:audit-seal'))`.execute(owner);
    const tenants = await sql<{ tenant_id: string }>`
      SELECT t.tenant_id FROM (SELECT id AS tenant_id FROM tenants UNION SELECT ${NO_TENANT}::uuid) t
      WHERE EXISTS (
        SELECT 1 FROM audit_events e
        WHERE e.tenant_id = t.tenant_id AND e.id <= ${maxId}::bigint
          AND e.id > COALESCE((SELECT s.to_id FROM audit_seals s WHERE s.tenant_id = t.tenant_id
                               ORDER BY s.seq DESC LIMIT 1), 0))`.execute(owner);
    const heads: (AnchorEntry & { events: number })[] = [];
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
        const seq = String(Number(last?.seq ?? 0) + 1);
        const hash = keyedSealHash(this.options.key, { tenantId, seq, fromId, toId, prevHash }, events);
        await owner
          .insertInto('audit_seals')
          .values({
            tenant_id: tenantId,
            seq,
            from_id: fromId,
            to_id: toId,
            event_count: events.length,
            prev_hash: prevHash,
            hash,
          })
          .execute();
        heads.push({
          at: new Date().toISOString(),
          tenant: tenantId,
          seq,
          toId,
          hash,
          events: events.length,
        });
        if (events.length < BATCH) break;
      }
    }
    return heads;
  }

  /** Seals everything committed so far (mark, wait, seal). For tests, tools and shutdown. */
  async flush(): Promise<number> {
    this.pending = null;
    await this.tick();
    const mark = this.pending;
    await new Promise((resolve) => setTimeout(resolve, AuditSealer.markAgeMs));
    // A transaction still open anywhere on the server (another database's, too) holds the mark back:
    // try again until the mark is consumed, for at most ten seconds.
    let sealed = 0;
    for (let attempt = 0; attempt < 100; attempt++) {
      sealed += await this.tick();
      if (this.pending !== mark) return sealed;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return sealed;
  }
}

/**
 * Each office's newest seal if it is still an unkeyed one from before migration 0013: anchoring it
 * pins the legacy chain, and audit:verify accepts no unkeyed seal beyond it.
 */
async function legacyHeads(owner: Kysely<Database>): Promise<AnchorEntry[]> {
  const rows = await sql<{ tenant_id: string; seq: string; to_id: string; hash: string }>`
    SELECT DISTINCT ON (tenant_id) tenant_id, seq::text, to_id::text, hash
    FROM audit_seals ORDER BY tenant_id, seq DESC`.execute(owner);
  const at = new Date().toISOString();
  return rows.rows
    .filter((r) => !isKeyedHash(r.hash))
    .map((r) => ({ at, tenant: r.tenant_id, seq: r.seq, toId: r.to_id, hash: r.hash, legacy: true }));
}
