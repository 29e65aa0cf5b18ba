import { createHash, createHmac, hkdfSync } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

// The hashes of the audit seal chain (decision 0012). A seal covers one office's events in
// (from_id, to_id] and the previous seal's hash. New seals are keyed (HMAC-SHA256 with a key derived
// from the master key, which the database never holds); seals written before migration 0013 carry a
// plain SHA-256 and are accepted as legacy up to the head the anchor file pinned.

export const GENESIS_HASH = 'genesis';
const KEYED_PREFIX = 'hmac-sha256:';

export interface EventRow {
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

/** What a keyed seal binds besides its events: a seal cannot be moved to another office or place. */
export interface SealHeader {
  tenantId: string;
  seq: string;
  fromId: string;
  toId: string;
  prevHash: string;
}

/** The seal key: HKDF-SHA256 of the master key, so the master key itself never signs anything. */
export function deriveAuditSealKey(masterKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'lotse audit seal v1', 32));
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

/** A seal hash as written since migration 0013: HMAC over the header and the events. */
export function keyedSealHash(key: Buffer, header: SealHeader, events: EventRow[]): string {
  const h = createHmac('sha256', key);
  h.update(
    JSON.stringify([
      'lotse-audit-seal/1',
      header.tenantId,
      header.seq,
      header.fromId,
      header.toId,
      events.length,
      header.prevHash,
    ]),
  );
  for (const e of events) h.update(`\n${canonicalLine(e)}`);
  return `${KEYED_PREFIX}${h.digest('hex')}`;
}

/** A seal hash as written before migration 0013: anyone with the rows can recompute it. */
export function legacySealHash(prevHash: string, events: EventRow[]): string {
  const h = createHash('sha256');
  h.update(prevHash);
  for (const e of events) h.update(`\n${canonicalLine(e)}`);
  return h.digest('hex');
}

export function isKeyedHash(hash: string): boolean {
  return hash.startsWith(KEYED_PREFIX);
}

/** Events of one office in (fromId, toId], in id order; at most `limit` of them. */
export async function eventsInRange(
  owner: Kysely<Database>,
  tenantId: string,
  fromId: string,
  toId: string,
  limit?: number,
): Promise<EventRow[]> {
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
