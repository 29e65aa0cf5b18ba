import type { Actor } from '../../platform/actor.js';
import { hasRole } from '../../platform/actor.js';

/** Intake requests are read by the members of the team they were routed to (caseworkers and leads). */
export function canWorkOnRequest(actor: Actor, request: { tenantId: string; teamId: string }): boolean {
  if (actor.tenantId !== request.tenantId) return false;
  if (!hasRole(actor, 'caseworker') && !hasRole(actor, 'team_lead')) return false;
  return actor.memberTeamIds.includes(request.teamId);
}

/** Assigning a request to a colleague (or another team) is the team lead's call. */
export function canAssignRequest(actor: Actor, request: { tenantId: string; teamId: string }): boolean {
  return (
    canWorkOnRequest(actor, request) &&
    hasRole(actor, 'team_lead') &&
    actor.leadTeamIds.includes(request.teamId)
  );
}
