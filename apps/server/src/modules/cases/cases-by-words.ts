import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { searchWords } from '../../platform/search-tokens.js';

export interface CaseWithPersons {
  id: string;
  reference: string;
  status: string;
  personIds: string[];
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The office's cases whose reference contains, or whose title or persons' names begin with, each of
 * the words — across all teams, with no policy: only for callers that check their own office action
 * (the data protection officer's search) and audit the purpose.
 */
export async function casesByWords(
  tx: Tx,
  sealed: SealedText,
  q: string,
  limit = 20,
): Promise<CaseWithPersons[]> {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 5);
  if (words.length === 0) return [];
  let query = tx.selectFrom('cases').select(['cases.id', 'cases.reference', 'cases.status']);
  for (const word of words) {
    const tokens = searchWords(word).map((token) => sealed.indexOf(token));
    query = query.where((eb) =>
      eb.or([
        eb('cases.reference', 'ilike', `%${escapeLike(word.toLowerCase())}%`),
        ...(tokens.length > 0 ? [eb(sql`cases.search_tokens`, '@>', sql<string[]>`${tokens}::text[]`)] : []),
      ]),
    );
  }
  const cases = await query.orderBy('cases.opened_at', 'desc').limit(limit).execute();
  if (cases.length === 0) return [];
  const links = await tx
    .selectFrom('case_persons')
    .select(['case_id', 'person_id'])
    .where(
      'case_id',
      'in',
      cases.map((c) => c.id),
    )
    .execute();
  return cases.map((c) => ({
    ...c,
    personIds: links.filter((l) => l.case_id === c.id).map((l) => l.person_id),
  }));
}
