import type { TDirectoryEntry, TDirectoryFacets, TDirectoryKind, TOfferLanguage } from '@lotse/shared';
import { sql } from 'kysely';
import { germanPrefixQuery, searchTerms } from '../../platform/full-text.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { type DirectoryRow, directoryColumns, presentDirectoryEntry } from './present.js';

export interface DirectoryFilter {
  q?: string | undefined;
  kind?: TDirectoryKind | undefined;
  topic?: string | undefined;
  language?: TOfferLanguage | undefined;
  postcode?: string | undefined;
}

/**
 * The region's experts and services, kept together by the offices: by words (German full text over
 * name, topics, region, address and notes, or within compounds), kind, topic, language and postcode (entries without
 * postcodes serve everywhere). Contact data of services, no personal data of families: not audited.
 */
export async function searchDirectory(
  scope: ActorScope,
  filter: DirectoryFilter,
): Promise<TDirectoryEntry[]> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  let query = scope.tx.selectFrom('cooperation_directory as d').select(directoryColumns);
  if (filter.kind) query = query.where('d.kind', '=', filter.kind);
  if (filter.topic) query = query.where(sql<boolean>`${filter.topic} = ANY(d.topics)`);
  if (filter.language) query = query.where(sql<boolean>`${filter.language} = ANY(d.languages)`);
  if (filter.postcode)
    query = query.where(sql<boolean>`(d.postcodes = '{}' OR ${filter.postcode} = ANY(d.postcodes))`);
  const terms = searchTerms(filter.q ?? '');
  // Each word as a prefix of a stemmed word, or anywhere in a word: "Psychiatrie" finds the
  // "Jugendpsychiatrie" (the directory is small; German compounds are not).
  for (const term of terms) {
    query = query.where(
      sql<boolean>`(d.search @@ ${germanPrefixQuery([term])} OR (d.name || ' ' || lotse_words(d.topics) || ' ' || d.region || ' ' || d.notes) ILIKE ${`%${term}%`})`,
    );
  }
  if (terms.length > 0)
    query = query.orderBy(sql`ts_rank_cd(d.search, ${germanPrefixQuery(terms, 'any')})`, 'desc');
  const rows = await query.orderBy('d.name').limit(300).execute();
  return rows.map((row) => presentDirectoryEntry(row as DirectoryRow, scope.actor));
}

/** One entry of the directory. */
export async function directoryEntry(scope: ActorScope, id: string): Promise<TDirectoryEntry> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  const row = await scope.tx
    .selectFrom('cooperation_directory as d')
    .select(directoryColumns)
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotVisibleError('directory_entry', id, 'Eintrag');
  return presentDirectoryEntry(row as DirectoryRow, scope.actor);
}

/** The topics and languages in use, most frequent first, for the search filters. */
export async function directoryFacets(scope: ActorScope): Promise<TDirectoryFacets> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  const count = (column: 'topics' | 'languages') =>
    sql<{ value: string; count: string }>`
      SELECT v AS value, count(*) AS count FROM cooperation_directory, unnest(${sql.ref(column)}) AS v
       GROUP BY v ORDER BY count(*) DESC, v`.execute(scope.tx);
  const [topics, languages] = [await count('topics'), await count('languages')];
  return {
    topics: topics.rows.map((r) => ({ topic: r.value, count: Number(r.count) })),
    languages: languages.rows.map((r) => ({ language: r.value as TOfferLanguage, count: Number(r.count) })),
  };
}
