import type { TMe } from '@lotse/shared';
import type { ReactNode } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { errorMessage, isApiError } from '../api/client.ts';
import { useMe } from '../staff/api.ts';
import { LogoutButton } from '../staff/LogoutButton.tsx';
import { NoPermission } from '../staff/NoPermission.tsx';
import { StaffShell } from '../staff/StaffLayout.tsx';
import { MeContext, mayInOffice } from '../staff/session.tsx';
import { Alert, Spinner } from '../ui/index.ts';
import { PLANNING_PATH, PLANNING_STATISTICS_PATH, startsOnPlanning } from './landing.ts';

/** Frame of the planning face: the cockpit's frame with its own home, name and navigation. */
function PlanningShell(props: {
  demo?: boolean;
  userArea?: ReactNode;
  navItems?: ReactNode[];
  children: ReactNode;
}) {
  return (
    <StaffShell
      {...props}
      home={PLANNING_PATH}
      brandSub="Planung"
      navLabel="Planung"
      footer={<p>Lotse · Jugendhilfeplanung · Prüfberichte und Downloads werden protokolliert.</p>}
    />
  );
}

/** Name, the account page and logout, in the header bar. */
function PlanningUserArea(props: { user: TMe }) {
  return (
    <>
      <span className="user-name">
        <span className="visually-hidden">Angemeldet als </span>
        <strong>{props.user.displayName}</strong>
      </span>
      <Link to="/fachkraft/konto">Mein Konto</Link>
      <LogoutButton />
    </>
  );
}

/**
 * Auth guard and frame of the planning face: signed-out users go to the staff login and come back;
 * signed-in staff without the right to plan get an explanation and what they can use instead.
 */
export function PlanningLayout() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <PlanningShell>
        <Spinner label="Anmeldung wird geprüft …" />
      </PlanningShell>
    );
  }
  if (me.isError) {
    if (isApiError(me.error, 401)) {
      const next = `${location.pathname}${location.search}`;
      return <Navigate to={`/fachkraft/login?next=${encodeURIComponent(next)}`} replace />;
    }
    return (
      <PlanningShell>
        <Alert tone="danger" title="Die Planung konnte nicht geladen werden">
          <p>{errorMessage(me.error)}</p>
        </Alert>
      </PlanningShell>
    );
  }

  const user = me.data;
  if (!mayInOffice(user, 'plan')) {
    return (
      <MeContext.Provider value={user}>
        <PlanningShell demo={user.demo} userArea={<PlanningUserArea user={user} />}>
          <NoPermission action="plan" />
        </PlanningShell>
      </MeContext.Provider>
    );
  }

  const navItems = [
    <NavLink key="figures" to={PLANNING_PATH} end>
      Kennzahlen
    </NavLink>,
    <NavLink key="statistics" to={PLANNING_STATISTICS_PATH}>
      Amtliche Statistik
    </NavLink>,
  ];
  // Whoever also works elsewhere in Lotse (e.g. a team lead who plans) finds the way back.
  if (!startsOnPlanning(user)) {
    navItems.push(
      <Link key="cockpit" to="/fachkraft">
        Fach-Cockpit
      </Link>,
    );
  }
  return (
    <MeContext.Provider value={user}>
      <PlanningShell demo={user.demo} navItems={navItems} userArea={<PlanningUserArea user={user} />}>
        <Outlet />
      </PlanningShell>
    </MeContext.Provider>
  );
}
