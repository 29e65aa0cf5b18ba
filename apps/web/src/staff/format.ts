import type { TCaseStatus } from '@lotse/shared';
import { calendarDate, OFFICE_TIME_ZONE, officeDateIso, officeParts } from '../time.ts';
import type { Tone } from '../ui/index.ts';

/*
 * Dates and times for the staff cockpit and the administration: always the office's wall clock
 * (Europe/Berlin, see ../time.ts), whatever the zone of the browser.
 */

const dateFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: OFFICE_TIME_ZONE,
});
/** The same for calendar dates (birth dates, due dates): they have no zone. */
const calendarDateFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: OFFICE_TIME_ZONE,
});

/** "01.05.2026": a calendar date as it is, an instant as the office's date. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '–';
  const day = calendarDate(value);
  if (day) return calendarDateFormat.format(day);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** "01.05.2026, 10:00 Uhr" on the office's clock. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '–';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : `${dateTimeFormat.format(date)} Uhr`;
}

/** Age in full years on the office's calendar day `today`, or null without a birth date. */
export function ageInYears(birthDate: string | null | undefined, today = new Date()): number | null {
  if (!birthDate) return null;
  const birth = calendarDate(birthDate);
  if (!birth) return null;
  const now = officeParts(today);
  let age = now.year - birth.getUTCFullYear();
  const beforeBirthday =
    now.month - 1 < birth.getUTCMonth() ||
    (now.month - 1 === birth.getUTCMonth() && now.day < birth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

export function formatAge(birthDate: string | null | undefined): string {
  const age = ageInYears(birthDate);
  if (age === null) return '';
  return age === 1 ? '1 Jahr' : `${age} Jahre`;
}

export function fullName(p: { firstName: string; lastName: string }): string {
  return `${p.firstName} ${p.lastName}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} Byte`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb.toLocaleString('de-DE', { maximumFractionDigits: 0 })} KB`;
  return `${(kb / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
}

export function caseStatusTone(status: TCaseStatus): Tone {
  switch (status) {
    case 'inquiry':
      return 'accent';
    case 'clarification':
      return 'warning';
    case 'planning':
      return 'info';
    case 'running':
      return 'success';
    case 'review':
      return 'warning';
    case 'closed':
      return 'neutral';
  }
}

/** Today's date in the office as YYYY-MM-DD, for date inputs. */
export function todayIso(): string {
  return officeDateIso();
}

/** Turns zod issues into a field → message map keyed by the dotted path ("persons.0.person.firstName"). */
export function issuesToFields(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}

const languageNames = new Intl.DisplayNames(['de'], { type: 'language', fallback: 'code' });

/** "de" → "Deutsch"; unknown codes are shown as they are. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    // Invalid language tag: show what was stored.
    return code;
  }
}
