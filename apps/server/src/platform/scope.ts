import type { FastifyRequest } from 'fastify';
import { CommitOutcomeUnknownError, type Tx, withTenant } from '../db/connection.js';
import type { Actor } from './actor.js';
import type { AuditEvent } from './audit/events.js';
import { auditInsertStatement, recordAudit } from './audit/record.js';
import type { AppContext } from './context.js';
import { notFound, unauthenticated } from './errors.js';
import { actorOf } from './http/access.js';
import type { Who } from './realtime/hub.js';
import { type SealedText, sealedTextFor } from './sealed-text.js';

/** An audit event as a use case writes it; who acted, from where and the office come from the scope. */
export type AuditFn = (
  event: Omit<AuditEvent, 'tenantId' | 'actorId' | 'actorRoles' | 'ip' | 'outcome'> & {
    outcome?: AuditEvent['outcome'];
    /** Only where the scope does not know the actor yet (e.g. a login names the user it signs in). */
    actorId?: string | null;
    actorRoles?: string[];
  },
) => Promise<void>;

/** Thrown by use cases when the caller may not see a resource; answered as 404 and audited. */
export class NotVisibleError extends Error {
  constructor(
    readonly resourceType: AuditEvent['resourceType'],
    readonly resourceId: string,
    readonly what = 'Fall',
  ) {
    super(`${resourceType} ${resourceId} not visible`);
  }
}

/**
 * One unit of work in one office: a transaction that row-level security binds to the office, the
 * audit events written with its COMMIT, and the effects that may only happen once it committed.
 */
export interface Scope {
  tx: Tx;
  tenantId: string;
  audit: AuditFn;
  /** Runs after the commit (mail hand-off, blob clean-up); a failure is logged and never undoes the commit. */
  afterCommit(effect: () => Promise<unknown> | unknown): void;
  /** Announces an event on a realtime channel once the commit succeeded. */
  publish(channel: string, event: unknown): void;
  /** Undoes what lives outside the database (a blob written for this change) if the change rolls back. */
  onRollback(undo: () => Promise<unknown> | unknown): void;
  /** Encrypts and decrypts the office's personal text fields; their blind search indexes. */
  sealed: SealedText;
}

/** A signed-in staff member's scope. */
export interface ActorScope extends Scope {
  actor: Actor;
}

/**
 * What a signed-in family (access code + PIN) is: its office, its session, and the request and/or
 * the family account (a person of a case) the code belongs to.
 */
export interface FamilyIdentity {
  tenantId: string;
  /** the request whose conversation the family holds; null for an invited account */
  intakeRequestId: string | null;
  /** the family account (person of a case); null for a request's code */
  accountId: string | null;
  sessionId: string;
}

/** The request a family session holds; an invited account without one has none to show (404). */
export function familyRequestId(family: FamilyIdentity): string {
  if (!family.intakeRequestId) throw notFound('Anfrage');
  return family.intakeRequestId;
}

/** A family's scope (signed in with access code and PIN). */
export interface FamilyScope extends Scope {
  family: FamilyIdentity;
}

/** Whoever is on a realtime socket or a meeting page: staff, family or guest. */
export interface WhoScope extends Scope {
  who: Who;
}

interface AuditBase {
  tenantId: string;
  actorId: string | null;
  actorRoles: string[];
  ip: string | null;
}

/**
 * The one way from a request to a tenant transaction: runs `fn`, commits its audit events with the
 * change, then runs the effects it asked for. A `NotVisibleError` is audited in its own transaction
 * and becomes 404, so existence never leaks.
 */
