import { useFamilyTranslation } from '../../i18n/address.ts';
import { currentLanguage, switchLanguage } from '../../i18n/i18n.ts';
import { familyLanguageList } from '../../i18n/languages.ts';

/**
 * Buttons with each language's own name (and its `lang`, so screen readers pronounce it).
 * `onChosen` runs after the texts of the new language are loaded.
 */
export function LanguagePicker(props: { onChosen?: () => void }) {
  const { i18n } = useFamilyTranslation();
  const current = currentLanguage(i18n);
  return (
    <ul className="fam-lang-list">
      {familyLanguageList.map((lang) => (
        <li key={lang.code}>
          <button
            type="button"
            className="fam-lang-option"
            lang={lang.htmlLang}
            dir={lang.dir}
            aria-pressed={lang.code === current}
            onClick={() => {
              switchLanguage(i18n, lang.code).then(
                () => props.onChosen?.(),
                (error: unknown) => console.error('Sprache konnte nicht geladen werden', error),
              );
            }}
          >
            {lang.nativeName}
          </button>
        </li>
      ))}
    </ul>
  );
}
