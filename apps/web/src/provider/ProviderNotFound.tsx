import { Link } from 'react-router';
import { PROVIDER_PATH } from './landing.ts';

export function ProviderNotFound() {
  return (
    <div className="stack">
      <title>Seite nicht gefunden – Lotse</title>
      <h1>Seite nicht gefunden</h1>
      <p>Diese Adresse gibt es im Trägerportal nicht.</p>
      <p>
        <Link to={PROVIDER_PATH}>Zu den freien Plätzen</Link>
      </p>
    </div>
  );
}
