import { type Kysely, sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Database } from '../../db/schema.js';
import { type AnchorEntry, type AnchorRead, readAnchors } from './anchor.js';
import { eventsInRange, GENESIS_HASH, isKeyedHash, keyedSealHash, legacySealHash } from './chain.js';
import { inOneTransaction, type SealKeying, sealKeyingOf } from './seal.js';

export interface VerifyReport {
  ok: boolean;
  tenants: number;
  seals: number;
  /** Seals with an HMAC (since migration 0013). */
  keyedSeals: number;
  /** Unkeyed seals from before migration 0013, accepted up to the anchored legacy head. */
  legacySeals: number;
  sealedEvents: number;
  unsealedEvents: number;
  /** Anchor lines compared with the database. */
  anchoredHeads: number;
  /** Anchor files that were found and read. */
  anchorFiles: string[];
  problems: string[];
  /** Latest seal hash per tenant. */
  heads: Record<string, string>;
}

interface SealRow {
  seq: string;
  from_id: string;
  to_id: string;
  event_count: number;
  prev_hash: string;
  hash: string;
}

/**
 * Recomputes every seal chain with the seal key and compares it with the anchor file: a changed,
 * removed or inserted event, a seal recomputed without the key, newest seals cut off or replaced,
 * and events slipped in below the newest seal all show up as problems. Without `keying`, it uses the
 * key and anchor of the sealer running on `db` in this process.
 */
export async function verifyAuditLog(
  db: Db,
  keying: SealKeying | undefined = sealKeyingOf(db),
): Promise<VerifyReport> {
  if (!keying)
    throw new Error('verifyAuditLog: kein Siegelschlüssel (MASTER_KEY) und keine Ankerdatei angegeben');
  const anchor = await readAnchors(keying.anchorFiles);
  return db.withOwner((owner) =>
    inOneTransaction(owner, (snapshot) => verifyChains(snapshot, keying.key, anchor), 'repeatable read'),
  );
}

async function verifyChains(owner: Kysely<Database>, key: Buffer, anchor: AnchorRead): Promise<VerifyReport> {
  const report: VerifyReport = {
    ok: false,
    tenants: 0,
    seals: 0,
    keyedSeals: 0,
    legacySeals: 0,
    sealedEvents: 0,
    unsealedEvents: 0,
    anchoredHeads: anchor.entries.length,
    anchorFiles: anchor.found,
    problems: [...anchor.problems],
    heads: {},
  };
  // Every event up to the newest seal's end was sealed when that seal was written (one watermark
  // commits all offices' seals at once): an unsealed one below it was slipped in afterwards.
  const watermark = await sql<{ w: string }>`
    SELECT COALESCE(max(to_id), 0)::text AS w FROM audit_seals`.execute(owner);
  const newestSealedId = watermark.rows[0]?.w ?? '0';
  const anchorsByTenant = new Map<string, AnchorEntry[]>();
  for (const entry of anchor.entries) {
    anchorsByTenant.set(entry.tenant, [...(anchorsByTenant.get(entry.tenant) ?? []), entry]);
  }
  const tenantRows = await sql<{ tenant_id: string }>`
    SELECT tenant_id FROM audit_seals UNION SELECT tenant_id FROM audit_events`.execute(owner);
  const tenants = new Set([...tenantRows.rows.map((r) => r.tenant_id), ...anchorsByTenant.keys()]);
  report.tenants = tenants.size;
  for (const tenantId of tenants) {
    const chain = (await owner
      .selectFrom('audit_seals')
      .select(['seq', 'from_id', 'to_id', 'event_count', 'prev_hash', 'hash'])
      .where('tenant_id', '=', tenantId)
      .orderBy('seq')
      .execute()) as SealRow[];
    const anchored = anchorsByTenant.get(tenantId) ?? [];
    // With an anchor, unkeyed seals are accepted only up to the legacy head it pinned.
    const legacyCutoff =
      anchor.entries.length === 0
        ? Number.POSITIVE_INFINITY
        : Math.max(0, ...anchored.filter((a) => a.legacy).map((a) => Number(a.seq)));
    const prevTo = await checkChain(owner, key, tenantId, chain, legacyCutoff, report);
    checkAnchored(tenantId, chain, anchored, report.problems);
    const rest = await sql<{ n: number; slipped_in: number }>`
      SELECT count(*)::int AS n, (count(*) FILTER (WHERE id <= ${newestSealedId}::bigint))::int AS slipped_in
      FROM audit_events WHERE tenant_id = ${tenantId} AND id > ${prevTo}::bigint`.execute(owner);
    report.unsealedEvents += rest.rows[0]?.n ?? 0;
    const slippedIn = rest.rows[0]?.slipped_in ?? 0;
    if (slippedIn > 0) {
      report.problems.push(
        `Mandant ${tenantId}: ${slippedIn} Ereignisse ohne Siegel, obwohl älter als das neueste Siegel (eingeschoben)`,
      );
    }
  }
  if (report.keyedSeals > 0 && anchor.entries.length === 0) {
    report.problems.push(
      'Kein Anker (audit-anchor.log) gefunden: ob die neuesten Siegel entfernt oder ersetzt wurden, ist nicht prüfbar',
    );
  }
  report.ok = report.problems.length === 0;
  return report;
}

