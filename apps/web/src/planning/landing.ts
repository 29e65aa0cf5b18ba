import type { TMe } from '@lotse/shared';
import { mayInOffice } from '../staff/session.tsx';

export const PLANNING_PATH = '/planung';
export const PLANNING_STATISTICS_PATH = `${PLANNING_PATH}/statistik`;

/**
 * Youth welfare planning and office management work with figures, not cases: whoever may plan and has
 * no case work, complaints or provider portal to start with starts on the planning dashboard.
 */
export function startsOnPlanning(me: TMe): boolean {
  return (
    mayInOffice(me, 'plan') &&
    !mayInOffice(me, 'work_on_cases') &&
    !mayInOffice(me, 'handle_complaints') &&
    !mayInOffice(me, 'work_as_provider')
  );
}
