import { familyLanguages, rtlLanguages, type TFamilyLanguage, type TFlowStep } from '@lotse/shared';

/** The family app's languages as German-speaking office staff name them. */
export const languageLabels: Record<TFamilyLanguage, string> = {
  de: 'Deutsch',
  'de-simple': 'Leichte Sprache',
  en: 'Englisch',
  ar: 'Arabisch',
  tr: 'Türkisch',
  uk: 'Ukrainisch',
  ru: 'Russisch',
  fa: 'Persisch (Farsi)',
};

export const languageOptions = familyLanguages.map((code) => ({ value: code, label: languageLabels[code] }));

/** Attributes for a text in a family language: screen readers switch voice, Arabic and Persian run right to left. */
export function textDirection(lang: TFamilyLanguage): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: lang === 'de-simple' ? 'de' : lang, dir: rtlLanguages.includes(lang) ? 'rtl' : 'ltr' };
}

export function isFamilyLanguageCode(value: string): value is TFamilyLanguage {
  return (familyLanguages as readonly string[]).includes(value);
}

/** What the family does in a step of the intake assistant. */
export const stepKindLabels: Record<TFlowStep['kind'], string> = {
  choice: 'Auswahl',
  text: 'Freitext',
  number: 'Zahl',
  address: 'Adresse',
  contact: 'Kontaktdaten',
  summary: 'Zusammenfassung',
};

/** ISO weekdays 1 (Monday) … 7 (Sunday). */
export const weekdayLabels = [
  'Montag',
  'Dienstag',
  'Mittwoch',
  'Donnerstag',
  'Freitag',
  'Samstag',
  'Sonntag',
] as const;
export const weekdayShort = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'] as const;

export function weekdayLabel(weekday: number): string {
  return weekdayLabels[weekday - 1] ?? String(weekday);
}
