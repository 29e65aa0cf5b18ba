import { sql } from 'kysely';
import type { Statement, Tx } from '../../db/connection.js';
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

/**
 * The same event as a statement for `beforeCommit`: it then commits (or fails) together with the
 * transaction, sent with the COMMIT (one prepared statement, no round trip of its own).
 */
export function auditInsertStatement(event: AuditEvent): Statement {
  return {
    text: 'SELECT lotse_record_audit($1::uuid, $2::text[], $3, $4, $5::text, $6::uuid, $7, $8::text, $9::jsonb)',
    values: [
      event.actorId,
      event.actorRoles,
      event.action,
      event.resourceType,
      event.resourceId ?? null,
      event.caseId ?? null,
      event.outcome,
      event.ip ?? null,
      JSON.stringify(event.details ?? {}),
    ],
  };
}
