import type { TPublicOffer } from '@lotse/shared';
import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';

const PAGE = 50;

function offerQuery(tx: Tx) {
  return tx
    .selectFrom('provider_offers as o')
    .innerJoin('provider_facilities as f', 'f.id', 'o.facility_id')
    .innerJoin('providers as p', 'p.id', 'o.provider_id')
    .innerJoin('provider_offices as po', 'po.provider_id', 'o.provider_id')
    .select([
      'o.id',
      'o.title',
      'o.description',
      'o.setting',
      'o.help_types',
      'o.age_min',
      'o.age_max',
      'o.languages',
      'o.specialisations',
      'p.name as provider_name',
      'p.website',
      'f.name as facility_name',
      'f.city',
      'f.postcode',
      'f.phone',
      'f.email',
    ])
    .where('o.active', '=', true);
}

type Row = Awaited<ReturnType<ReturnType<typeof offerQuery>['execute']>>[number];

const present = (r: Row): TPublicOffer => ({
  id: r.id,
  title: r.title,
  description: r.description,
  providerName: r.provider_name,
  facilityName: r.facility_name,
  city: r.city,
  postcode: r.postcode,
  setting: r.setting,
  helpTypes: r.help_types as TPublicOffer['helpTypes'],
  ageMin: r.age_min,
  ageMax: r.age_max,
  languages: r.languages as TPublicOffer['languages'],
  specialisations: r.specialisations as TPublicOffer['specialisations'],
  phone: r.phone,
  email: r.email,
  website: r.website,
});

/** Active offers among `ids` of providers serving this office (no free places: that is for staff). */
export async function officeOffersByIds(tx: Tx, ids: readonly string[]): Promise<TPublicOffer[]> {
  if (ids.length === 0) return [];
  return (
    await offerQuery(tx)
      .where('o.id', 'in', [...new Set(ids)])
      .execute()
  ).map(present);
}

/** The region's directory: every active offer of the providers serving this office, by name. */
export async function officeOffers(
  tx: Tx,
  filter: { setting?: string | undefined; helpType?: string | undefined; page: number },
): Promise<{ items: TPublicOffer[]; total: number }> {
  let query = offerQuery(tx);
  if (filter.setting) query = query.where('o.setting', '=', filter.setting as TPublicOffer['setting']);
  if (filter.helpType) query = query.where(sql<boolean>`o.help_types @> ARRAY[${filter.helpType}]::text[]`);
  const rows = await query
    .orderBy('p.name')
    .orderBy('f.name')
    .orderBy('o.id')
    .limit(PAGE)
    .offset((filter.page - 1) * PAGE)
    .execute();
  const total = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirst();
  return { items: rows.map(present), total: Number(total?.n ?? 0) };
}
