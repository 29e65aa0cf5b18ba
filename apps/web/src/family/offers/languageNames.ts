import type { TFamilyLanguage, TOfferLanguage } from '@lotse/shared';
import type { FamilyT } from '../../i18n/address.ts';
import { languageInfo } from '../../i18n/languages.ts';

/**
 * "Deutsch, Russisch und Ukrainisch": the languages a provider's team speaks, named in the reader's
 * language by the browser. German Sign Language (`dgs`, a three-letter code) has no name there and
 * comes from the texts.
 */
export function languageNames(t: FamilyT, lang: TFamilyLanguage, codes: readonly TOfferLanguage[]): string {
  const locale = languageInfo(lang).htmlLang;
  const names = new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' });
  const named = codes.map((code) => (code === 'dgs' ? t('offers.signLanguage') : (names.of(code) ?? code)));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(named);
}
