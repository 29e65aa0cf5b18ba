import { PageHeader } from '../../ui/index.ts';
import { mayInOffice, useCurrentUser } from '../session.tsx';
import { CooperationNav } from './CooperationNav.tsx';
import { ExportPackageForm } from './ExportPackageForm.tsx';
import { ImportPackageForm } from './ImportPackageForm.tsx';
import { OfficeKeyCard } from './OfficeKeyCard.tsx';

/**
 * Template packages for offices on other installations: a JSON file signed with the office's key,
 * so nothing depends on one central server. The receiving office checks the signer's fingerprint
 * with the sender (phone, letter) before importing.
 */
export function PackagesPage() {
  const me = useCurrentUser();
  const mayExchange = mayInOffice(me, 'publish_cooperation');
  return (
    <div className="cooperation-page">
      <title>Vorlagenpakete – Kooperation – Lotse</title>
      <CooperationNav />
      <PageHeader
        title="Vorlagenpakete"
        lead="Vorlagen mit Jugendämtern austauschen, die Lotse auf einem anderen Server betreiben: als Datei, signiert mit dem Schlüssel Ihres Amtes."
      />
      <OfficeKeyCard />
      {mayExchange ? (
        <div className="cooperation-package-grid">
          <ExportPackageForm />
          <ImportPackageForm />
        </div>
      ) : (
        <p className="small">Pakete exportieren und einlesen Teamleitungen und die Administration.</p>
      )}
    </div>
  );
}