/** Recomputes one office's chain; returns the end of its sealed range. */
async function checkChain(
  owner: Kysely<Database>,
  key: Buffer,
  tenantId: string,
  chain: SealRow[],
  legacyCutoff: number,
  report: VerifyReport,
): Promise<string> {
  let prevHash = GENESIS_HASH;
  let prevTo = '0';
  let sawKeyed = false;
  for (const seal of chain) {
    report.seals++;
    const where = `Mandant ${tenantId}, Siegel ${seal.seq}`;
    if (seal.prev_hash !== prevHash)
      report.problems.push(`${where}: Verkettung gebrochen (Siegel fehlt oder geändert)`);
    if (seal.from_id !== prevTo) report.problems.push(`${where}: Lücke im gesiegelten Bereich`);
    const events = await eventsInRange(owner, tenantId, seal.from_id, seal.to_id);
    if (events.length !== seal.event_count) {
      report.problems.push(`${where}: ${seal.event_count} Ereignisse gesiegelt, ${events.length} vorhanden`);
    }
    let expected: string;
    if (isKeyedHash(seal.hash)) {
      report.keyedSeals++;
      sawKeyed = true;
      const header = {
        tenantId,
        seq: seal.seq,
        fromId: seal.from_id,
        toId: seal.to_id,
        prevHash: seal.prev_hash,
      };
      expected = keyedSealHash(key, header, events);
    } else {
      report.legacySeals++;
      expected = legacySealHash(seal.prev_hash, events);
      if (sawKeyed || Number(seal.seq) > legacyCutoff) {
        report.problems.push(
          `${where}: ohne Schlüssel gesiegelt, obwohl nach der Umstellung (neu berechnet)`,
        );
      }
    }
    if (expected !== seal.hash) {
      report.problems.push(`${where}: Inhalt der Ereignisse ${seal.from_id}–${seal.to_id} wurde verändert`);
    }
    report.sealedEvents += events.length;
    prevHash = seal.hash;
    prevTo = seal.to_id;
  }
  report.heads[tenantId] = prevHash;
  return prevTo;
}

/** Every head written to the anchor must still be in the database, with the same hash. */
function checkAnchored(
  tenantId: string,
  chain: SealRow[],
  anchored: AnchorEntry[],
  problems: string[],
): void {
  const bySeq = new Map(chain.map((s) => [s.seq, s]));
  const newestSeq = Number(chain.at(-1)?.seq ?? 0);
  let cutOff = 0;
  let cutOffUpTo = 0;
  for (const entry of anchored) {
    const seal = bySeq.get(entry.seq);
    if (!seal) {
      if (Number(entry.seq) > newestSeq) {
        cutOff++;
        cutOffUpTo = Math.max(cutOffUpTo, Number(entry.seq));
      } else {
        problems.push(`Mandant ${tenantId}, Siegel ${entry.seq}: verankertes Siegel fehlt in der Datenbank`);
      }
    } else if (seal.hash !== entry.hash) {
      problems.push(
        `Mandant ${tenantId}, Siegel ${entry.seq}: verankerter Hash steht nicht in der Datenbank (Siegel ersetzt)`,
      );
    }
  }
  if (cutOff > 0) {
    problems.push(
      `Mandant ${tenantId}: Kette gekürzt – verankert bis Siegel ${cutOffUpTo}, in der Datenbank nur bis ${newestSeq}`,
    );
  }
}
