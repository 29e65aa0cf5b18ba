import { FRESHNESS_WEEK_DAYS } from '@lotse/shared';
import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../../db/connection.js';

/** What the placement search filters by (hard) and ranks by (soft); absent criteria are not asked. */
export interface OfferSearch {
  helpType?: string | undefined;
  setting?: string | undefined;
  age?: number | undefined;
  gender?: string | undefined;
  /** Soft: every one of them is offered. */
  specialisations: string[];
  /** Soft: the team speaks it. */
  language?: string | undefined;
  /** Soft: within `maxKm` of this point. */
  origin?: { latitude: number; longitude: number } | undefined;
  maxKm: number;
  /** Only facilities with a free place now. */
  onlyFree: boolean;
  limit: number;
}

export interface OfferMatch {
  offer_id: string;
  title: string;
  help_types: string[];
  setting: 'ambulant' | 'teilstationaer' | 'stationaer';
  age_min: number;
  age_max: number;
  specialisations: string[];
  languages: string[];
  facility_id: string;
  facility_name: string;
  city: string;
  postcode: string;
  phone: string | null;
  email: string | null;
  capacity: number;
  free_places: number;
  reserved_places: number;
  confirmed_at: Date | string | null;
  provider_id: string;
  provider_name: string;
  distance_km: number | null;
  specialisations_met: boolean;
  language_met: boolean;
  distance_met: boolean;
  fresh: boolean;
  total: string | number;
}

const and = (conditions: RawBuilder<unknown>[]) =>
  conditions.length === 0 ? sql`true` : sql.join(conditions, sql` AND `);

/**
 * The offers of the providers serving this office (provider_offices, bound to the office by row-level
 * security) that pass the filters, best fit first, one per facility. The fit counts the soft criteria
 * met, then free places, distance and freshness. Price is not among them.
 */
export async function searchOffers(tx: Tx, search: OfferSearch): Promise<OfferMatch[]> {
  const filters: RawBuilder<unknown>[] = [sql`o.active`];
  if (search.helpType) filters.push(sql`o.help_types @> ARRAY[${search.helpType}]::text[]`);
  if (search.setting) filters.push(sql`o.setting = ${search.setting}`);
  if (search.age !== undefined) filters.push(sql`${search.age}::int BETWEEN o.age_min AND o.age_max`);
  if (search.gender) filters.push(sql`(cardinality(o.genders) = 0 OR ${search.gender} = ANY(o.genders))`);
  if (search.onlyFree) filters.push(sql`f.free_places > 0`);

  const distance = search.origin
    ? sql<number>`earth_distance(ll_to_earth(f.latitude, f.longitude), ll_to_earth(${search.origin.latitude}::float8, ${search.origin.longitude}::float8)) / 1000.0`
    : sql<null>`NULL::float8`;
  const specialisationsMet =
    search.specialisations.length > 0
      ? sql<boolean>`o.specialisations @> ${search.specialisations}::text[]`
      : sql<boolean>`true`;
  const languageMet = search.language
    ? sql<boolean>`${search.language} = ANY(o.languages)`
    : sql<boolean>`true`;

  const result = await sql<OfferMatch>`
    WITH matches AS (
      SELECT o.id AS offer_id, o.title, o.help_types, o.setting, o.age_min, o.age_max,
             o.specialisations, o.languages,
             f.id AS facility_id, f.name AS facility_name, f.city, f.postcode, f.phone, f.email,
             f.capacity, f.free_places, f.reserved_places, f.confirmed_at,
             p.id AS provider_id, p.name AS provider_name,
             ${distance} AS distance_km,
             ${specialisationsMet} AS specialisations_met,
             ${languageMet} AS language_met,
             coalesce(f.confirmed_at >= now() - make_interval(days => ${FRESHNESS_WEEK_DAYS}), false) AS fresh
        FROM provider_offers o
        JOIN provider_offices po ON po.provider_id = o.provider_id
        JOIN provider_facilities f ON f.id = o.facility_id
        JOIN providers p ON p.id = o.provider_id
       WHERE ${and(filters)}
    ), scored AS (
      SELECT m.*,
             coalesce(m.distance_km <= ${search.maxKm}::float8, true) AS distance_met,
             m.specialisations_met::int + m.language_met::int
               + coalesce(m.distance_km <= ${search.maxKm}::float8, true)::int
               + (m.free_places > 0)::int + m.fresh::int AS fit
        FROM matches m
    ), best AS (
      SELECT DISTINCT ON (facility_id) *
        FROM scored
       ORDER BY facility_id, fit DESC, offer_id
    )
    SELECT b.*, count(*) OVER () AS total
      FROM best b
     ORDER BY b.fit DESC, (b.free_places > 0) DESC, b.distance_km ASC NULLS LAST,
              b.confirmed_at DESC NULLS LAST, b.facility_id
     LIMIT ${search.limit}`.execute(tx);
  return result.rows;
}

/** The centre of a postcode area, for distances; null when the postcode is not known. */
export async function postcodeLocation(tx: Tx, postcode: string) {
  const row = await tx
    .selectFrom('postcode_locations')
    .select(['postcode', 'place', 'latitude', 'longitude'])
    .where('postcode', '=', postcode)
    .executeTakeFirst();
  return row ?? null;
}
