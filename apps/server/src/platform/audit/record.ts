import pg from 'pg';
import type { Tx } from '../../db/connection.js';
import type { AuditEvent } from './events.js';

/** Writes one audit event inside the caller's transaction: it commits or rolls back with the change. */
export async function recordAudit(tx: Tx, event: AuditEvent): Promise<void> {
  await tx
    .insertInto('audit_events')
    .values({
      tenant_id: event.tenantId,
      actor_id: event.actorId,
      actor_roles: event.actorRoles,
      action: event.action,
      resource_type: event.resourceType,
      resource_id: event.resourceId ?? null,
      case_id: event.caseId ?? null,
      outcome: event.outcome,
      ip: event.ip ?? null,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}

const literal = (value: string | null | undefined) => (value == null ? 'NULL' : pg.escapeLiteral(value));

/**
 * The same event as one self-contained INSERT with escaped literals, for `beforeCommit`: it then
 * commits (or fails) together with the transaction without a round trip of its own.
 */
export function auditInsertStatement(event: AuditEvent): string {
  const roles = `ARRAY[${event.actorRoles.map((r) => literal(r)).join(', ')}]::text[]`;
  const values = [
    `${literal(event.tenantId)}::uuid`,
    `${literal(event.actorId)}::uuid`,
    roles,
    literal(event.action),
    literal(event.resourceType),
    literal(event.resourceId ?? null),
    `${literal(event.caseId ?? null)}::uuid`,
    literal(event.outcome),
    literal(event.ip ?? null),
    `${literal(JSON.stringify(event.details ?? {}))}::jsonb`,
  ];
  return `INSERT INTO audit_events (tenant_id, actor_id, actor_roles, action, resource_type, resource_id, case_id, outcome, ip, details) VALUES (${values.join(', ')})`;
}
