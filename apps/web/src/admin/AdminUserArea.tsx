import type { TMe } from '@lotse/shared';
import { Link } from 'react-router';
import { LogoutButton } from '../staff/LogoutButton.tsx';

/** Name, way back to the cockpit and logout, in the header bar. */
export function AdminUserArea(props: { user: TMe }) {
  return (
    <>
      <span className="user-name">
        <span className="visually-hidden">Angemeldet als </span>
        <strong>{props.user.displayName}</strong>
      </span>
      <Link to="/fachkraft" className="admin-cockpit-link">
        Zum Fach-Cockpit
      </Link>
      <LogoutButton />
    </>
  );
}
