import { roleLabels } from '@lotse/shared';
import type { ReactNode } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { errorMessage, isApiError } from '../api/client.ts';
import { PLANNING_PATH, startsOnPlanning } from '../planning/landing.ts';
import { DemoNotice } from '../public/DemoNotice.tsx';
import { Alert, AppShell, Spinner } from '../ui/index.ts';
import { useMe } from './api.ts';
import { homeOf } from './areas.ts';
import { COMPLAINTS_PATH, startsOnComplaints } from './complaints/landing.ts';
import { COOPERATION_PATH } from './cooperation/paths.ts';
import { InboxNavLink } from './inbox/InboxNavLink.tsx';
import { KNOWLEDGE_PATH } from './knowledge/paths.ts';
import { LogoutButton } from './LogoutButton.tsx';
import { LawPanelProvider } from './law/LawPanelProvider.tsx';
import { PLACEMENTS_PATH } from './placements/paths.ts';
import { PRIVACY_PATH } from './privacy/paths.ts';
import { MeContext, mayInOffice } from './session.tsx';

/** The cockpit's frame; the administration uses it with its own home, name and footer. */
export function StaffShell(props: {
  demo?: boolean;
  userArea?: ReactNode;
  navItems?: ReactNode[];
  /** Defaults: the cockpit at /fachkraft. */
  home?: string;
  brandSub?: string;
  navLabel?: string;
  footer?: ReactNode;
  children: ReactNode;
}) {
  const home = props.home ?? '/fachkraft';
  return (
    <AppShell
      brandHref={home}
      brandName="Lotse"
      brandSub={props.brandSub ?? 'Fach-Cockpit'}
      renderBrandLink={(content, className) => (
        <Link to={home} className={className}>
          {content}
        </Link>
      )}
      notice={<DemoNotice demo={props.demo} />}
      userArea={props.userArea}
      navItems={props.navItems}
      navLabel={props.navLabel}
      footer={props.footer ?? <p>Lotse · Zugriffe auf Falldaten werden protokolliert.</p>}
    >
      {props.children}
    </AppShell>
  );
}

/** Public frame for the login page (no navigation). */
export function StaffPublicShell(props: { children: ReactNode }) {
  return <StaffShell>{props.children}</StaffShell>;
}

/** Auth guard and frame of every signed-in cockpit page. */
export function StaffLayout() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <StaffShell>
        <Spinner label="Anmeldung wird geprüft …" />
      </StaffShell>
    );
  }
  if (me.isError) {
    if (isApiError(me.error, 401)) {
      const next = `${location.pathname}${location.search}`;
      return <Navigate to={`/fachkraft/login?next=${encodeURIComponent(next)}`} replace />;
    }
    return (
      <StaffShell>
        <Alert tone="danger" title="Das Cockpit konnte nicht geladen werden">
          <p>{errorMessage(me.error)}</p>
        </Alert>
      </StaffShell>
    );
  }

  const user = me.data;
  // Only what the server allows appears (office-wide actions of /api/me); the start page's name follows.
  // The complaint office starts on its list (see StaffApp): a separate home entry would lead there too.
  const navItems: ReactNode[] = startsOnComplaints(user)
    ? []
    : [
        <NavLink key="home" to="/fachkraft" end>
          {homeOf(user).label}
        </NavLink>,
      ];
  if (mayInOffice(user, 'work_on_requests')) navItems.push(<InboxNavLink key="inbox" />);
  if (mayInOffice(user, 'work_on_cases')) {
    navItems.push(
      <NavLink key="cases" to="/fachkraft/faelle">
        Fälle
      </NavLink>,
    );
  }
  if (mayInOffice(user, 'search_placements')) {
    navItems.push(
      <NavLink key="placements" to={PLACEMENTS_PATH}>
        Plätze
      </NavLink>,
    );
  }
  if (mayInOffice(user, 'handle_complaints')) {
    navItems.push(
      <NavLink key="complaints" to={COMPLAINTS_PATH}>
        Beschwerden
      </NavLink>,
    );
  }
  if (mayInOffice(user, 'lead_team')) {
    navItems.push(
      <NavLink key="team" to="/fachkraft/team">
        Team
      </NavLink>,
    );
  }
  if (mayInOffice(user, 'use_knowledge')) {
    navItems.push(
      <NavLink key="knowledge" to={KNOWLEDGE_PATH}>
        Wissen
      </NavLink>,
    );
    navItems.push(
      <NavLink key="cooperation" to={COOPERATION_PATH}>
        Kooperation
      </NavLink>,
    );
  }
  if (mayInOffice(user, 'handle_data_subject_rights')) {
    navItems.push(
      <NavLink key="privacy" to={PRIVACY_PATH}>
        Datenschutz
      </NavLink>,
    );
  }
  if (mayInOffice(user, 'read_audit')) {
    navItems.push(
      <NavLink key="audit" to="/fachkraft/protokoll">
        Protokoll
      </NavLink>,
    );
  }
  // Planners without other work start there (their home entry leads to it); others get an entry.
  if (mayInOffice(user, 'plan') && !startsOnPlanning(user)) {
    navItems.push(
      <Link key="planning" to={PLANNING_PATH}>
        Planung
      </Link>,
    );
  }
  if (mayInOffice(user, 'administer')) {
    navItems.push(
      <Link key="admin" to="/admin">
        Verwaltung
      </Link>,
    );
  }

  return (
    <MeContext.Provider value={user}>
      <LawPanelProvider>
        <StaffShell
          demo={user.demo}
          navItems={navItems}
          footer={<p>Lotse · {user.office.name} · Zugriffe auf Falldaten werden protokolliert.</p>}
          userArea={
            <>
              <span className="user-name">
                <span className="visually-hidden">Angemeldet als </span>
                <Link to="/fachkraft/konto" className="user-link">
                  <strong>{user.displayName}</strong>
                  <span className="visually-hidden"> – Mein Konto</span>
                </Link>
                <span className="user-roles"> · {user.roles.map((r) => roleLabels[r]).join(', ')}</span>
              </span>
              <LogoutButton />
            </>
          }
        >
          <Outlet />
        </StaffShell>
      </LawPanelProvider>
    </MeContext.Provider>
  );
}
