import { useState } from 'react';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { EmergencyNumbers } from './EmergencyNumbers.tsx';
import { FamilyDialog } from './FamilyDialog.tsx';
import { PhoneIcon } from './icons.tsx';

/** The fixed "Hilfe sofort" button on every family page and the panel with the numbers. */
export function EmergencyButton() {
  const { t } = useFamilyTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="fam-sos" onClick={() => setOpen(true)} aria-haspopup="dialog">
        <PhoneIcon />
        <span>{t('emergency.button')}</span>
      </button>
      <FamilyDialog open={open} title={t('emergency.title')} onClose={() => setOpen(false)} tone="danger">
        <p className="fam-sos-lead">{t('emergency.lead')}</p>
        <EmergencyNumbers />
        <p className="fam-sos-note">{t('emergency.note')}</p>
      </FamilyDialog>
    </>
  );
}
