import type { TPlacementResult, TPlacementSearchQuery, TPlacementSearchResponse } from '@lotse/shared';
import { badRequest } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import {
  freshnessOf,
  isoOrNull,
  type OfferMatch,
  postcodeLocation,
  searchOffers,
} from '../providers/index.js';
import { criteriaOf, explanationOf } from './explain.js';

/**
 * The placement search: offers of the providers serving the office, filtered by help type, age,
 * gender and setting, ranked by fit, each result explained. The emergency switch (§ 42) leaves only
 * facilities with a place free now. Offers hold no personal data, so the search is not audited.
 */
export async function searchPlacements(
  scope: ActorScope,
  query: TPlacementSearchQuery,
): Promise<TPlacementSearchResponse> {
  requireOfficeAction(scope.actor, 'search_placements');
  const origin = query.postcode ? await postcodeLocation(scope.tx, query.postcode) : null;
  if (query.postcode && !origin) {
    throw badRequest(
      `Die Postleitzahl ${query.postcode} ist Lotse nicht bekannt. Bitte eine andere angeben.`,
      {
        postcode: 'Unbekannte Postleitzahl',
      },
    );
  }
  const matches = await searchOffers(scope.tx, {
    helpType: query.helpType,
    setting: query.setting,
    age: query.age,
    gender: query.gender,
    specialisations: query.specialisations ?? [],
    language: query.language,
    origin: origin ?? undefined,
    maxKm: query.maxKm,
    onlyFree: query.emergency,
    limit: query.limit,
  });
  const now = new Date();
  return {
    items: matches.map((m) => present(query, m, now)),
    total: Number(matches[0]?.total ?? 0),
    emergency: query.emergency,
    origin: origin ? { postcode: origin.postcode, place: origin.place } : null,
  };
}

function present(query: TPlacementSearchQuery, m: OfferMatch, now: Date): TPlacementResult {
  const distanceKm = m.distance_km === null ? null : Math.round(Number(m.distance_km) * 10) / 10;
  const facts = {
    specialisationsMet: m.specialisations_met,
    languageMet: m.language_met,
    distanceKm,
    distanceMet: m.distance_met,
    freePlaces: m.free_places,
    fresh: m.fresh,
    freshness: freshnessOf(m.confirmed_at, now),
  };
  const criteria = criteriaOf(query, facts);
  return {
    facilityId: m.facility_id,
    offerId: m.offer_id,
    providerId: m.provider_id,
    providerName: m.provider_name,
    facilityName: m.facility_name,
    offerTitle: m.title,
    city: m.city,
    postcode: m.postcode,
    setting: m.setting,
    helpTypes: m.help_types as TPlacementResult['helpTypes'],
    ageMin: m.age_min,
    ageMax: m.age_max,
    specialisations: m.specialisations as TPlacementResult['specialisations'],
    languages: m.languages as TPlacementResult['languages'],
    capacity: m.capacity,
    freePlaces: m.free_places,
    reservedPlaces: m.reserved_places,
    confirmedAt: isoOrNull(m.confirmed_at),
    freshness: facts.freshness,
    distanceKm,
    criteria,
    explanation: explanationOf(criteria, facts),
    phone: m.phone,
    email: m.email,
  };
}
