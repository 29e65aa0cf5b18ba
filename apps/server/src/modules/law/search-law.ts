import {
  formatLawRef,
  lawAnchor,
  lawBook,
  parseLawCitation,
  type TLawBookSlug,
  type TLawHit,
  type TLawSearchQuery,
} from '@lotse/shared';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { germanPrefixQuery, searchTerms } from '../../platform/full-text.js';

const HIGHLIGHT = 'StartSel=«, StopSel=», HighlightAll=true';

/**
 * Full-text search in the law (PostgreSQL, German stemming, every word as a prefix; any word when no
 * paragraph has all): paragraphs ranked by where the words occur (number and title weigh more than the text), each with its best
 * matching sentence. A citation ("§ 8a Abs. 4", "36 SGB VIII") leads straight to its paragraph.
 */
export async function searchLaw(tx: Kysely<Database>, query: TLawSearchQuery): Promise<TLawHit[]> {
  const cited = await citedParagraph(tx, query);
  const terms = searchTerms(query.q.replace(/§/g, ' '));
  if (terms.length === 0) return cited;
  const any = germanPrefixQuery(terms, 'any');
  const matching = (mode: 'all' | 'any') => {
    const match = germanPrefixQuery(terms, mode);
    return tx
      .selectFrom('law_norms')
      .select([
        'book',
        'paragraph',
        'title',
        // A paragraph whose title has the words ("Mitwirkung, Hilfeplan") comes before those that only use them.
        sql<number>`ts_rank_cd(search, ${match}) + CASE WHEN to_tsvector('german', title) @@ ${match} THEN 1 ELSE 0 END`.as(
          'rank',
        ),
      ])
      .where(sql<boolean>`search @@ ${match}`)
      .$if(query.book !== undefined, (q) => q.where('book', '=', query.book ?? ''))
      .orderBy('rank', 'desc')
      .orderBy('book')
      .orderBy('position')
      .limit(query.limit)
      .execute();
  };
  // Paragraphs with every word first; where none has all of them, those with any.
  let norms = await matching('all');
  if (norms.length === 0 && terms.length > 1) norms = await matching('any');
  if (norms.length === 0) return cited;
  const keys = norms.map((n) => `${n.book}/${n.paragraph}`);
  const best = await tx
    .selectFrom('law_sentences')
    .distinctOn(['book', 'paragraph'])
    .select([
      'book',
      'paragraph',
      'subsection',
      'sentence',
      'body',
      sql<string>`ts_headline('german', body, ${any}, ${HIGHLIGHT})`.as('highlighted'),
    ])
    .where(sql<boolean>`book || '/' || paragraph = ANY(${keys})`)
    .orderBy('book')
    .orderBy('paragraph')
    .orderBy(sql`ts_rank(search, ${any})`, 'desc')
    .orderBy('position')
    .execute();
  const hits = norms.flatMap((n): TLawHit[] => {
    const s = best.find((b) => b.book === n.book && b.paragraph === n.paragraph);
    if (!s) return [];
    const book = n.book as TLawBookSlug;
    const subsection = s.subsection === '' ? null : s.subsection;
    return [
      {
        book,
        paragraph: n.paragraph,
        ref: `§ ${n.paragraph} ${lawBook(book).abbreviation}`,
        title: n.title,
        sentenceRef: formatLawRef({ book, paragraph: n.paragraph, subsection, sentence: s.sentence }),
        anchor: lawAnchor(subsection, s.sentence),
        text: s.body,
        highlighted: s.highlighted,
        rank: Number(n.rank),
      },
    ];
  });
  return [...cited, ...hits.filter((h) => !cited.some((c) => c.ref === h.ref))].slice(0, query.limit);
}

/** The paragraph a search names by citation, as the first hit (its first sentence, or the cited one). */
async function citedParagraph(tx: Kysely<Database>, query: TLawSearchQuery): Promise<TLawHit[]> {
  const place = parseLawCitation(/^\d/.test(query.q) ? `§ ${query.q}` : query.q);
  if (!place || (query.book && query.book !== place.book)) return [];
  const rows = await tx
    .selectFrom('law_sentences as s')
    .innerJoin('law_norms as n', (j) =>
      j.onRef('n.book', '=', 's.book').onRef('n.paragraph', '=', 's.paragraph'),
    )
    .select(['n.title', 's.subsection', 's.sentence', 's.body'])
    .where('s.book', '=', place.book)
    .where('s.paragraph', '=', place.paragraph)
    .orderBy('s.position')
    .execute();
  const row =
    rows.find((r) => r.subsection === (place.subsection ?? '') && r.sentence === (place.sentence ?? 1)) ??
    rows[0];
  if (!row) return [];
  const subsection = row.subsection === '' ? null : row.subsection;
  return [
    {
      book: place.book,
      paragraph: place.paragraph,
      ref: `§ ${place.paragraph} ${lawBook(place.book).abbreviation}`,
      title: row.title,
      sentenceRef: formatLawRef({
        book: place.book,
        paragraph: place.paragraph,
        subsection,
        sentence: row.sentence,
      }),
      anchor: lawAnchor(subsection, row.sentence),
      text: row.body,
      highlighted: row.body,
      rank: 1000,
    },
  ];
}
