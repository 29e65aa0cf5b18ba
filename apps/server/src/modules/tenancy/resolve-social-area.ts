import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';

/**
 * The social area (Sozialraum) of an address: a matching street range wins over the postcode;
 * a postcode that belongs to one area alone decides on its own.
 */
export async function resolveSocialArea(
  tx: Tx,
  address: { postcode?: string | null; street?: string | null; houseNumber?: string | null },
): Promise<string | null> {
  if (!address.postcode) return null;
  if (address.street) {
    const house = Number.parseInt(address.houseNumber ?? '', 10);
    const byStreet = await tx
      .selectFrom('social_area_streets')
      .select('social_area_id')
      .where('postcode', '=', address.postcode)
      .where(sql`lower(street)`, '=', address.street.trim().toLowerCase())
      .where((eb) =>
        Number.isNaN(house)
          ? eb.val(true)
          : eb.and([
              eb.or([eb('house_from', 'is', null), eb('house_from', '<=', house)]),
              eb.or([eb('house_to', 'is', null), eb('house_to', '>=', house)]),
            ]),
      )
      .limit(1)
      .executeTakeFirst();
    if (byStreet) return byStreet.social_area_id;
  }
  const areas = await tx
    .selectFrom('social_areas')
    .select('id')
    .where(sql<boolean>`${address.postcode} = ANY(postcodes)`)
    .limit(2)
    .execute();
  return areas.length === 1 ? (areas[0]?.id ?? null) : null;
}
