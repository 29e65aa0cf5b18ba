import type { Tx } from '../../db/connection.js';
import { forEachRowPage } from '../../platform/row-pages.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { guestLabelContext } from './guests.js';

/**
 * Seals meeting guests' labels still held in the legacy plaintext column (rows from before
 * migration 0016) and empties it. Runs in one office's transaction; returns how many guests it changed.
 */
export function sealLegacyGuestLabels({ tx, sealed }: { tx: Tx; sealed: SealedText }): Promise<number> {
  return forEachRowPage(
    (after, size) =>
      tx
        .selectFrom('meeting_guests')
        .select(['id', 'legacy_label'])
        .where('legacy_label', 'is not', null)
        .where('id', '>', after)
        .orderBy('id')
        .limit(size)
        .execute(),
    async (row) =>
      tx
        .updateTable('meeting_guests')
        .set({
          label_enc: await sealed.seal(row.legacy_label ?? '', guestLabelContext(row.id)),
          legacy_label: null,
        })
        .where('id', '=', row.id)
        .execute(),
  );
}
