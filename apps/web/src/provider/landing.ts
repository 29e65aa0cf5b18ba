import type { TMe } from '@lotse/shared';
import { mayInOffice } from '../staff/session.tsx';

export const PROVIDER_PATH = '/traeger';

/**
 * Staff of a provider work in the provider portal: whoever may use it and works on no cases starts
 * there instead of on the cockpit's general overview.
 */
export function startsOnProviderPortal(me: TMe): boolean {
  return mayInOffice(me, 'work_as_provider') && !mayInOffice(me, 'work_on_cases');
}
