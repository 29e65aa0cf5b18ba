import type { TCaseAction, TPerspectivesAction } from '@lotse/shared';
import { allowedActionsOf, type Policy } from '../../platform/policy.js';

/**
 * What one may do with a case's perspectives and ecomap follows from what one may do with the case
 * (cases policy): who may read the case reads its ratings and ecomap; who may edit it rates and
 * draws. Provider staff and planners see none of it (they cannot read the case: 404).
 */
export const caseActionFor: Record<TPerspectivesAction, TCaseAction> = {
  read: 'read',
  rate: 'update',
  edit_ecomap: 'update',
};

export const perspectivesActions = Object.keys(caseActionFor) as TPerspectivesAction[];

/** The case actions the caller holds on the case (from the cases policy). */
export interface PerspectivesResource {
  caseActions: readonly TCaseAction[];
}

export const canOnPerspectives: Policy<TPerspectivesAction, PerspectivesResource> = (_actor, action, r) =>
  r.caseActions.includes(caseActionFor[action]);

/** Every action the caller may take, sent with each record as `allowedActions`. */
export function allowedPerspectivesActions(
  actor: Parameters<typeof canOnPerspectives>[0],
  r: PerspectivesResource,
): TPerspectivesAction[] {
  return allowedActionsOf(canOnPerspectives, perspectivesActions, actor, r);
}