async function runScope<S extends Scope, T>(
  ctx: AppContext,
  base: AuditBase,
  make: (scope: Scope) => S,
  fn: (scope: S) => Promise<T>,
): Promise<T> {
  const effects: (() => Promise<unknown> | unknown)[] = [];
  const undos: (() => Promise<unknown> | unknown)[] = [];
  let result: T;
  try {
    result = await withTenant(ctx.db, base.tenantId, (tx, beforeCommit) =>
      fn(
        make({
          tx,
          tenantId: base.tenantId,
          // Written with the COMMIT: the event exists exactly when the work it records does.
          audit: async (e) => beforeCommit(auditInsertStatement({ ...base, outcome: 'allowed', ...e })),
          afterCommit: (effect) => {
            effects.push(effect);
          },
          publish: (channel, event) => {
            effects.push(() => ctx.live.publish(channel, event));
          },
          onRollback: (undo) => {
            undos.push(undo);
          },
          sealed: sealedTextFor(ctx.keys, tx, base.tenantId),
        }),
      ),
    );
  } catch (error) {
    // Undo only what surely did not commit; after a lost COMMIT a stray file is the lesser harm.
    if (!(error instanceof CommitOutcomeUnknownError)) await runEffects(ctx, undos);
    if (!(error instanceof NotVisibleError)) throw error;
    await withTenant(ctx.db, base.tenantId, (tx) =>
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
  await runEffects(ctx, effects);
  return result;
}

/** Runs effects one after the other; a failing one is reported and does not stop the rest. */
async function runEffects(ctx: AppContext, effects: (() => Promise<unknown> | unknown)[]): Promise<void> {
  for (const effect of effects) {
    try {
      await effect();
    } catch (error) {
      ctx.reportEffectFailure(error);
    }
  }
}

/** A signed-in staff member's request (routes declared `staff` or `session`). */
export function inActorScope<T>(
  ctx: AppContext,
  request: FastifyRequest,
  fn: (scope: ActorScope) => Promise<T>,
): Promise<T> {
  return inScopeOf(ctx, actorOf(request), request.ip, fn);
}

/** A staff member's unit of work where the request is not at hand (e.g. a second-factor check). */
export function inScopeOf<T>(
  ctx: AppContext,
  actor: Actor,
  ip: string | null,
  fn: (scope: ActorScope) => Promise<T>,
): Promise<T> {
  const base = { tenantId: actor.tenantId, actorId: actor.userId, actorRoles: actor.roles, ip };
  return runScope(ctx, base, (s) => ({ ...s, actor }), fn);
}

/** A signed-in family's request (routes declared `family`). */
export function inFamilyScope<T>(
  ctx: AppContext,
  request: FastifyRequest,
  fn: (scope: FamilyScope) => Promise<T>,
): Promise<T> {
  const family = request.family;
  if (!family) throw unauthenticated();
  const base = { tenantId: family.tenantId, actorId: null, actorRoles: ['family'], ip: request.ip };
  return runScope(ctx, base, (s) => ({ ...s, family }), fn);
}

/**
 * An anonymous caller in one office (the public family pages, a family sending a request) or a step
 * before anyone is known (a login names its user in the events it writes).
 */
export function inOfficeScope<T>(
  ctx: AppContext,
  tenantId: string,
  ip: string | null,
  fn: (scope: Scope) => Promise<T>,
): Promise<T> {
  return runScope(ctx, { tenantId, actorId: null, actorRoles: [], ip }, (s) => s, fn);
}

/**
 * A background job's unit of work in one office (an erasure run, the nightly retention pass): audited
 * in the name of whoever asked for it, or of the system.
 */
export function inBackgroundScope<T>(
  ctx: AppContext,
  tenantId: string,
  onBehalfOf: { userId: string; roles: string[] } | null,
  fn: (scope: Scope) => Promise<T>,
): Promise<T> {
  const actor = onBehalfOf
    ? { actorId: onBehalfOf.userId, actorRoles: onBehalfOf.roles }
    : { actorId: null, actorRoles: ['system'] };
  return runScope(ctx, { tenantId, ...actor, ip: null }, (s) => s, fn);
}

/** The caller of a realtime socket or meeting page (staff, family or guest). */
export function inWhoScope<T>(
  ctx: AppContext,
  who: Who,
  ip: string | null,
  fn: (scope: WhoScope) => Promise<T>,
): Promise<T> {
  return runScope(ctx, { tenantId: who.tenantId, ...auditActorOf(who), ip }, (s) => ({ ...s, who }), fn);
}

/** Audit fields for whoever is calling: staff by user id, families and guests by role only. */
export function auditActorOf(who: Who): { actorId: string | null; actorRoles: string[] } {
  switch (who.kind) {
    case 'staff':
      return { actorId: who.actor.userId, actorRoles: who.actor.roles };
    case 'family':
      return { actorId: null, actorRoles: ['family'] };
    case 'guest':
      return { actorId: null, actorRoles: ['guest'] };
  }
}
