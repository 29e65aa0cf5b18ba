import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { eventsInRange, GENESIS_HASH, sealHash } from './seal.js';

export interface VerifyReport {
  ok: boolean;
  tenants: number;
  seals: number;
  sealedEvents: number;
  unsealedEvents: number;
  problems: string[];
  /** Latest seal hash per tenant: keep a copy elsewhere to detect removal of the newest seals. */
  heads: Record<string, string>;
}

/** Recomputes every seal chain; any changed, removed or inserted event breaks it. */
export async function verifyAuditLog(db: Db): Promise<VerifyReport> {
  return db.withOwner(async (owner) => {
    const problems: string[] = [];
    const heads: Record<string, string> = {};
    let seals = 0;
    let sealedEvents = 0;
    const tenantRows = await sql<{ tenant_id: string }>`
      SELECT tenant_id FROM audit_seals UNION SELECT tenant_id FROM audit_events`.execute(owner);
    let unsealedEvents = 0;
    for (const { tenant_id: tenantId } of tenantRows.rows) {
      const chain = await owner
        .selectFrom('audit_seals')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .orderBy('seq')
        .execute();
      let prevHash = GENESIS_HASH;
      let prevTo = '0';
      for (const seal of chain) {
        seals++;
        const where = `Mandant ${tenantId}, Siegel ${seal.seq}`;
        if (seal.prev_hash !== prevHash)
          problems.push(`${where}: Verkettung gebrochen (Siegel fehlt oder geändert)`);
        if (seal.from_id !== prevTo) problems.push(`${where}: Lücke im gesiegelten Bereich`);
        const events = await eventsInRange(owner, tenantId, seal.from_id, seal.to_id);
        if (events.length !== seal.event_count) {
          problems.push(`${where}: ${seal.event_count} Ereignisse gesiegelt, ${events.length} vorhanden`);
        }
        if (sealHash(seal.prev_hash, events) !== seal.hash) {
          problems.push(`${where}: Inhalt der Ereignisse ${seal.from_id}–${seal.to_id} wurde verändert`);
        }
        sealedEvents += events.length;
        prevHash = seal.hash;
        prevTo = seal.to_id;
      }
      heads[tenantId] = prevHash;
      const rest = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM audit_events WHERE tenant_id = ${tenantId} AND id > ${prevTo}::bigint`.execute(
        owner,
      );
      unsealedEvents += rest.rows[0]?.n ?? 0;
    }
    return {
      ok: problems.length === 0,
      tenants: tenantRows.rows.length,
      seals,
      sealedEvents,
      unsealedEvents,
      problems,
      heads,
    };
  });
}
