import type { TEntryKind, TUserRef } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { iso } from './present.js';
import { entryTitleContext } from './sealed-fields.js';

/** A timeline entry as other modules may know it: its title, never its body. */
export interface SharedEntryFact {
  id: string;
  kind: TEntryKind;
  occurredAt: string;
  title: string;
  author: TUserRef;
}

/**
 * The case's entries that are not entrusted (§ 65 SGB VIII) — not even to the reader, not even when
 * disclosed — newest first, at most `limit`, with their titles opened. For summaries that are handed
 * on (the case brief). Unaudited and unchecked: the caller has read the case under its policy and
 * audits its own view.
 */
export async function entriesWithoutEntrusted(
  { tx, sealed }: { tx: Tx; sealed: SealedText },
  caseId: string,
  limit: number,
): Promise<{ entries: SharedEntryFact[]; total: number }> {
  const rows = await tx
    .selectFrom('case_entries as e')
    .innerJoin('directory_users as a', (j) =>
      j.onRef('a.tenant_id', '=', 'e.tenant_id').onRef('a.id', '=', 'e.author_id'),
    )
    .select(['e.id', 'e.kind', 'e.occurred_at', 'e.title_enc', 'e.author_id', 'a.display_name'])
    .select((eb) => eb.fn.countAll<string>().over().as('total'))
    .where('e.case_id', '=', caseId)
    .where('e.entrusted_to', 'is', null)
    .orderBy('e.occurred_at', 'desc')
    .orderBy('e.created_at', 'desc')
    .limit(limit)
    .execute();
  const entries = await Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      kind: r.kind as TEntryKind,
      occurredAt: iso(r.occurred_at),
      title: await sealed.open(r.title_enc, entryTitleContext(r.id)),
      author: { id: r.author_id, displayName: r.display_name },
    })),
  );
  return { entries, total: Number(rows[0]?.total ?? 0) };
}
