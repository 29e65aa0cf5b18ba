import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { whereCaseWords } from './case-words.js';

export interface CaseWithPersons {
  id: string;
  reference: string;
  status: string;
  personIds: string[];
}

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
  if (!q.trim()) return [];
  const query = whereCaseWords(
    tx.selectFrom('cases').select(['cases.id', 'cases.reference', 'cases.status']),
    q,
    sealed,
  );
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
