import type { Tx } from '../../db/connection.js';

export interface CaseEvent {
  id: string;
  at: Date | string;
  actorId: string | null;
  actorRoles: string[];
  action: string;
  resourceType: string;
  details: Record<string, unknown>;
}

/** The allowed events on one case, newest first, a page at a time (`before`: an event id). */
export async function caseEvents(
  tx: Tx,
  caseId: string,
  before: string | undefined,
  limit: number,
): Promise<CaseEvent[]> {
  let query = tx
    .selectFrom('audit_events')
    .select(['id', 'at', 'actor_id', 'actor_roles', 'action', 'resource_type', 'details'])
    .where('case_id', '=', caseId)
    .where('outcome', '=', 'allowed');
  if (before) query = query.where('id', '<', before);
  const rows = await query.orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: String(r.id),
    at: r.at,
    actorId: r.actor_id,
    actorRoles: r.actor_roles,
    action: r.action,
    resourceType: r.resource_type,
    details: (r.details ?? {}) as Record<string, unknown>,
  }));
}

/** How many allowed events one case has. */
export async function caseEventCount(tx: Tx, caseId: string): Promise<number> {
  const row = await tx
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('case_id', '=', caseId)
    .where('outcome', '=', 'allowed')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
