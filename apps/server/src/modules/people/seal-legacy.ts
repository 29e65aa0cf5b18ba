import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { sealPersonal } from './personal-data.js';

const BATCH = 500;

/**
 * Seals the names, contact data and addresses still held in the legacy plaintext columns (rows from
 * before migration 0015, demo and benchmark data written in bulk) and empties those columns.
 * Runs in one office's transaction; returns how many persons it changed.
 */
export async function sealLegacyPersons({ tx, sealed }: { tx: Tx; sealed: SealedText }): Promise<number> {
  let changed = 0;
  // Keyset pages along the primary key: each page starts where the last ended (no rescans).
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await tx
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
      .limit(BATCH)
      .execute();
    after = rows.at(-1)?.id ?? after;
    for (const row of rows) {
      const personal_enc = await sealPersonal(sealed, row.id, {
        firstName: row.legacy_first_name ?? '',
        lastName: row.legacy_last_name ?? '',
        phone: row.legacy_phone,
        email: row.legacy_email,
        street: row.legacy_street,
        houseNumber: row.legacy_house_number,
        postcode: row.legacy_postcode,
        city: row.legacy_city,
      });
      await tx
        .updateTable('persons')
        .set({
          personal_enc,
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
        .execute();
    }
    changed += rows.length;
    if (rows.length < BATCH) return changed;
  }
}
