import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { attachmentNameContext } from './conversation.js';

const BATCH = 500;

/**
 * Seals the names of files sent in conversations still held in the legacy plaintext column (rows
 * from before migration 0016) and empties it. Runs in one office's transaction; returns how many
 * files it changed.
 */
export async function sealLegacyAttachmentNames({
  tx,
  sealed,
}: {
  tx: Tx;
  sealed: SealedText;
}): Promise<number> {
  let changed = 0;
  for (;;) {
    const rows = await tx
      .selectFrom('message_attachments')
      .select(['id', 'legacy_filename'])
      .where('legacy_filename', 'is not', null)
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      const filename_enc = await sealed.seal(row.legacy_filename ?? '', attachmentNameContext(row.id));
      await tx
        .updateTable('message_attachments')
        .set({ filename_enc, legacy_filename: null })
        .where('id', '=', row.id)
        .execute();
    }
    changed += rows.length;
    if (rows.length < BATCH) return changed;
  }
}
