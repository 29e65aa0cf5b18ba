import type { TMe } from '@lotse/shared';
import { Link } from 'react-router';
import { LogoutButton } from '../staff/LogoutButton.tsx';

/** Name, the account page (two-factor login) and logout, in the header bar. */
export function ProviderUserArea(props: { user: TMe }) {
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
