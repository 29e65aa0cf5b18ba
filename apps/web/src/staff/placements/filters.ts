import {
  type THelpType,
  type TOfferGender,
  type TOfferLanguage,
  type TOfferSetting,
  type TSpecialisation,
  ZHelpType,
  ZOfferGender,
  ZOfferLanguage,
  ZOfferSetting,
  ZSpecialisation,
} from '@lotse/shared';

/** Radius of the "nearby" criterion when the URL names none (the server's default too). */
export const DEFAULT_MAX_KM = 25;

/**
 * The search as it stands in the address bar, so that a search can be shared and the back button
 * returns to the previous one. Text fields stay strings: what the user typed goes to the server as
 * typed, and the server's answer (400 with `fields`) is shown at the field.
 */
export interface PlacementFilters {
  helpType: THelpType | '';
  setting: TOfferSetting | '';
  age: string;
  gender: TOfferGender | '';
  postcode: string;
  maxKm: string;
  language: TOfferLanguage | '';
  specialisations: TSpecialisation[];
  /** Emergency custody (§ 42 Inobhutnahme): only places free right now. */
  emergency: boolean;
}

/** The query parameters of the search; others in the URL (e.g. `caseId`) are kept but not sent. */
const SEARCH_KEYS = [
  'helpType',
  'setting',
  'age',
  'gender',
  'postcode',
  'maxKm',
  'language',
  'specialisations',
  'emergency',
] as const;

function oneOf<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }) {
  return (value: string | null): T | '' => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : '';
  };
}

const helpTypeOf = oneOf<THelpType>(ZHelpType);
const settingOf = oneOf<TOfferSetting>(ZOfferSetting);
const genderOf = oneOf<TOfferGender>(ZOfferGender);
const languageOf = oneOf<TOfferLanguage>(ZOfferLanguage);

/** Reads the filters from the URL; unknown codes in select fields are dropped. */
export function filtersFromParams(params: URLSearchParams): PlacementFilters {
  const specialisations = (params.get('specialisations') ?? '').split(',').flatMap((code) => {
    const parsed = ZSpecialisation.safeParse(code.trim());
    return parsed.success ? [parsed.data] : [];
  });
  return {
    helpType: helpTypeOf(params.get('helpType')),
    setting: settingOf(params.get('setting')),
    age: params.get('age') ?? '',
    gender: genderOf(params.get('gender')),
    postcode: params.get('postcode') ?? '',
    maxKm: params.get('maxKm') ?? '',
    language: languageOf(params.get('language')),
    specialisations: [...new Set(specialisations)],
    emergency: params.get('emergency') === 'true',
  };
}

/** The search parameters of `filters` (only those that are set). */
function searchEntries(filters: PlacementFilters): [string, string][] {
  const entries: [string, string][] = [];
  const add = (key: (typeof SEARCH_KEYS)[number], value: string) => {
    if (value.trim() !== '') entries.push([key, value.trim()]);
  };
  add('helpType', filters.helpType);
  add('setting', filters.setting);
  add('age', filters.age);
  add('gender', filters.gender);
  add('postcode', filters.postcode);
  // Only with a postcode: the radius means nothing without a place to measure from.
  if (filters.postcode.trim() && filters.maxKm.trim() && filters.maxKm.trim() !== String(DEFAULT_MAX_KM)) {
    add('maxKm', filters.maxKm);
  }
  add('language', filters.language);
  add('specialisations', filters.specialisations.join(','));
  if (filters.emergency) add('emergency', 'true');
  return entries;
}

/** The next URL query: the new filters, and whatever else was there (the case the search is for). */
export function paramsWithFilters(current: URLSearchParams, filters: PlacementFilters): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of SEARCH_KEYS) next.delete(key);
  for (const [key, value] of searchEntries(filters)) next.set(key, value);
  return next;
}

/** The API's query string for `filters` (`/api/placements/search?…`); the API refuses unknown keys. */
export function apiQuery(filters: PlacementFilters): string {
  const query = new URLSearchParams(searchEntries(filters)).toString();
  return query ? `?${query}` : '';
}

/** Whether the user asked for anything beyond the emergency switch (for the empty-state advice). */
export function hasCriteria(filters: PlacementFilters): boolean {
  return searchEntries({ ...filters, emergency: false }).length > 0;
}
