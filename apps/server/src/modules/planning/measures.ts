import type { TAgeGroup } from '@lotse/shared';

// The measures the aggregates count, and the small date helpers they are built with.

export const measures = [
  /** helps running at the end of the month (a stock) */
  'help_running',
  /** helps started in the month; `age_at_start` sums the age (years) where the birth date is known */
  'help_started',
  'age_at_start',
  /** helps ended in the month; total = duration in months */
  'help_ended',
  /** ended helps with a known reason, and of them: as planned, early (codes 20–22) */
  'ended_reason_known',
  'ended_as_planned',
  'ended_early',
  /** ended helps with rated goals; total = share of goals reached (0–1) */
  'goals_at_end',
  /** § 8a procedures completed in the month, and of them with an acute or latent endangerment */
  'p8a_assessed',
  'p8a_endangerment',
  /** § 42 / § 42a measures started in the month */
  'custody_started',
  /** requests answered for the first time; total = days from the request to the first answer */
  'first_contact',
  /** placements started after an inquiry; total = days from the inquiry to the start */
  'placement_wait',
  /** feedback answers; total = sum of the answer's mean score (1–5) */
  'feedback',
  /** today's workload (month = the build's month): open cases, caseworkers with open cases, overdue deadlines */
  'open_cases',
  'caseworkers_active',
  'overdue_review',
  'overdue_8a',
] as const;
export type Measure = (typeof measures)[number];

/** Help types counted as educational help (HzE survey: §§ 27–35, 35a, 41). */
export const EDUCATIONAL_HELP_TYPES = [
  'p27_flexible',
  'p28_educational_counselling',
  'p29_social_group_work',
  'p30_educational_assistant',
  'p31_spfh',
  'p32_day_group',
  'p33_foster_care',
  'p34_residential_care',
  'p35_intensive_individual',
  'p35a_integration_help',
  'p41_young_adults',
] as const;
/** Out-of-home placement: foster care and residential care. */
export const OUT_OF_HOME_HELP_TYPES = ['p33_foster_care', 'p34_residential_care'] as const;
export const CUSTODY_HELP_TYPES = ['p42_emergency_custody', 'p42a_uma_custody'] as const;

/** A goal counts as reached when its progress at the end is rated 8 of 10 or higher. */
export const GOAL_REACHED_FROM = 8;

const DAY_MS = 86_400_000;

/** 'YYYY-MM' of a date or ISO string. */
export const monthOf = (d: Date | string): string =>
  (typeof d === 'string' ? d : d.toISOString()).slice(0, 7);

/** The month after 'YYYY-MM'. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** 'YYYY-MM' shifted by `delta` months. */
export function addMonthsTo(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last day of a month as 'YYYY-MM-DD'. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Year, month and day of 'YYYY-MM-DD'. */
export const dayParts = (day: string) => day.split('-').map(Number) as [number, number, number];

/** Full years between a birth date and a date (both 'YYYY-MM-DD'); null without a birth date. */
export function ageAt(birthDate: string | null, on: string): number | null {
  if (!birthDate) return null;
  return ageOfParts(dayParts(birthDate), dayParts(on));
}

/** `ageAt` for dates already split into year, month and day. */
export function ageOfParts(
  [by, bm, bd]: readonly [number, number, number],
  [y, m, d]: readonly [number, number, number],
): number | null {
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  return age >= 0 ? age : null;
}

/** Age in years with fractions (for mean ages). */
export function exactAgeAt(birthDate: string | null, on: string): number | null {
  if (!birthDate) return null;
  const years = (Date.parse(on) - Date.parse(birthDate)) / (365.25 * DAY_MS);
  return years >= 0 ? years : null;
}

/** The age group of a full age (the official § 42 groups, extended to young adults). */
export function ageGroupOf(age: number | null): TAgeGroup {
  if (age === null) return 'unknown';
  if (age < 3) return '0-3';
  if (age < 6) return '3-6';
  if (age < 9) return '6-9';
  if (age < 12) return '9-12';
  if (age < 14) return '12-14';
  if (age < 16) return '14-16';
  if (age < 18) return '16-18';
  if (age < 21) return '18-21';
  return '21+';
}

/** Days between two instants. */
export const daysBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY_MS;
/** Months between two dates ('YYYY-MM-DD'), as the statistics count duration (30.44 days). */
export const monthsBetween = (from: string, to: string) =>
  (Date.parse(to) - Date.parse(from)) / (30.44 * DAY_MS);
