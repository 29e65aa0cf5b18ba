import type { TMe } from '@lotse/shared';
import { mayInOffice } from '../session.tsx';

export const COMPLAINTS_PATH = '/fachkraft/beschwerden';

/**
 * The complaint office's work is its list: whoever handles complaints and works on no cases starts
 * there instead of on the general overview (case workers keep "Mein Tag").
 */
export function startsOnComplaints(me: TMe): boolean {
  return mayInOffice(me, 'handle_complaints') && !mayInOffice(me, 'work_on_cases');
}
