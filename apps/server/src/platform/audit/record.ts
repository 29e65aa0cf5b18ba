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
