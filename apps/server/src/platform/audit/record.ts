import { sql } from 'kysely';
import pg from 'pg';
import type { Tx } from '../../db/connection.js';
import type { AuditEvent } from './events.js';

// Both paths call lotse_record_audit (migration 0013): the application role may not insert into
// audit_events itself. The function takes the office from the transaction's app.tenant and the time
// from now(); `event.tenantId` is the office the caller's transaction is bound to.

/** Writes one audit event inside the caller's transaction: it commits or rolls back with the change. */
export async function recordAudit(tx: Tx, event: AuditEvent): Promise<void> {
  await sql`SELECT lotse_record_audit(${event.actorId}::uuid, ${event.actorRoles}::text[], ${event.action},
    ${event.resourceType}, ${event.resourceId ?? null}, ${event.caseId ?? null}::uuid, ${event.outcome},
    ${event.ip ?? null}, ${JSON.stringify(event.details ?? {})}::jsonb)`.execute(tx);
}

const literal = (value: string | null | undefined) => (value == null ? 'NULL' : pg.escapeLiteral(value));

/**
 * The same event as one self-contained statement with escaped literals, for `beforeCommit`: it then
 * commits (or fails) together with the transaction without a round trip of its own.
 */
export function auditInsertStatement(event: AuditEvent): string {
  const roles = `ARRAY[${event.actorRoles.map((r) => literal(r)).join(', ')}]::text[]`;
  const args = [
    `${literal(event.actorId)}::uuid`,
    roles,
    literal(event.action),
    literal(event.resourceType),
    `${literal(event.resourceId ?? null)}::text`,
    `${literal(event.caseId ?? null)}::uuid`,
    literal(event.outcome),
    `${literal(event.ip ?? null)}::text`,
    `${literal(JSON.stringify(event.details ?? {}))}::jsonb`,
  ];
  return `SELECT lotse_record_audit(${args.join(', ')})`;
}
