import type { TCaseStatus } from '@lotse/shared';
import type { Tone } from '../ui/index.ts';

const dateFormat = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Parses "2026-05-01" as a local calendar date (not UTC midnight, which may show the day before). */
function parseDate(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(value);
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '–';
  const date = parseDate(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '–';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : `${dateTimeFormat.format(date)} Uhr`;
}

/** Age in full years today, or null without a birth date. */
export function ageInYears(birthDate: string | null | undefined, today = new Date()): number | null {
  if (!birthDate) return null;
  const birth = parseDate(birthDate);
  if (Number.isNaN(birth.getTime())) return null;
  let age = today.getFullYear() - birth.getFullYear();
  const beforeBirthday =
    today.getMonth() < birth.getMonth() ||
    (today.getMonth() === birth.getMonth() && today.getDate() < birth.getDate());
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

/** Today's date as YYYY-MM-DD in local time, for date inputs. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
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
