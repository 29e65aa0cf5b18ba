import { Link } from 'react-router';
import { homeOf } from './areas.ts';
import { mayInOffice, useCurrentUser } from './session.tsx';

export function StaffNotFound(props: { title?: string; text?: string }) {
  const me = useCurrentUser();
  const home = homeOf(me);
  const title = props.title ?? 'Seite nicht gefunden';
  return (
    <div className="stack">
      <title>{`${title} – Lotse`}</title>
      <h1>{title}</h1>
      <p>{props.text ?? 'Diese Adresse gibt es im Fach-Cockpit nicht.'}</p>
      <p>
        <Link to={home.to}>Zu „{home.label}“</Link>
        {mayInOffice(me, 'work_on_cases') ? (
          <>
            {' '}
            · <Link to="/fachkraft/faelle">Zur Fallliste</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
