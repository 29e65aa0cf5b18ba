import type { ZAuditListResponseSchema, ZAuditQuerySchema } from '@lotse/shared';
import type { z } from 'zod';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';

/**
 * The audit trail for the data protection officer: who did what, when, on which case.
 * It shows no case content — only references.
 */
export async function listAudit(
  { tx, actor, audit }: ActorScope,
  query: z.output<typeof ZAuditQuerySchema>,
): Promise<z.infer<typeof ZAuditListResponseSchema>> {
  requireOfficeAction(actor, 'read_audit');
  let base = tx.selectFrom('audit_events as e');
  if (query.caseId) base = base.where('e.case_id', '=', query.caseId);
  if (query.actorId) base = base.where('e.actor_id', '=', query.actorId);
  if (query.action) base = base.where('e.action', '=', query.action);
  const total = Number(
    (await base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst())?.n ?? 0,
  );
  const lastSeal = await tx
    .selectFrom('audit_seals')
    .select((eb) => eb.fn.max('to_id').as('to_id'))
    .executeTakeFirst();
  const sealedUpTo = BigInt(lastSeal?.to_id ?? 0);
  const rows = await base
    .leftJoin('directory_users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'e.tenant_id').onRef('u.id', '=', 'e.actor_id'),
    )
    .select([
      'e.id',
      'e.at',
      'e.actor_id',
      'u.display_name',
      'e.actor_roles',
      'e.action',
      'e.resource_type',
      'e.resource_id',
      'e.case_id',
      'e.outcome',
    ])
    .orderBy('e.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  await audit({
    action: 'audit.read',
    resourceType: 'audit',
    caseId: query.caseId ?? null,
    details: { query },
  });
  return {
    items: rows.map((e) => ({
      id: e.id,
      at: new Date(e.at).toISOString(),
      actor: e.actor_id && e.display_name ? { id: e.actor_id, displayName: e.display_name } : null,
      actorRoles: e.actor_roles,
      action: e.action,
      resourceType: e.resource_type,
      resourceId: e.resource_id,
      caseId: e.case_id,
      outcome: e.outcome,
      sealed: BigInt(e.id) <= sealedUpTo,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
