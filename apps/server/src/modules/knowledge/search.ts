import type { TKnowledgeSearchResult } from '@lotse/shared';
import { type RawBuilder, sql } from 'kysely';
import { germanPrefixQuery, germanStems, highlightPassage, searchTerms } from '../../platform/full-text.js';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import { searchLaw } from '../law/index.js';
import { plainPassage } from './present.js';

const LIMIT = 20;

/**
 * The office's best matching articles: ids and ranks from `lotse_article_matches` (which can use the
 * full-text index, see migration 0033), rows and highlighted passages through row-level security.
 */
function matchingArticles(scope: ActorScope, match: RawBuilder<unknown>) {
  return scope.tx
    .selectFrom(sql<{ id: string; rank: number }>`lotse_article_matches(${match}, ${LIMIT})`.as('m'))
    .innerJoin('knowledge_articles as a', 'a.id', 'm.id')
    .select(['a.id', 'a.title', 'a.kind', 'a.tags', 'a.updated_at', 'm.rank', 'a.body'])
    .orderBy('m.rank', 'desc')
    .orderBy('a.updated_at', 'desc')
    .orderBy('a.id')
    .execute();
}

/**
 * One search over the office's articles, its staff questions (with their answers) and the law:
 * PostgreSQL full-text search with German stemming, every word as a prefix (any word where no article
 * has all), ranked by where the words occur (title and tags before text).
 */
export async function searchKnowledge(
  scope: ActorScope,
  query: { q: string; law: boolean },
): Promise<TKnowledgeSearchResult> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  const terms = searchTerms(query.q.replace(/§/g, ' '));
  const law = query.law ? await searchLaw(scope.tx, { q: query.q, limit: 10 }) : [];
  if (terms.length === 0) return { articles: [], questions: [], law };
  const any = germanPrefixQuery(terms, 'any');
  // Articles with every word; where none has all of them, those with any.
  let articles = await matchingArticles(scope, germanPrefixQuery(terms, 'all'));
  if (articles.length === 0 && terms.length > 1) articles = await matchingArticles(scope, any);
  const stems = await germanStems(scope.tx, terms);
  const all = germanPrefixQuery(terms, 'all');
  const questions = await scope.tx
    .selectFrom('knowledge_questions as q')
    .select([
      'q.id',
      'q.title',
      'q.accepted_answer_id',
      sql<number>`ts_rank_cd(q.search, ${all}) + coalesce((SELECT max(ts_rank_cd(a.search, ${all})) FROM knowledge_answers a WHERE a.question_id = q.id), 0)`.as(
        'rank',
      ),
      sql<string>`q.title || ' ' || q.body || ' ' || coalesce((SELECT string_agg(a.body, ' ' ORDER BY a.answered_at) FROM knowledge_answers a WHERE a.question_id = q.id), '')`.as(
        'text',
      ),
    ])
    .where((eb) =>
      eb.or([
        sql<boolean>`q.search @@ ${all}`,
        sql<boolean>`EXISTS (SELECT 1 FROM knowledge_answers a WHERE a.question_id = q.id AND a.search @@ ${all})`,
      ]),
    )
    .orderBy('rank', 'desc')
    .limit(LIMIT)
    .execute();
  return {
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      kind: a.kind,
      tags: a.tags,
      updatedAt: new Date(a.updated_at).toISOString(),
      highlighted: highlightPassage(plainPassage(a.body), stems),
      rank: Number(a.rank),
    })),
    questions: questions.map((q) => ({
      id: q.id,
      title: q.title,
      highlighted: highlightPassage(plainPassage(q.text), stems),
      answered: q.accepted_answer_id !== null,
      rank: Number(q.rank),
    })),
    law,
  };
}
