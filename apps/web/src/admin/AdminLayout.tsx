import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { errorMessage, isApiError } from '../api/client.ts';
import { useMe } from '../staff/api.ts';
import { MeContext, mayInOffice } from '../staff/session.tsx';
import { Alert, Spinner } from '../ui/index.ts';
import { AdminShell } from './AdminShell.tsx';
import { AdminUserArea } from './AdminUserArea.tsx';
import { NoPermission } from './NoPermission.tsx';

export const adminSections = [
  { path: '/admin/eingangsassistent', label: 'Eingangsassistent' },
  { path: '/admin/zustaendigkeiten', label: 'Zuständigkeiten' },
  { path: '/admin/texte', label: 'Texte' },
  { path: '/admin/teams', label: 'Teams & Sprechzeiten' },
  { path: '/admin/notrufnummern', label: 'Notrufnummern' },
  { path: '/admin/ombudsstelle', label: 'Ombudsstelle' },
  { path: '/admin/hilfeplanung', label: 'Hilfeplanung' },
] as const;

/**
 * Auth guard and frame of the administration: like the cockpit, signed-out users go to the staff
 * login and come back here; signed-in staff without the admin role get an explanation, not a form
 * the server would refuse.
 */
export function AdminLayout() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <AdminShell>
        <Spinner label="Anmeldung wird geprüft …" />
      </AdminShell>
    );
  }
  if (me.isError) {
    if (isApiError(me.error, 401)) {
      const next = `${location.pathname}${location.search}`;
      return <Navigate to={`/fachkraft/login?next=${encodeURIComponent(next)}`} replace />;
    }
    return (
      <AdminShell>
        <Alert tone="danger" title="Die Verwaltung konnte nicht geladen werden">
          <p>{errorMessage(me.error)}</p>
        </Alert>
      </AdminShell>
    );
  }

  const user = me.data;
  if (!mayInOffice(user, 'administer')) {
    return (
      <AdminShell demo={user.demo} userArea={<AdminUserArea user={user} />}>
        <NoPermission />
      </AdminShell>
    );
  }

  const navItems = adminSections.map((s) => (
    <NavLink key={s.path} to={s.path}>
      {s.label}
    </NavLink>
  ));
  return (
    <MeContext.Provider value={user}>
      <AdminShell demo={user.demo} navItems={navItems} userArea={<AdminUserArea user={user} />}>
        <Outlet />
      </AdminShell>
    </MeContext.Provider>
  );
}
