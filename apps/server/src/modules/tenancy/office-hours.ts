import { TZDate } from '@date-fns/tz';
import type { TTeamAvailability, TWeeklyHours } from '@lotse/shared';
import { ZWeeklyHoursSchema } from '@lotse/shared';
import { addDays, getISODay } from 'date-fns';

/** Offices keep German office hours; the schedule is read in this zone whatever the server's zone. */
export const OFFICE_TIME_ZONE = 'Europe/Berlin';

const officeDateFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: OFFICE_TIME_ZONE });
/** A day in the office's calendar as YYYY-MM-DD (today unless `at` is given). */
export const officeToday = (at: Date = new Date()) => officeDateFormat.format(at);

/** The given office-time clock (hours, minutes) in the coming night: for jobs that run nightly. */
export function nextNightAt(hours: number, minutes: number, now = new Date()): Date {
  const tomorrow = addDays(new TZDate(now.getTime(), OFFICE_TIME_ZONE), 1);
  return new Date(
    new TZDate(
      tomorrow.getFullYear(),
      tomorrow.getMonth(),
      tomorrow.getDate(),
      hours,
      minutes,
      0,
      OFFICE_TIME_ZONE,
    ).getTime(),
  );
}

/** Stored schedules are checked again on read; a broken value counts as "no hours entered". */
export function parseWeeklyHours(stored: unknown): TWeeklyHours {
  const parsed = ZWeeklyHoursSchema.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

function at(day: TZDate, clock: string): TZDate {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, 0, OFFICE_TIME_ZONE);
}

/**
 * Whether a team is in the office at `now`, and if not, when it opens next (within a week).
 * `openNow` is `null` when the team has no schedule: then nobody promises anything.
 */
export function teamAvailability(
  weeklyHours: TWeeklyHours,
  hours: string | null,
  now: Date,
): TTeamAvailability {
  if (weeklyHours.length === 0) return { openNow: null, nextOpening: null, hours };
  const today = new TZDate(now.getTime(), OFFICE_TIME_ZONE);
  for (let offset = 0; offset <= 7; offset++) {
    const day = addDays(today, offset);
    const openings = weeklyHours
      .filter((o) => o.weekday === getISODay(day))
      .sort((a, b) => a.opens.localeCompare(b.opens));
    for (const o of openings) {
      const opens = at(day, o.opens);
      const closes = at(day, o.closes);
      if (offset === 0 && opens.getTime() <= now.getTime() && now.getTime() < closes.getTime()) {
        return { openNow: true, nextOpening: null, hours };
      }
      if (opens.getTime() > now.getTime()) {
        return { openNow: false, nextOpening: new Date(opens.getTime()).toISOString(), hours };
      }
    }
  }
  return { openNow: false, nextOpening: null, hours };
}
