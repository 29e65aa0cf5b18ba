import {
  providerEntryKindLabels,
  type TFreshness,
  type THelpType,
  type TInquiryRecipientStatus,
  type TShareSection,
} from '@lotse/shared';
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

/** How an answered or closed inquiry ended, from the provider's side. */
export function inquiryStatusTone(status: TInquiryRecipientStatus): Tone {
  switch (status) {
    case 'sent':
      return 'info';
    case 'accepted':
    case 'placed':
      return 'success';
    case 'declined':
    case 'withdrawn':
      return 'neutral';
    case 'expired':
      return 'warning';
  }
}

/** One sentence per state under a closed inquiry: what it means for the provider now. */
export function inquiryStatusText(status: TInquiryRecipientStatus): string {
  switch (status) {
    case 'sent':
      return 'Das Jugendamt wartet auf Ihre Antwort.';
    case 'accepted':
      return 'Sie halten einen Platz frei, bis das Jugendamt Ihr Angebot bestätigt oder die Anfrage zurückzieht.';
    case 'declined':
      return 'Sie haben die Anfrage abgelehnt.';
    case 'withdrawn':
      return 'Das Jugendamt hat die Anfrage zurückgezogen. Ein dafür gehaltener Platz ist wieder frei.';
    case 'placed':
      return 'Das Jugendamt hat Ihr Angebot bestätigt. Die Hilfe kann beginnen.';
    case 'expired':
      return 'Die Frist ist abgelaufen, ohne dass Sie geantwortet haben.';
  }
}

/** Whole days from the office's `today` to a deadline (both YYYY-MM-DD); negative once it has passed. */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** "noch 3 Tage", "noch 1 Tag", "nur noch heute". */
export function daysLeftText(days: number): string {
  if (days < 0) return 'Frist abgelaufen';
  if (days === 0) return 'nur noch heute';
  return days === 1 ? 'noch 1 Tag' : `noch ${days} Tage`;
}

/** Short names of the shared sections for headings (the contract's labels explain them). */
export const shareSectionTitles: Record<TShareSection, string> = {
  persons: 'Personen',
  contact: 'Kontaktdaten',
  help_plan: 'Hilfeplan',
  documents: 'Dokumente',
};

/** The label of a value the contract sends as a plain string (a role, a status); unknown ones as they are. */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return labels[value] ?? value;
}

/** The prefix the server puts before the title of a "Stand der Ziele" entry. */
const GOAL_PROGRESS_PREFIX = 'Stand der Ziele: ';

/**
 * The provider's kind of one of its entries. The case file keeps only "contact" and "note"; a note
 * whose title the server prefixed is the state of the goals, any other note a report.
 */
export function providerEntryLabel(entry: { kind: string; title: string }): string {
  if (entry.kind === 'contact') return providerEntryKindLabels.contact;
  return entry.title.startsWith(GOAL_PROGRESS_PREFIX)
    ? providerEntryKindLabels.goal_progress
    : providerEntryKindLabels.report;
}
