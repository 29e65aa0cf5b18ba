import { PageHeader } from '../../ui/index.ts';
import { HoldsCard } from './HoldsCard.tsx';
import { PrivacyNav } from './PrivacyNav.tsx';
import { RetentionRunsCard } from './RetentionRunsCard.tsx';
import { RetentionSettingsCard } from './RetentionSettingsCard.tsx';
import './privacy.css';

/**
 * "Aufbewahrung und Löschung": the periods per record type, the legal holds, and the dry runs and
 * erasure runs that remove what is due (§ 84 Abs. 2 SGB X, Art. 5 Abs. 1 lit. e and Art. 17 DSGVO).
 */
export function RetentionPage() {
  return (
    <div className="privacy-page">
      <title>Aufbewahrung und Löschung – Datenschutz – Lotse</title>
      <PrivacyNav />
      <PageHeader
        title="Aufbewahrung und Löschung"
        lead="Wie lange Lotse Daten aufbewahrt, welche Fälle gesperrt sind, und was ein Probelauf als fällig zeigt – gelöscht wird nur, was ein Probelauf vorher aufgelistet hat."
      />
      <div className="privacy-layout">
        <RetentionSettingsCard />
        <HoldsCard />
        <RetentionRunsCard />
      </div>
    </div>
  );
}
