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

  // Distances compare chord lengths through the earth (cube_distance, monotonic in the great-circle
  // distance) for every match; the great-circle kilometres are computed for the listed ones only.
  const origin = search.origin
    ? sql`ll_to_earth(${search.origin.latitude}::float8, ${search.origin.longitude}::float8)`
    : null;
  const chord = origin ? sql<number>`cube_distance(f.location, ${origin})` : sql<null>`NULL::float8`;
  const maxChord = chordOf(search.maxKm);
  const specialisationsMet =
    search.specialisations.length > 0
      ? sql<boolean>`o.specialisations @> ${search.specialisations}::text[]`
      : sql<boolean>`true`;
  const languageMet = search.language
    ? sql<boolean>`${search.language} = ANY(o.languages)`
    : sql<boolean>`true`;
  const ranking = sql`t.fit DESC, (t.free_places > 0) DESC, t.chord ASC NULLS LAST, t.confirmed_at DESC NULLS LAST, t.facility_id`;

  // The filters' selectivity varies widely (a common help type vs. a rare one): plan for the values.
  await sql`SET LOCAL plan_cache_mode = force_custom_plan`.execute(tx);
  const result = await sql<OfferMatch>`
    WITH matches AS MATERIALIZED (
      SELECT o.id AS offer_id, o.facility_id, f.free_places, f.confirmed_at,
             ${chord} AS chord,
             ${specialisationsMet} AS specialisations_met,
             ${languageMet} AS language_met,
             coalesce(f.confirmed_at >= now() - make_interval(days => ${FRESHNESS_WEEK_DAYS}), false) AS fresh
        FROM provider_offers o
        JOIN provider_offices po ON po.provider_id = o.provider_id
        JOIN provider_facilities f ON f.id = o.facility_id
       WHERE ${and(filters)}
    ), scored AS (
      SELECT m.*,
             coalesce(m.chord <= ${maxChord}::float8, true) AS distance_met,
             m.specialisations_met::int + m.language_met::int + coalesce(m.chord <= ${maxChord}::float8, true)::int
               + (m.free_places > 0)::int + m.fresh::int AS fit
        FROM matches m
    ), best AS (
      SELECT DISTINCT ON (facility_id) * FROM scored ORDER BY facility_id, fit DESC, offer_id
    ), top AS (
      SELECT t.*, count(*) OVER () AS total FROM best t ORDER BY ${ranking} LIMIT ${search.limit}
    )
    SELECT t.offer_id, t.facility_id, t.free_places, t.confirmed_at, t.specialisations_met, t.language_met,
           t.distance_met, t.fresh, t.total,
           o.title, o.help_types, o.setting, o.age_min, o.age_max, o.specialisations, o.languages,
           f.name AS facility_name, f.city, f.postcode, f.phone, f.email, f.capacity, f.reserved_places,
           p.id AS provider_id, p.name AS provider_name,
           ${origin ? sql`earth_distance(f.location, ${origin}) / 1000.0` : sql`NULL::float8`} AS distance_km
      FROM top t
      JOIN provider_offers o ON o.id = t.offer_id
      JOIN provider_facilities f ON f.id = t.facility_id
      JOIN providers p ON p.id = o.provider_id
     ORDER BY ${ranking}`.execute(tx);
  return result.rows;
}

/** Earth radius of the earthdistance module (earth()), in metres. */
const EARTH_RADIUS_M = 6378168;
/** The straight-line (chord) length in metres of a great-circle distance in kilometres. */
export const chordOf = (km: number) => 2 * EARTH_RADIUS_M * Math.sin((km * 1000) / (2 * EARTH_RADIUS_M));

/** The centre of a postcode area, for distances; null when the postcode is not known. */
export async function postcodeLocation(tx: Tx, postcode: string) {
  const row = await tx
    .selectFrom('postcode_locations')
    .select(['postcode', 'place', 'latitude', 'longitude'])
    .where('postcode', '=', postcode)
    .executeTakeFirst();
  return row ?? null;
}
