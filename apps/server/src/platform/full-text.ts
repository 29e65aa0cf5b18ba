import { type RawBuilder, sql } from 'kysely';

const MAX_TERMS = 8;

/** The words of a search, letters and digits only (so nothing reaches to_tsquery as syntax). */
export function searchTerms(query: string): string[] {
  return [
    ...new Set(
      query
        .normalize('NFC')
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length >= 2 || /\d/.test(word))
        .map((word) => word.toLowerCase().slice(0, 40)),
    ),
  ].slice(0, MAX_TERMS);
}

/**
 * A German full-text query where every word must match as a prefix of a stemmed word
 * ("Kindeswohl" finds "Kindeswohlgefährdung", compounds being German), or any word for `any`.
 * Only ever built from `searchTerms`.
 */
export function germanPrefixQuery(
  terms: readonly string[],
  mode: 'all' | 'any' = 'all',
): RawBuilder<unknown> {
  const text = terms.map((t) => `${t}:*`).join(mode === 'all' ? ' & ' : ' | ');
  return sql`to_tsquery('german', ${text})`;
}
