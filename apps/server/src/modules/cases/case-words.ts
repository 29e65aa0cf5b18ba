import { type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { searchWords } from '../../platform/search-tokens.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Keeps the cases where each word (at most five) begins a word of the title or a person's name —
 * matched through its keyed blind index, the names being encrypted — or occurs in the file number.
 */
export function whereCaseWords<O>(
  query: SelectQueryBuilder<Database, 'cases', O>,
  q: string,
  sealed: SealedText,
): SelectQueryBuilder<Database, 'cases', O> {
  let out = query;
  for (const word of q.split(/\s+/).filter(Boolean).slice(0, 5)) {
    const tokens = searchWords(word).map((token) => sealed.indexOf(token));
    out = out.where((eb) =>
      eb.or([
        eb('cases.reference', 'ilike', `%${escapeLike(word.toLowerCase())}%`),
        ...(tokens.length > 0 ? [eb(sql`cases.search_tokens`, '@>', sql<string[]>`${tokens}::text[]`)] : []),
      ]),
    );
  }
  return out;
}
