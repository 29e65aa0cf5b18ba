import { NavLink } from 'react-router';
import './section-nav.css';

export interface SectionLink {
  to: string;
  label: string;
  /** Current only on exactly this address (the area's start page). */
  end?: boolean;
}

/** The parts of a cockpit area ("Wissen", "Kooperation") as a row of tab-like links above each page. */
export function SectionNav(props: { label: string; links: readonly SectionLink[] }) {
  return (
    <nav className="section-nav" aria-label={props.label}>
      <ul>
        {props.links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
