import { SectionNav } from '../SectionNav.tsx';
import { PRIVACY_PATH, RETENTION_PATH } from './paths.ts';

/** The parts of "Datenschutz", above each of its start pages. */
export function PrivacyNav() {
  return (
    <SectionNav
      label="Datenschutz"
      links={[
        { to: PRIVACY_PATH, label: 'Rechte betroffener Personen', end: true },
        { to: RETENTION_PATH, label: 'Aufbewahrung und Löschung' },
      ]}
    />
  );
}
