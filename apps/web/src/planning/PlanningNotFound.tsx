import { Link } from 'react-router';
import { PLANNING_PATH } from './landing.ts';

export function PlanningNotFound() {
  return (
    <div className="stack">
      <title>Seite nicht gefunden – Lotse</title>
      <h1>Seite nicht gefunden</h1>
      <p>Diese Adresse gibt es in der Planung nicht.</p>
      <p>
        <Link to={PLANNING_PATH}>Zu den Kennzahlen</Link>
      </p>
    </div>
  );
}
