/**
 * The one time zone of Lotse's web faces. Every time shown to staff and families, and every time
 * staff type in, is wall-clock time in the office's zone — whatever the zone of the browser. The
 * faces format with this zone (staff: `staff/format.ts`, families and the video page:
 * `family/format.ts`); code must not read the browser's zone (`getHours()`, `toLocale…String()` without
 * `timeZone`).
 */
export const OFFICE_TIME_ZONE = 'Europe/Berlin';

/** Wall-clock parts of an instant in the office's zone (month 1–12, hour 0–23). */
export interface OfficeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: OFFICE_TIME_ZONE,
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** The office's calendar date and clock time at `instant`. */
export function officeParts(instant: Date | number): OfficeParts {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of partsFormat.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The office's calendar date at `instant` as `YYYY-MM-DD` (the value of a date input). */
export function officeDateIso(instant: Date | number = Date.now()): string {
  const p = officeParts(instant);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** How far the office's clock is ahead of UTC at `instant`, in milliseconds. */
function officeOffset(instant: number): number {
  const p = officeParts(instant);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the office's clock shows `date` (`YYYY-MM-DD`) and `time` (`HH:MM`), e.g. an
 * appointment a caseworker types in — on a laptop in New York, too. A time skipped when the clocks
 * go forward counts as the hour after; a time that occurs twice in autumn as the second one.
 * Null when the input is incomplete or no real date.
 */
export function officeInstant(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // 31 February and the like roll over into the next month: not a date anyone meant.
  if (new Date(wall).getUTCDate() !== day) return null;
  const first = officeOffset(wall);
  const second = officeOffset(wall - first);
  return new Date(wall - second);
}

/**
 * A calendar date without time of day (`YYYY-MM-DD`: birth date, due date) as a Date at UTC midnight.
 * Format it with `timeZone: 'UTC'`: a date has no zone, and no browser may shift it to the day before.
 */
export function calendarDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}
