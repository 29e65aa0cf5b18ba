import type { Tx } from '../../db/connection.js';
import { forEachRowPage } from '../../platform/row-pages.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { sealPersonal } from './personal-data.js';

/**
 * Seals the names, contact data and addresses still held in the legacy plaintext columns (rows from
 * before migration 0015, demo and benchmark data written in bulk) and empties those columns.
 * Runs in one office's transaction; returns how many persons it changed.
 */
export function sealLegacyPersons({ tx, sealed }: { tx: Tx; sealed: SealedText }): Promise<number> {
  return forEachRowPage(
    (after, size) =>
      tx
        .selectFrom('persons')
        .select([
          'id',
          'legacy_first_name',
          'legacy_last_name',
          'legacy_phone',
          'legacy_email',
          'legacy_street',
          'legacy_house_number',
          'legacy_postcode',
          'legacy_city',
        ])
        .where('legacy_first_name', 'is not', null)
        .where('id', '>', after)
        .orderBy('id')
        .limit(size)
        .execute(),
    async (row) =>
      tx
        .updateTable('persons')
        .set({
          personal_enc: await sealPersonal(sealed, row.id, {
            firstName: row.legacy_first_name ?? '',
            lastName: row.legacy_last_name ?? '',
            phone: row.legacy_phone,
            email: row.legacy_email,
            street: row.legacy_street,
            houseNumber: row.legacy_house_number,
            postcode: row.legacy_postcode,
            city: row.legacy_city,
          }),
          legacy_first_name: null,
          legacy_last_name: null,
          legacy_phone: null,
          legacy_email: null,
          legacy_street: null,
          legacy_house_number: null,
          legacy_postcode: null,
          legacy_city: null,
        })
        .where('id', '=', row.id)
        .execute(),
  );
}
