import type { TCaseAction } from '@lotse/shared';

/**
 * What one may do with a case's feedback follows from the case (cases policy): who may read the case
 * sees the answers; who may change it sets the interval. Families answer only for themselves and for
 * younger children of their own case (check-in.ts).
 */
export type TFeedbackAction = 'read' | 'configure';

export const caseActionFor: Record<TFeedbackAction, TCaseAction> = {
  read: 'read',
  configure: 'update',
};
