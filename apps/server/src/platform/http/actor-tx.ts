import type { FastifyRequest } from 'fastify';
import { type Tx, withTenant } from '../../db/connection.js';
import type { Actor } from '../actor.js';
import type { AuditEvent } from '../audit/events.js';
import { auditInsertStatement, recordAudit } from '../audit/record.js';
import type { AppContext } from '../context.js';
import { notFound } from '../errors.js';
import { actorOf } from './access.js';

export type AuditFn = (
  event: Omit<AuditEvent, 'tenantId' | 'actorId' | 'actorRoles' | 'ip' | 'outcome'> & {
    outcome?: AuditEvent['outcome'];
  },
) => Promise<void>;

/** Thrown by use cases when the actor may not see a resource; answered as 404 and audited. */
export class NotVisibleError extends Error {
  constructor(
    readonly resourceType: AuditEvent['resourceType'],
    readonly resourceId: string,
    readonly what = 'Fall',
  ) {
    super(`${resourceType} ${resourceId} not visible`);
  }
}

export interface ActorScope {
  tx: Tx;
  actor: Actor;
  audit: AuditFn;
}

/**
 * Runs a use case in one transaction bound to the actor's office. Audit events written through
 * `audit` commit with the change; a denied access is audited in its own transaction and becomes 404.
 */
export async function inActorScope<T>(
  ctx: AppContext,
  request: FastifyRequest,
  fn: (scope: ActorScope) => Promise<T>,
): Promise<T> {
  const actor = actorOf(request);
  const base = { tenantId: actor.tenantId, actorId: actor.userId, actorRoles: actor.roles, ip: request.ip };
  try {
    return await withTenant(ctx.db, actor.tenantId, (tx, beforeCommit) =>
      fn({
        tx,
        actor,
        // Written with the COMMIT: the event exists exactly when the work it records does.
        audit: async (e) => beforeCommit(auditInsertStatement({ ...base, outcome: 'allowed', ...e })),
      }),
    );
  } catch (error) {
    if (!(error instanceof NotVisibleError)) throw error;
    await withTenant(ctx.db, actor.tenantId, (tx) =>
      recordAudit(tx, {
        ...base,
        action: 'case.denied',
        resourceType: error.resourceType,
        resourceId: error.resourceId,
        outcome: 'denied',
      }),
    );
    throw notFound(error.what);
  }
}
