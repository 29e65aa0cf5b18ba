import { NavLink } from 'react-router';
import { COLLEAGUES_PATH } from '../colleagues/paths.ts';
import { COOPERATION_PATH, DIRECTORY_PATH, PACKAGES_PATH } from './paths.ts';
import './cooperation.css';

/** The parts of "Kooperation", above each of its pages. */
export function CooperationNav() {
  return (
    <nav className="cooperation-nav" aria-label="Kooperation">
      <ul>
        <li>
          <NavLink to={COOPERATION_PATH} end>
            Geteilte Vorlagen
          </NavLink>
        </li>
        <li>
          <NavLink to={DIRECTORY_PATH}>Fachstellen der Region</NavLink>
        </li>
        <li>
          <NavLink to={PACKAGES_PATH}>Vorlagenpakete</NavLink>
        </li>
        <li>
          <NavLink to={COLLEAGUES_PATH}>Kolleg*innen anderer Ämter</NavLink>
        </li>
      </ul>
    </nav>
  );
}
