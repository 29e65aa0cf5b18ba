import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { guestLabelContext } from './guests.js';

const BATCH = 500;

/**
 * Seals meeting guests' labels still held in the legacy plaintext column (rows from before
 * migration 0016) and empties it. Runs in one office's transaction; returns how many guests it changed.
 */
export async function sealLegacyGuestLabels({ tx, sealed }: { tx: Tx; sealed: SealedText }): Promise<number> {
  let changed = 0;
  for (;;) {
    const rows = await tx
      .selectFrom('meeting_guests')
      .select(['id', 'legacy_label'])
      .where('legacy_label', 'is not', null)
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      const label_enc = await sealed.seal(row.legacy_label ?? '', guestLabelContext(row.id));
      await tx
        .updateTable('meeting_guests')
        .set({ label_enc, legacy_label: null })
        .where('id', '=', row.id)
        .execute();
    }
    changed += rows.length;
    if (rows.length < BATCH) return changed;
  }
}
