import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
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

const BATCH = 500;
const NIL = '00000000-0000-0000-0000-000000000000';

/**
 * Encrypts titles, file names, household labels and disclosure references still held in the legacy
 * plaintext columns — rows from before migrations 0014 and 0016, demo and benchmark data written in
 * bulk — empties those columns, and computes the search tokens cases lack. Runs in one office's
 * transaction; returns how many rows it changed.
 */
export async function sealLegacyPlaintext(scope: { tx: Tx; sealed: SealedText }): Promise<number> {
  const { tx, sealed } = scope;
  let changed = 0;
  const sealColumn = async (
    table: 'cases' | 'case_entries' | 'tasks',
    context: (id: string) => string,
  ): Promise<void> => {
    // Keyset pages along the primary key: each page starts where the last ended (no rescans of
    // the rows already sealed — this runs over a million cases in the benchmark).
    let after = NIL;
    for (;;) {
      const rows = await tx
        .selectFrom(table)
        .select(['id', 'legacy_title'])
        .where('legacy_title', 'is not', null)
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH)
        .execute();
      after = rows.at(-1)?.id ?? after;
      for (const row of rows) {
        const title_enc = await sealed.seal(row.legacy_title ?? '', context(row.id));
        await tx.updateTable(table).set({ title_enc, legacy_title: null }).where('id', '=', row.id).execute();
      }
      changed += rows.length;
      if (rows.length < BATCH) return;
    }
  };
  /** Seals batch after batch of `pending` rows (id, legacy text) and stores each with `store`. */
  const sealRows = async (
    pending: () => Promise<{ id: string; text: string | null }[]>,
    store: (id: string, sealedText: Buffer) => Promise<unknown>,
    context: (id: string) => string,
  ): Promise<void> => {
    for (;;) {
      const rows = await pending();
      for (const row of rows) await store(row.id, await sealed.seal(row.text ?? '', context(row.id)));
      changed += rows.length;
      if (rows.length < BATCH) return;
    }
  };
  // Names first: the search tokens below are computed from them.
  changed += await sealLegacyPersons(scope);
  await sealColumn('cases', caseTitleContext);
  await sealColumn('case_entries', entryTitleContext);
  await sealColumn('tasks', taskTitleContext);
  await sealRows(
    () =>
      tx
        .selectFrom('documents')
        .select(['id', 'legacy_filename as text'])
        .where('legacy_filename', 'is not', null)
        .limit(BATCH)
        .execute(),
    (id, filename_enc) =>
      tx.updateTable('documents').set({ filename_enc, legacy_filename: null }).where('id', '=', id).execute(),
    documentNameContext,
  );
  await sealRows(
    () =>
      tx
        .selectFrom('households')
        .select(['id', 'legacy_label as text'])
        .where('legacy_label', 'is not', null)
        .limit(BATCH)
        .execute(),
    (id, label_enc) =>
      tx.updateTable('households').set({ label_enc, legacy_label: null }).where('id', '=', id).execute(),
    householdLabelContext,
  );
  await sealRows(
    () =>
      tx
        .selectFrom('entry_disclosures')
        .select(['id', 'legacy_reference as text'])
        .where('legacy_reference', 'is not', null)
        .limit(BATCH)
        .execute(),
    // The app may not update a disclosure (migration 0006); this function seals a legacy reference once.
    (id, reference_enc) => sql`SELECT lotse_seal_disclosure_reference(${id}, ${reference_enc})`.execute(tx),
    disclosureReferenceContext,
  );
  let afterCase = NIL;
  for (;;) {
    const rows = await tx
      .selectFrom('cases')
      .select('id')
      .where('search_tokens', 'is', null)
      .where('id', '>', afterCase)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    afterCase = rows.at(-1)?.id ?? afterCase;
    for (const row of rows) await refreshCaseSearchText(scope, row.id);
    changed += rows.length;
    if (rows.length < BATCH) break;
  }
  return changed;
}
