import { FRESHNESS_WEEK_DAYS, type TFreshness } from '@lotse/shared';
import { officeToday } from '../tenancy/index.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How current confirmed numbers are: today (office calendar), within a week, older, or never. */
export function freshnessOf(confirmedAt: Date | string | null, now: Date = new Date()): TFreshness {
  if (confirmedAt === null) return 'never';
  const at = new Date(confirmedAt);
  if (officeToday(at) === officeToday(now)) return 'today';
  return now.getTime() - at.getTime() < FRESHNESS_WEEK_DAYS * DAY_MS ? 'week' : 'stale';
}

export const isoOrNull = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();
