import type { TFamilyLanguage } from '@lotse/shared';

/**
 * The languages of the family app. Kept here as plain data (not imported from @lotse/shared at
 * run time) so the family start page does not load zod; the type check below keeps both lists equal.
 */
export interface FamilyLanguageInfo {
  code: TFamilyLanguage;
  /** Value for <html lang>; easy German is still German for screen readers and hyphenation. */
  htmlLang: string;
  dir: 'ltr' | 'rtl';
  /** The language's own name, so people find it without reading German. */
  nativeName: string;
}

export const familyLanguageList = [
  { code: 'de', htmlLang: 'de', dir: 'ltr', nativeName: 'Deutsch' },
  { code: 'de-simple', htmlLang: 'de', dir: 'ltr', nativeName: 'Leichte Sprache' },
  { code: 'en', htmlLang: 'en', dir: 'ltr', nativeName: 'English' },
  { code: 'ar', htmlLang: 'ar', dir: 'rtl', nativeName: 'العربية' },
  { code: 'tr', htmlLang: 'tr', dir: 'ltr', nativeName: 'Türkçe' },
  { code: 'uk', htmlLang: 'uk', dir: 'ltr', nativeName: 'Українська' },
  { code: 'ru', htmlLang: 'ru', dir: 'ltr', nativeName: 'Русский' },
  { code: 'fa', htmlLang: 'fa', dir: 'rtl', nativeName: 'فارسی' },
] as const satisfies readonly FamilyLanguageInfo[];

// Compile-time guard: every language of the shared contract has an entry here.
type MissingLanguage = Exclude<TFamilyLanguage, (typeof familyLanguageList)[number]['code']>;
const everyLanguageListed: [MissingLanguage] extends [never] ? true : never = true;
void everyLanguageListed;

export const defaultLanguage: TFamilyLanguage = 'de';

export function isFamilyLanguage(value: unknown): value is TFamilyLanguage {
  return familyLanguageList.some((l) => l.code === value);
}

export function languageInfo(code: TFamilyLanguage): FamilyLanguageInfo {
  return familyLanguageList.find((l) => l.code === code) ?? familyLanguageList[0];
}

/** First language of the browser that the app speaks (never `de-simple`: that is a choice, not a locale). */
export function browserLanguage(preferred: readonly string[]): TFamilyLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = familyLanguageList.find((l) => l.code === base);
    if (match) return match.code;
  }
  return defaultLanguage;
}
