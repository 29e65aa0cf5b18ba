import { SUPPRESSED, type TPlanningFigures } from '@lotse/shared';

const monthFormat = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

/** '2026-03' → "März 2026". */
export function monthLabel(month: string): string {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  if (!year || !m) return month;
  return monthFormat.format(new Date(Date.UTC(year, m - 1, 1)));
}

/** The period of an answer: "Januar 2025 bis Dezember 2025", "März 2026" or "heute" for a snapshot. */
export function periodLabel(figures: Pick<TPlanningFigures, 'from' | 'to'>, snapshot: boolean): string {
  if (snapshot) return 'heute';
  if (!figures.from || !figures.to) return 'ganzer Zeitraum';
  if (figures.from === figures.to) return monthLabel(figures.from);
  return `${monthLabel(figures.from)} bis ${monthLabel(figures.to)}`;
}

/** A number as German tables print it: "1.234,5". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A figure that may be suppressed ("."), or missing (null: e.g. a rate without population figures). */
export type Figure = number | typeof SUPPRESSED | null;

export const isSuppressed = (value: Figure): value is typeof SUPPRESSED => value === SUPPRESSED;

/** The number a chart draws: suppressed and missing figures are gaps, never zero. */
export function drawable(value: Figure): number | null {
  return typeof value === 'number' ? value : null;
}
