import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { openPersonal } from '../people/index.js';
import { caseTitleContext } from './sealed-fields.js';

/**
 * Keeps a case's search tokens in step with its title and the names of its persons: keyed blind
 * indexes of every word and prefix (platform/search-tokens.ts), never the text itself. The reference
 * is searched as it is (it names no one).
 */
export async function refreshCaseSearchText(
  { tx, sealed }: { tx: Tx; sealed: SealedText },
  caseId: string,
): Promise<void> {
  const row = await tx.selectFrom('cases').select('title_enc').where('id', '=', caseId).executeTakeFirst();
  if (!row) return;
  const persons = await tx
    .selectFrom('case_persons as cp')
    .innerJoin('persons as p', (j) =>
      j.onRef('p.tenant_id', '=', 'cp.tenant_id').onRef('p.id', '=', 'cp.person_id'),
    )
    .select(['p.id', 'p.personal_enc'])
    .where('cp.case_id', '=', caseId)
    .execute();
  const title = await sealed.open(row.title_enc, caseTitleContext(caseId));
  const names: string[] = [];
  for (const person of persons) {
    const personal = await openPersonal(sealed, person.id, person.personal_enc);
    names.push(personal.firstName, personal.lastName);
  }
  const tokens = sealed.searchIndex([title, ...names]);
  await tx.updateTable('cases').set({ search_tokens: tokens }).where('id', '=', caseId).execute();
}
