import { Link } from 'react-router';
import { Alert } from '../ui/index.ts';

/** Shown to signed-in staff without the admin role. */
export function NoPermission() {
  return (
    <div className="stack admin-narrow">
      <title>Keine Berechtigung – Lotse</title>
      <h1>Keine Berechtigung</h1>
      <Alert tone="warning" title="Die Verwaltung ist Administratorinnen und Administratoren vorbehalten.">
        <p>
          Ihr Konto hat keine Administrationsrechte. Wenn Sie Texte, Zuständigkeiten oder Sprechzeiten ändern
          möchten, wenden Sie sich bitte an die Administration Ihres Jugendamts.
        </p>
      </Alert>
      <p>
        <Link to="/fachkraft">Zurück zum Fach-Cockpit</Link>
      </p>
    </div>
  );
}
