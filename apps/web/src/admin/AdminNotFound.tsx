import { Link } from 'react-router';

export function AdminNotFound() {
  return (
    <div className="stack">
      <title>Seite nicht gefunden – Lotse</title>
      <h1>Seite nicht gefunden</h1>
      <p>Diese Adresse gibt es in der Verwaltung nicht.</p>
      <p>
        <Link to="/admin">Zur Übersicht der Verwaltung</Link>
      </p>
    </div>
  );
}
