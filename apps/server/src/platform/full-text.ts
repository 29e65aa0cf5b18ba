import { type QueryExecutorProvider, type RawBuilder, sql } from 'kysely';

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

/** Lower case without accents and with ß as ss, as the German stemmer compares words. */
const fold = (word: string) =>
  word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replaceAll('ß', 'ss');

/** The stems PostgreSQL searches for (German stemming; stop words drop out). */
export async function germanStems(tx: QueryExecutorProvider, terms: readonly string[]): Promise<string[]> {
  if (terms.length === 0) return [];
  const { rows } = await sql<{
    lexeme: string;
  }>`SELECT lexeme FROM unnest(to_tsvector('german', ${terms.join(' ')}))`.execute(tx);
  return rows.map((r) => fold(r.lexeme));
}

/**
 * A passage of about `maxWords` words around the first word that matches one of the stems (as a
 * prefix, like the search), every matching word between «» marks; the text's start when none
 * matches. Done here rather than with ts_headline, which parses the whole text of every hit again.
 */
export function highlightPassage(text: string, stems: readonly string[], maxWords = 30): string {
  const words = text.split(/\s+/).filter(Boolean);
  const matches = (word: string) => {
    const core = fold(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    return core.length > 0 && stems.some((stem) => core.startsWith(stem));
  };
  const first = Math.max(0, words.findIndex(matches));
  const start = Math.max(0, Math.min(first - Math.floor(maxWords / 3), words.length - maxWords));
  const window = words.slice(start, start + maxWords).map((w) => {
    if (!matches(w)) return w;
    const [, lead = '', core = '', tail = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(w) ?? [];
    return `${lead}«${core}»${tail}`;
  });
  return `${start > 0 ? '… ' : ''}${window.join(' ')}${start + maxWords < words.length ? ' …' : ''}`;
}
