import type { Tx } from '../../db/connection.js';
import { forEachRowPage } from '../../platform/row-pages.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { attachmentNameContext } from './conversation.js';

/**
 * Seals the names of files sent in conversations still held in the legacy plaintext column (rows
 * from before migration 0016) and empties it. Runs in one office's transaction; returns how many
 * files it changed.
 */
export function sealLegacyAttachmentNames({ tx, sealed }: { tx: Tx; sealed: SealedText }): Promise<number> {
  return forEachRowPage(
    (after, size) =>
      tx
        .selectFrom('message_attachments')
        .select(['id', 'legacy_filename'])
        .where('legacy_filename', 'is not', null)
        .where('id', '>', after)
        .orderBy('id')
        .limit(size)
        .execute(),
    async (row) =>
      tx
        .updateTable('message_attachments')
        .set({
          filename_enc: await sealed.seal(row.legacy_filename ?? '', attachmentNameContext(row.id)),
          legacy_filename: null,
        })
        .where('id', '=', row.id)
        .execute(),
  );
}
