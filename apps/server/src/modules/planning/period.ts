import { type TPlanningDimension, timeDimensions } from '@lotse/shared';
import { badRequest } from '../../platform/errors.js';
import { addMonthsTo, nextMonth } from './measures.js';

/** The longest period a request may cover (ten years of months). */
export const MAX_MONTHS = 120;

export const isTime = (d: TPlanningDimension) => timeDimensions.includes(d);

/** The period of a request: the months given, or a default ending with the newest month built. */
export function resolvePeriod(
  by: TPlanningDimension,
  given: { from?: string; to?: string },
  built: { firstMonth: string; lastMonth: string },
): { from: string; to: string } {
  const to = given.to ?? built.lastMonth;
  const defaultFrom =
    by === 'year'
      ? addMonthsTo(to, -59)
      : by === 'month' || by === 'quarter'
        ? addMonthsTo(to, -23)
        : addMonthsTo(to, -11);
  // 'YYYY-MM' strings order like the months they name: the later of the default and the first built.
  const from = given.from ?? [defaultFrom, built.firstMonth].sort()[1] ?? defaultFrom;
  if (from > to) throw badRequest('Der Zeitraum beginnt nach seinem Ende.', { from: 'Beginn nach dem Ende' });
  if (monthsIn(from, to).length > MAX_MONTHS)
    throw badRequest('Bitte höchstens zehn Jahre auf einmal auswerten.', { from: 'Zeitraum zu lang' });
  return { from, to };
}

/** Every month from `from` to `to`, inclusive. */
export function monthsIn(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to && months.length <= MAX_MONTHS; m = nextMonth(m)) months.push(m);
  return months;
}

/** The bucket a month falls in for a time grouping ('YYYY-MM', 'YYYY-Q1', 'YYYY'). */
export function bucketOf(by: TPlanningDimension, month: string): string {
  if (by === 'year') return month.slice(0, 4);
  if (by === 'quarter') return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
  return month;
}

/** The buckets of a period, in order, each with its last month within the period. */
export function bucketsOf(
  by: TPlanningDimension,
  from: string,
  to: string,
): { key: string; lastMonth: string }[] {
  const buckets = new Map<string, string>();
  for (const m of monthsIn(from, to)) buckets.set(bucketOf(by, m), m);
  return [...buckets].map(([key, lastMonth]) => ({ key, lastMonth }));
}

const monthNames = [
  'Jan.',
  'Feb.',
  'März',
  'Apr.',
  'Mai',
  'Juni',
  'Juli',
  'Aug.',
  'Sep.',
  'Okt.',
  'Nov.',
  'Dez.',
];

/** How a time bucket reads: "März 2026", "1. Quartal 2026", "2026". */
export function bucketLabel(key: string): string {
  if (/^\d{4}-Q\d$/.test(key)) return `${key.slice(6)}. Quartal ${key.slice(0, 4)}`;
  if (/^\d{4}-\d{2}$/.test(key)) return `${monthNames[Number(key.slice(5)) - 1]} ${key.slice(0, 4)}`;
  return key;
}
