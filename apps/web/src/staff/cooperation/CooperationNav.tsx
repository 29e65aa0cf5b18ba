import { COLLEAGUES_PATH } from '../colleagues/paths.ts';
import { SectionNav } from '../SectionNav.tsx';
import { COOPERATION_PATH, DIRECTORY_PATH, PACKAGES_PATH } from './paths.ts';
import './cooperation.css';

/** The parts of "Kooperation", above each of its pages. */
export function CooperationNav() {
  return (
    <SectionNav
      label="Kooperation"
      links={[
        { to: COOPERATION_PATH, label: 'Geteilte Vorlagen', end: true },
        { to: DIRECTORY_PATH, label: 'Fachstellen der Region' },
        { to: PACKAGES_PATH, label: 'Vorlagenpakete' },
        { to: COLLEAGUES_PATH, label: 'Kolleg*innen anderer Ämter' },
      ]}
    />
  );
}
