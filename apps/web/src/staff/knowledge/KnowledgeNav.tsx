import { NavLink } from 'react-router';
import { ARTICLES_PATH, KNOWLEDGE_PATH, LAW_PATH, ONBOARDING_PATH, QUESTIONS_PATH } from './paths.ts';
import './knowledge.css';

/** The parts of "Wissen", above each of its pages. */
export function KnowledgeNav() {
  return (
    <nav className="knowledge-nav" aria-label="Wissen">
      <ul>
        <li>
          <NavLink to={KNOWLEDGE_PATH} end>
            Suche und Überblick
          </NavLink>
        </li>
        <li>
          <NavLink to={ARTICLES_PATH}>Artikel</NavLink>
        </li>
        <li>
          <NavLink to={QUESTIONS_PATH}>Fragen aus dem Amt</NavLink>
        </li>
        <li>
          <NavLink to={ONBOARDING_PATH}>Einarbeitung</NavLink>
        </li>
        <li>
          <NavLink to={LAW_PATH}>Gesetze</NavLink>
        </li>
      </ul>
    </nav>
  );
}
