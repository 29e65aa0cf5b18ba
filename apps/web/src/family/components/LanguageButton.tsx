import { useState } from 'react';
import { useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { languageInfo } from '../../i18n/languages.ts';
import { FamilyDialog } from './FamilyDialog.tsx';
import { GlobeIcon } from './icons.tsx';
import { LanguagePicker } from './LanguagePicker.tsx';

/** Header button that opens the language choice; it shows the current language's own name. */
export function LanguageButton() {
  const { t, i18n } = useFamilyTranslation();
  const [open, setOpen] = useState(false);
  const info = languageInfo(currentLanguage(i18n));
  return (
    <>
      <button type="button" className="fam-lang-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        <GlobeIcon />
        <span className="visually-hidden">{t('layout.language')}: </span>
        <span>{info.nativeName}</span>
      </button>
      <FamilyDialog open={open} title={t('layout.chooseLanguage')} onClose={() => setOpen(false)}>
        <LanguagePicker onChosen={() => setOpen(false)} />
      </FamilyDialog>
    </>
  );
}
