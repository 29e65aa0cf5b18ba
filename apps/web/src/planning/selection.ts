import {
  type TPlanningDimension,
  type TPlanningFiguresQuery,
  type TPlanningIndicator,
  type TPlanningIndicatorsResponse,
  timeDimensions,
} from '@lotse/shared';

/**
 * What the dashboard shows, as it stands in the URL (`?indicator=…&by=…&from=…&to=…&socialArea=…&helpType=…`),
 * so a selection can be shared and the back button goes to the previous one.
 */
export type Selection = TPlanningFiguresQuery;

export const isTimeDimension = (d: TPlanningDimension) => timeDimensions.includes(d);

/** The social-area filter: for any grouping but by social area, if the indicator has social areas. */
export function allowsAreaFilter(indicator: TPlanningIndicator, by: TPlanningDimension): boolean {
  return by !== 'socialArea' && indicator.dimensions.includes('socialArea');
}

/** The help-type filter: only for the grouping by social area, if the indicator has help types. */
export function allowsHelpTypeFilter(indicator: TPlanningIndicator, by: TPlanningDimension): boolean {
  return by === 'socialArea' && indicator.dimensions.includes('helpType');
}

const isMonth = (value: string | null | undefined): value is string =>
  typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/**
 * A selection the server accepts, from any wish (the URL, or a changed picker): an unknown indicator
 * becomes the first, a grouping the indicator lacks its first grouping; filters and the period are
 * dropped where they do not apply (the rules of the server's `layout.ts`), unknown codes too.
 */
export function normalise(
  wish: Partial<Record<keyof Selection, string | null | undefined>>,
  meta: TPlanningIndicatorsResponse,
): { selection: Selection; indicator: TPlanningIndicator } | null {
  const indicator = meta.items.find((i) => i.id === wish.indicator) ?? meta.items[0];
  if (!indicator) return null;
  const by =
    indicator.dimensions.find((d) => d === wish.by) ?? (indicator.dimensions[0] as TPlanningDimension);
  const selection: Selection = { indicator: indicator.id, by };
  if (!indicator.snapshot) {
    if (isMonth(wish.from)) selection.from = wish.from;
    if (isMonth(wish.to)) selection.to = wish.to;
  }
  if (allowsAreaFilter(indicator, by) && meta.socialAreas.some((a) => a.code === wish.socialArea))
    selection.socialArea = wish.socialArea ?? undefined;
  if (allowsHelpTypeFilter(indicator, by) && meta.helpTypes.some((h) => h.code === wish.helpType))
    selection.helpType = wish.helpType ?? undefined;
  return { selection, indicator };
}

/** The selection from the URL's query. */
export function wishFromParams(params: URLSearchParams) {
  return {
    indicator: params.get('indicator'),
    by: params.get('by'),
    from: params.get('from'),
    to: params.get('to'),
    socialArea: params.get('socialArea'),
    helpType: params.get('helpType'),
  };
}

/** The URL query of a selection, in a fixed order (so equal selections give equal addresses). */
export function paramsOf(selection: Selection): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['indicator', 'by', 'from', 'to', 'socialArea', 'helpType'] as const) {
    const value = selection[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** Every month from `first` to `last` ('YYYY-MM'), oldest first. */
export function monthsBetween(first: string | null, last: string | null): string[] {
  if (!isMonth(first) || !isMonth(last)) return [];
  const months: string[] = [];
  let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  // Ten years and a bit at most: the server refuses longer periods anyway.
  while (months.length < 240) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}
