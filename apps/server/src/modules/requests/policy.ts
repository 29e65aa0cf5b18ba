import { type TIntakeStatus, type TRequestAction, ZRequestAction } from '@lotse/shared';
import { type Actor, hasRole } from '../../platform/actor.js';
import { allowedActionsOf, type Policy } from '../../platform/policy.js';

/** What the request policy needs to know about a request from the family app. */
export interface RequestFacts {
  tenantId: string;
  teamId: string;
  status: TIntakeStatus;
  claimedBy: string | null;
  caseId: string | null;
}

const isOpen = (r: RequestFacts) => r.status === 'new' || r.status === 'claimed';

/**
 * The request policy. Requests are read by the members of the team they were routed to (caseworkers
 * and leads); assigning one to a colleague is the team lead's call. Everything else reads as "not found".
 */
export const canOnRequest: Policy<TRequestAction, RequestFacts> = (actor, action, r) => {
  if (!worksOnTeam(actor, r)) return false;
  switch (action) {
    case 'read':
    case 'reply':
      return true;
    case 'claim':
      return isOpen(r) && r.claimedBy !== actor.userId;
    case 'assign':
      return isOpen(r) && hasRole(actor, 'team_lead') && actor.leadTeamIds.includes(r.teamId);
    case 'open_case':
      return r.caseId === null;
  }
};

function worksOnTeam(actor: Actor, r: { tenantId: string; teamId: string }): boolean {
  if (actor.tenantId !== r.tenantId) return false;
  if (!hasRole(actor, 'caseworker') && !hasRole(actor, 'team_lead')) return false;
  return actor.memberTeamIds.includes(r.teamId);
}

const requestActions: readonly TRequestAction[] = ZRequestAction.options;

/** The actions the UI may offer on this request (sent with every inbox record). */
export const allowedRequestActions = (actor: Actor, r: RequestFacts) =>
  allowedActionsOf(canOnRequest, requestActions, actor, r);
