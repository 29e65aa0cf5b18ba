import type { TFreshness, THelpType } from '@lotse/shared';
import type { Tone } from '../ui/index.ts';

/**
 * Short names of the help types for the offer badges (the full names of @lotse/shared are too long
 * for a card; the badge's tooltip carries them).
 */
export const helpTypeShortLabels: Record<THelpType, string> = {
  p16_family_education: '§ 16 Familienförderung',
  p17_separation_counselling: '§ 17 Trennungsberatung',
  p18_custody_counselling: '§ 18 Sorge und Umgang',
  p19_parent_child_home: '§ 19 Mutter/Vater-Kind',
  p20_emergency_care: '§ 20 Notsituationen',
  p27_flexible: '§ 27 Hilfe zur Erziehung',
  p28_educational_counselling: '§ 28 Erziehungsberatung',
  p29_social_group_work: '§ 29 Soziale Gruppenarbeit',
  p30_educational_assistant: '§ 30 Erziehungsbeistand',
  p31_spfh: '§ 31 SPFH',
  p32_day_group: '§ 32 Tagesgruppe',
  p33_foster_care: '§ 33 Vollzeitpflege',
  p34_residential_care: '§ 34 Heimerziehung',
  p35_intensive_individual: '§ 35 Intensivbetreuung',
  p35a_integration_help: '§ 35a Eingliederungshilfe',
  p41_young_adults: '§ 41 Junge Volljährige',
  p42_emergency_custody: '§ 42 Inobhutnahme',
  p42a_uma_custody: '§ 42a Vorläufige Inobhutnahme',
  p8a_child_protection: '§ 8a Schutzauftrag',
  counselling: 'Beratung',
};

/** Green for today, neutral within the week, a warning for numbers nobody has confirmed for a week. */
export function freshnessTone(freshness: TFreshness): Tone {
  switch (freshness) {
    case 'today':
      return 'success';
    case 'week':
      return 'neutral';
    case 'stale':
    case 'never':
      return 'warning';
  }
}

/** "1 Platz", "4 Plätze". */
export function places(count: number): string {
  return count === 1 ? '1 Platz' : `${count} Plätze`;
}

/** The banner above the facilities, in singular or plural. */
export function waitingForConfirmation(count: number): string {
  return count === 1
    ? '1 Einrichtung wartet auf eine Bestätigung der freien Plätze.'
    : `${count} Einrichtungen warten auf eine Bestätigung der freien Plätze.`;
}

/** "3 frei, 1 reserviert". */
export function freeAndReserved(free: number, reserved: number): string {
  return `${free} frei, ${reserved} reserviert`;
}
