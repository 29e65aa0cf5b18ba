import type { ComponentType } from 'react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { errorMessage, isApiError } from '../api/client.ts';
import { useMe } from '../staff/api.ts';
import { NoPermission } from '../staff/NoPermission.tsx';
import { MeContext, mayInOffice } from '../staff/session.tsx';
import { Alert, Spinner } from '../ui/index.ts';
import { OpenInquiriesCount } from './inquiries/OpenInquiriesCount.tsx';
import { PROVIDER_PATH } from './landing.ts';
import { ProviderShell } from './ProviderShell.tsx';
import { ProviderUserArea } from './ProviderUserArea.tsx';
import { PROVIDER_CASES_PATH, PROVIDER_INQUIRIES_PATH } from './paths.ts';

/**
 * The portal's sections in navigation order; `end` marks the start page (active only there), `Count`
 * renders a number beside the label (what waits there).
 */
export const providerSections: { path: string; label: string; end?: boolean; Count?: ComponentType }[] = [
  { path: PROVIDER_PATH, label: 'Plätze', end: true },
  { path: PROVIDER_INQUIRIES_PATH, label: 'Anfragen', Count: OpenInquiriesCount },
  { path: PROVIDER_CASES_PATH, label: 'Geteilte Fälle' },
];

/**
 * Auth guard and frame of the provider portal: like the cockpit, signed-out users go to the staff
 * login and come back; signed-in staff of the office get an explanation and what they can use instead.
 */
export function ProviderLayout() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <ProviderShell>
        <Spinner label="Anmeldung wird geprüft …" />
      </ProviderShell>
    );
  }
  if (me.isError) {
    if (isApiError(me.error, 401)) {
      const next = `${location.pathname}${location.search}`;
      return <Navigate to={`/fachkraft/login?next=${encodeURIComponent(next)}`} replace />;
    }
    return (
      <ProviderShell>
        <Alert tone="danger" title="Das Trägerportal konnte nicht geladen werden">
          <p>{errorMessage(me.error)}</p>
        </Alert>
      </ProviderShell>
    );
  }

  const user = me.data;
  if (!mayInOffice(user, 'work_as_provider')) {
    return (
      <MeContext.Provider value={user}>
        <ProviderShell demo={user.demo} userArea={<ProviderUserArea user={user} />}>
          <NoPermission action="work_as_provider" />
        </ProviderShell>
      </MeContext.Provider>
    );
  }

  const navItems = providerSections.map(({ path, label, end, Count }) => (
    <NavLink key={path} to={path} end={end}>
      {label}
      {Count ? <Count /> : null}
    </NavLink>
  ));
  return (
    <MeContext.Provider value={user}>
      <ProviderShell demo={user.demo} navItems={navItems} userArea={<ProviderUserArea user={user} />}>
        <Outlet />
      </ProviderShell>
    </MeContext.Provider>
  );
}
