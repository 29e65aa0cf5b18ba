import type { TComplaintAction } from '@lotse/shared';
import type { Actor } from '../../platform/actor.js';
import { canInOffice, type Policy } from '../../platform/policy.js';

/** What the policy needs to know of a complaint. */
export interface ComplaintFacts {
  tenantId: string;
  status: 'received' | 'in_progress' | 'answered';
  caseId: string | null;
  concernsUserId: string | null;
  handlerId: string | null;
  sharedAt: unknown;
}

/**
 * § 9a: complaints are handled by the complaint office, never by the person they are about. A member
 * of the complaint office who is the caseworker concerned does not see the complaint at all.
 */
export function mayHandle(actor: Actor, c: Pick<ComplaintFacts, 'tenantId' | 'concernsUserId'>): boolean {
  return (
    canInOffice(actor, 'handle_complaints', { tenantId: c.tenantId }) && c.concernsUserId !== actor.userId
  );
}

export const canOnComplaint: Policy<TComplaintAction, ComplaintFacts> = (actor, action, c) => {
  if (!mayHandle(actor, c)) return false;
  switch (action) {
    case 'take':
      return c.status !== 'answered' && c.handlerId !== actor.userId;
    case 'answer':
      return c.status !== 'answered';
    case 'share':
      return c.caseId !== null && c.sharedAt === null;
  }
};

export const allowedComplaintActions = (actor: Actor, c: ComplaintFacts): TComplaintAction[] =>
  (['take', 'answer', 'share'] as const).filter((action) => canOnComplaint(actor, action, c));
