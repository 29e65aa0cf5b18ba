import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div className="stack">
      <title>Seite nicht gefunden – Lotse</title>
      <h1>Seite nicht gefunden</h1>
      <p>Diese Adresse gibt es nicht (mehr). Bitte prüfen Sie den Link.</p>
      <p>
        <Link to="/">Zur Startseite</Link>
      </p>
    </div>
  );
}
