import type { TMe, TOfficeAction } from '@lotse/shared';
import { createContext, useContext } from 'react';

export const MeContext = createContext<TMe | null>(null);

/** The signed-in user; only valid below the auth guard. */
export function useCurrentUser(): TMe {
  const me = useContext(MeContext);
  if (!me) throw new Error('useCurrentUser außerhalb der Anmeldung verwendet');
  return me;
}

/** Whether the server allows this office-wide action (the UI asks, it never decides by role). */
export function mayInOffice(me: TMe, action: TOfficeAction): boolean {
  return me.allowedActions.includes(action);
}

/** Only the staff faces' own paths are accepted as a return target after login (no open redirect). */
export function safeNext(next: string | null): string {
  if (next?.startsWith('/fachkraft') && !next.startsWith('/fachkraft/login')) return next;
  if (next && /^\/(?:admin|traeger|planung)(?:[/?#]|$)/.test(next)) return next;
  return '/fachkraft';
}
