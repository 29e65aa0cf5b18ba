import type { TCaseAction } from '@lotse/shared';

/**
 * What one may do with a case's help plans follows from what one may do with the case (cases
 * policy): who may read the case reads its plans; who may edit it drafts, finalises and reviews them.
 * Provider staff see no plans here (their handover is the placement exchange).
 */
export type THelpPlanAction = 'read' | 'draft' | 'finalize' | 'review';

export const caseActionFor: Record<THelpPlanAction, TCaseAction> = {
  read: 'read',
  draft: 'update',
  finalize: 'update',
  review: 'update',
};
