import {
  freshnessLabels,
  helpTypeLabels,
  offerLanguageLabels,
  type TFreshness,
  type THelpType,
  type TOfferLanguage,
  type TPlacementCriterion,
  type TPlacementSearchQuery,
} from '@lotse/shared';

export interface CriterionResult {
  key: TPlacementCriterion;
  label: string;
  met: boolean;
}

/** What one match met of the criteria the search asked for (filters count as met: they passed). */
export interface MatchFacts {
  specialisationsMet: boolean;
  languageMet: boolean;
  distanceKm: number | null;
  distanceMet: boolean;
  freePlaces: number;
  fresh: boolean;
  freshness: TFreshness;
}

const km = (value: number) => `${value < 10 ? value.toFixed(1).replace('.', ',') : Math.round(value)} km`;

/** The criteria of a search, each met or not, in the order the caseworker reads them. */
export function criteriaOf(query: TPlacementSearchQuery, facts: MatchFacts): CriterionResult[] {
  const list: CriterionResult[] = [];
  if (query.helpType)
    list.push({ key: 'helpType', label: helpTypeLabels[query.helpType as THelpType], met: true });
  if (query.age !== undefined) list.push({ key: 'age', label: `Alter ${query.age}`, met: true });
  if (query.gender) list.push({ key: 'gender', label: 'Geschlecht', met: true });
  if (query.specialisations && query.specialisations.length > 0) {
    list.push({ key: 'specialisations', label: 'Schwerpunkte', met: facts.specialisationsMet });
  }
  if (query.language) {
    list.push({
      key: 'language',
      label: `spricht ${offerLanguageLabels[query.language as TOfferLanguage]}`,
      met: facts.languageMet,
    });
  }
  if (facts.distanceKm !== null) {
    list.push({ key: 'distance', label: `höchstens ${km(query.maxKm)} entfernt`, met: facts.distanceMet });
  }
  list.push({ key: 'free', label: 'freier Platz', met: facts.freePlaces > 0 });
  list.push({ key: 'fresh', label: 'Angaben aktuell', met: facts.fresh });
  return list;
}

/** "5 von 6 Kriterien · 12 km · 2 freie Plätze · heute bestätigt" */
export function explanationOf(criteria: CriterionResult[], facts: MatchFacts): string {
  const met = criteria.filter((c) => c.met).length;
  const parts = [`${met} von ${criteria.length} Kriterien`];
  if (facts.distanceKm !== null) parts.push(km(facts.distanceKm));
  parts.push(
    facts.freePlaces === 0
      ? 'kein freier Platz'
      : facts.freePlaces === 1
        ? '1 freier Platz'
        : `${facts.freePlaces} freie Plätze`,
  );
  parts.push(freshnessLabels[facts.freshness]);
  return parts.join(' · ');
}
