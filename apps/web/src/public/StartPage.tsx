import { Link } from 'react-router';
import { buttonClass } from '../ui/index.ts';
import './public.css';

export function StartPage() {
  return (
    <div className="start">
      <title>Lotse – Jugendamt Musterstadt</title>
      <h1>Lotse – Jugendamt Musterstadt</h1>
      <p className="start-lead">
        Hier finden Familien, Kinder und Jugendliche bald einen einfachen Weg zu Beratung und Unterstützung
        durch das Jugendamt – vertraulich, in vielen Sprachen und ohne Installation.
      </p>
      <p>
        Sie brauchen jetzt Hilfe? Rufen Sie das Jugendamt an oder kommen Sie vorbei. In akuten Notfällen
        wählen Sie <strong>110</strong> (Polizei) oder <strong>112</strong> (Rettungsdienst).
      </p>
      <div className="start-staff">
        <h2>Für Mitarbeitende</h2>
        <p>Fachkräfte des Jugendamts melden sich hier im Fach-Cockpit an.</p>
        <Link className={buttonClass('primary')} to="/fachkraft">
          Anmeldung für Mitarbeitende
        </Link>
      </div>
    </div>
  );
}
