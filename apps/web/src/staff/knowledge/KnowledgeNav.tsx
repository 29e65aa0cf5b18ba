import { SectionNav } from '../SectionNav.tsx';
import { ARTICLES_PATH, KNOWLEDGE_PATH, LAW_PATH, ONBOARDING_PATH, QUESTIONS_PATH } from './paths.ts';
import './knowledge.css';

/** The parts of "Wissen", above each of its pages. */
export function KnowledgeNav() {
  return (
    <SectionNav
      label="Wissen"
      links={[
        { to: KNOWLEDGE_PATH, label: 'Suche und Überblick', end: true },
        { to: ARTICLES_PATH, label: 'Artikel' },
        { to: QUESTIONS_PATH, label: 'Fragen aus dem Amt' },
        { to: ONBOARDING_PATH, label: 'Einarbeitung' },
        { to: LAW_PATH, label: 'Gesetze' },
      ]}
    />
  );
}
