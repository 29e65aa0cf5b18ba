import { type TProtectionAction, type TProtectionStatus, ZProtectionAction } from '@lotse/shared';
import { type Actor, hasRole } from '../../platform/actor.js';
import { allowedActionsOf, type Policy } from '../../platform/policy.js';

/**
 * Who may do what in a child-protection procedure (§ 8a SGB VIII). It follows the case: who may
 * read the case reads its procedures; who may edit the case works on them. On top: a closed
 * procedure never changes (only its statistics answers may be completed), and the result proposed
 * by one person is signed off by another (four-eyes principle). Providers, planners, data
 * protection officers and administrators see nothing of it — the case policy gives them no reason.
 */
export interface ProtectionResource {
  /** What the actor may do with the procedure's case under the case policy. */
  caseAccess: 'none' | 'read' | 'update';
  status: TProtectionStatus;
  proposedBy: string | null;
}

/** Only staff who work on cases take part in child protection at all. */
function worksOnCases(actor: Pick<Actor, 'roles'>): boolean {
  return hasRole(actor, 'caseworker') || hasRole(actor, 'team_lead');
}

export const canOnProcedure: Policy<TProtectionAction, ProtectionResource> = (actor, action, p) => {
  if (!worksOnCases(actor) || p.caseAccess === 'none') return false;
  const mayWork = p.caseAccess === 'update';
  switch (action) {
    case 'read':
      return true;
    case 'edit':
    case 'propose_result':
      return mayWork && p.status !== 'closed';
    case 'sign_off':
      return mayWork && p.status === 'awaiting_sign_off' && p.proposedBy !== actor.userId;
    case 'edit_survey':
      return mayWork;
  }
};

/** The actions the UI may offer on this procedure (sent with every procedure record). */
export function allowedProcedureActions(actor: Actor, p: ProtectionResource): TProtectionAction[] {
  return allowedActionsOf(canOnProcedure, ZProtectionAction.options, actor, p);
}

/**
 * Who may import an office's own factor catalogue: administrators (they run the office's setup)
 * and team leads (they answer for the professional standard of their teams).
 */
export function mayImportCatalogue(actor: Pick<Actor, 'roles'>): boolean {
  return hasRole(actor, 'admin') || hasRole(actor, 'team_lead');
}

/** Who may read the catalogues: whoever assesses with them or imports them. */
export function mayReadCatalogues(actor: Pick<Actor, 'roles'>): boolean {
  return worksOnCases(actor) || mayImportCatalogue(actor);
}
