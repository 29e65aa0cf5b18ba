import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { sealLegacyPersons } from '../people/index.js';
import {
  caseTitleContext,
  documentNameContext,
  entryTitleContext,
  taskTitleContext,
} from './sealed-fields.js';
import { refreshCaseSearchText } from './search-text.js';

const BATCH = 500;

/**
 * Encrypts titles and file names still held in the legacy plaintext columns — rows from before
 * migration 0014, demo and benchmark data written in bulk — empties those columns, and computes the
 * search tokens cases lack. Runs in one office's transaction; returns how many rows it changed.
 */
export async function sealLegacyPlaintext(scope: { tx: Tx; sealed: SealedText }): Promise<number> {
  const { tx, sealed } = scope;
  let changed = 0;
  const sealColumn = async (
    table: 'cases' | 'case_entries' | 'tasks',
    context: (id: string) => string,
  ): Promise<void> => {
    for (;;) {
      const rows = await tx
        .selectFrom(table)
        .select(['id', 'legacy_title'])
        .where('legacy_title', 'is not', null)
        .limit(BATCH)
        .execute();
      for (const row of rows) {
        const title_enc = await sealed.seal(row.legacy_title ?? '', context(row.id));
        await tx.updateTable(table).set({ title_enc, legacy_title: null }).where('id', '=', row.id).execute();
      }
      changed += rows.length;
      if (rows.length < BATCH) return;
    }
  };
  // Names first: the search tokens below are computed from them.
  changed += await sealLegacyPersons(scope);
  await sealColumn('cases', caseTitleContext);
  await sealColumn('case_entries', entryTitleContext);
  await sealColumn('tasks', taskTitleContext);
  for (;;) {
    const rows = await tx
      .selectFrom('documents')
      .select(['id', 'legacy_filename'])
      .where('legacy_filename', 'is not', null)
      .limit(BATCH)
      .execute();
    for (const row of rows) {
      const filename_enc = await sealed.seal(row.legacy_filename ?? '', documentNameContext(row.id));
      await tx
        .updateTable('documents')
        .set({ filename_enc, legacy_filename: null })
        .where('id', '=', row.id)
        .execute();
    }
    changed += rows.length;
    if (rows.length < BATCH) break;
  }
  for (;;) {
    const rows = await tx
      .selectFrom('cases')
      .select('id')
      .where('search_tokens', 'is', null)
      .limit(BATCH)
      .execute();
    for (const row of rows) await refreshCaseSearchText(scope, row.id);
    changed += rows.length;
    if (rows.length < BATCH) break;
  }
  return changed;
}
