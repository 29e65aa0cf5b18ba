import { NavLink } from 'react-router';
import { useInbox } from './api.ts';
import './inbox.css';

/** "Posteingang" in the main navigation, with the number of requests nobody has taken yet. */
export function InboxNavLink() {
  // Same query as the unfiltered list page, so the badge costs no extra request there.
  const inbox = useInbox({});
  const unclaimed = inbox.data?.filter((i) => i.status === 'new').length ?? 0;
  return (
    <NavLink to="/fachkraft/posteingang">
      Posteingang
      {unclaimed > 0 ? (
        <span className="nav-count">
          <span className="visually-hidden">, </span>
          {unclaimed}
          <span className="visually-hidden"> {unclaimed === 1 ? 'neue Anfrage' : 'neue Anfragen'}</span>
        </span>
      ) : null}
    </NavLink>
  );
}
