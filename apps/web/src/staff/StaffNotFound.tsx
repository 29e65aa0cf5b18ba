import { Link } from 'react-router';

export function StaffNotFound(props: { title?: string; text?: string }) {
  const title = props.title ?? 'Seite nicht gefunden';
  return (
    <div className="stack">
      <title>{`${title} – Lotse`}</title>
      <h1>{title}</h1>
      <p>{props.text ?? 'Diese Adresse gibt es im Fach-Cockpit nicht.'}</p>
      <p>
        <Link to="/fachkraft">Zu „Mein Tag“</Link> · <Link to="/fachkraft/faelle">Zur Fallliste</Link>
      </p>
    </div>
  );
}
