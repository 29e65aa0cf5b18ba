import type { TFamilyLanguage } from '@lotse/shared';
import { languageInfo } from '../i18n/languages.ts';
import { OFFICE_TIME_ZONE, officeDateIso } from '../time.ts';

/*
 * Dates, times and sizes in the family's language, for the family app and the video page. Times are
 * always the office's (Europe/Berlin, see ../time.ts), whatever the phone's time zone, and always in
 * the Gregorian calendar the office's letters use (Farsi would otherwise default to the Persian one).
 */

const locale = (lang: TFamilyLanguage) => languageInfo(lang).htmlLang;

/** "Montag, 23. November" */
export function formatDay(lang: TFamilyLanguage, date: Date): string {
  return new Intl.DateTimeFormat(locale(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: OFFICE_TIME_ZONE,
    calendar: 'gregory',
  }).format(date);
}

/** "23. November 2026": a calendar day (YYYY-MM-DD) such as the start or end of a consent. */
export function formatDate(lang: TFamilyLanguage, isoDay: string): string {
  return new Intl.DateTimeFormat(locale(lang), {
    dateStyle: 'long',
    timeZone: OFFICE_TIME_ZONE,
    calendar: 'gregory',
  }).format(new Date(`${isoDay}T12:00:00Z`));
}

/** "Montag, 23. November 2026 um 10:00" */
export function formatDateTime(lang: TFamilyLanguage, date: Date): string {
  return new Intl.DateTimeFormat(locale(lang), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: OFFICE_TIME_ZONE,
    calendar: 'gregory',
  }).format(date);
}

/** "23. November 2026 um 10:00": when the family sent its request. */
export function formatSentAt(lang: TFamilyLanguage, date: Date): string {
  return new Intl.DateTimeFormat(locale(lang), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: OFFICE_TIME_ZONE,
    calendar: 'gregory',
  }).format(date);
}

/** "23.11.26, 10:00": the time stamp of a message. */
export function formatMessageTime(lang: TFamilyLanguage, date: Date): string {
  return new Intl.DateTimeFormat(locale(lang), {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: OFFICE_TIME_ZONE,
    calendar: 'gregory',
  }).format(date);
}

/** "08:00" */
export function formatTime(lang: TFamilyLanguage, date: Date): string {
  return new Intl.DateTimeFormat(locale(lang), { timeStyle: 'short', timeZone: OFFICE_TIME_ZONE }).format(
    date,
  );
}

/** "08:00–08:30 Uhr" */
export function formatTimeRange(lang: TFamilyLanguage, start: Date, end: Date): string {
  return new Intl.DateTimeFormat(locale(lang), {
    timeStyle: 'short',
    timeZone: OFFICE_TIME_ZONE,
  }).formatRange(start, end);
}

/** "30 Minuten" (plural rules of the language included). */
export function formatMinutes(lang: TFamilyLanguage, minutes: number): string {
  return new Intl.NumberFormat(locale(lang), { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(
    minutes,
  );
}

/** "2,3 Megabyte", "240 Kilobyte": written out, as abbreviations like "م.ب." puzzle many readers. */
export function formatFileSize(lang: TFamilyLanguage, bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) {
    return new Intl.NumberFormat(locale(lang), {
      style: 'unit',
      unit: 'megabyte',
      unitDisplay: 'long',
      maximumFractionDigits: 1,
    }).format(megabytes);
  }
  return new Intl.NumberFormat(locale(lang), {
    style: 'unit',
    unit: 'kilobyte',
    unitDisplay: 'long',
    maximumFractionDigits: 0,
  }).format(Math.max(1, Math.round(bytes / 1024)));
}

/** Days between the office's calendar dates of two instants (0 = same day in Berlin). */
function officeDaysBetween(from: Date, to: Date): number {
  const day = (d: Date) => Date.parse(`${officeDateIso(d)}T00:00:00Z`);
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** "heute", "morgen" or the weekday ("Montag"): how people say when the office opens again. */
export function formatOpeningDay(lang: TFamilyLanguage, opening: Date, now = new Date()): string {
  const days = officeDaysBetween(now, opening);
  if (days === 0 || days === 1) {
    return new Intl.RelativeTimeFormat(locale(lang), { numeric: 'auto' }).format(days, 'day');
  }
  return new Intl.DateTimeFormat(locale(lang), { weekday: 'long', timeZone: OFFICE_TIME_ZONE }).format(
    opening,
  );
}
