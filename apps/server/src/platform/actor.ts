import type { TRole } from '@lotse/shared';

/** The signed-in staff member making a request, as the policies see them. */
export interface Actor {
  tenantId: string;
  userId: string;
  username: string;
  displayName: string;
  roles: TRole[];
  /** Teams the user belongs to (as member or lead). */
  memberTeamIds: string[];
  /** Teams the user leads. */
  leadTeamIds: string[];
  mfaEnabled: boolean;
  sessionId: string;
}

export const hasRole = (actor: Pick<Actor, 'roles'>, role: TRole) => actor.roles.includes(role);
