import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import { forEachRowPage } from '../../platform/row-pages.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { sealLegacyPersons } from '../people/index.js';
import {
  caseTitleContext,
  disclosureReferenceContext,
  documentNameContext,
  entryTitleContext,
  householdLabelContext,
  taskTitleContext,
} from './sealed-fields.js';
import { refreshCaseSearchText } from './search-text.js';

/**
 * Encrypts titles, file names, household labels and disclosure references still held in the legacy
 * plaintext columns — rows from before migrations 0014 and 0016, demo and benchmark data written in
 * bulk — empties those columns, and computes the search tokens cases lack. Runs in one office's
 * transaction; returns how many rows it changed.
 */
export async function sealLegacyPlaintext(scope: { tx: Tx; sealed: SealedText }): Promise<number> {
  const { tx, sealed } = scope;
  const seal = (text: string | null, context: string) => sealed.seal(text ?? '', context);
  const sealTitles = (table: 'cases' | 'case_entries' | 'tasks', context: (id: string) => string) =>
    forEachRowPage(
      (after, size) =>
        tx
          .selectFrom(table)
          .select(['id', 'legacy_title'])
          .where('legacy_title', 'is not', null)
          .where('id', '>', after)
          .orderBy('id')
          .limit(size)
          .execute(),
      async (row) =>
        tx
          .updateTable(table)
          .set({ title_enc: await seal(row.legacy_title, context(row.id)), legacy_title: null })
          .where('id', '=', row.id)
          .execute(),
    );
  // Names first: the search tokens below are computed from them.
  let changed = await sealLegacyPersons(scope);
  changed += await sealTitles('cases', caseTitleContext);
  changed += await sealTitles('case_entries', entryTitleContext);
  changed += await sealTitles('tasks', taskTitleContext);
  changed += await forEachRowPage(
    (after, size) =>
      tx
        .selectFrom('documents')
        .select(['id', 'legacy_filename'])
        .where('legacy_filename', 'is not', null)
        .where('id', '>', after)
        .orderBy('id')
        .limit(size)
        .execute(),
    async (row) =>
      tx
        .updateTable('documents')
        .set({
          filename_enc: await seal(row.legacy_filename, documentNameContext(row.id)),
          legacy_filename: null,
        })
        .where('id', '=', row.id)
        .execute(),
  );
  changed += await forEachRowPage(
    (after, size) =>
      tx
        .selectFrom('households')
        .select(['id', 'legacy_label'])
        .where('legacy_label', 'is not', null)
        .where('id', '>', after)
        .orderBy('id')
        .limit(size)
        .execute(),
    async (row) =>
      tx
        .updateTable('households')
        .set({ label_enc: await seal(row.legacy_label, householdLabelContext(row.id)), legacy_label: null })
        .where('id', '=', row.id)
        .execute(),
  );
  changed += await forEachRowPage(
    (after, size) =>
      tx
        .selectFrom('entry_disclosures')
        .select(['id', 'legacy_reference'])
        .where('legacy_reference', 'is not', null)
        .where('id', '>', after)
        .orderBy('id')
        .limit(size)
        .execute(),
    // The app may not update a disclosure (migration 0006); this function seals a legacy reference once.
    async (row) =>
      sql`SELECT lotse_seal_disclosure_reference(${row.id}, ${await seal(
        row.legacy_reference,
        disclosureReferenceContext(row.id),
      )})`.execute(tx),
  );
  changed += await forEachRowPage(
    (after, size) =>
      tx
        .selectFrom('cases')
        .select('id')
        .where('search_tokens', 'is', null)
        .where('id', '>', after)
        .orderBy('id')
        .limit(size)
        .execute(),
    (row) => refreshCaseSearchText(scope, row.id),
  );
  return changed;
}
