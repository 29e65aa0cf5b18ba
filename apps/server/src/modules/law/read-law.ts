import {
  formatLawRef,
  LAW_BOOKS,
  lawAnchor,
  lawBook,
  type TLawBookSlug,
  type TLawParagraph,
  type TLawToc,
} from '@lotse/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';

const OFFICIAL: Record<TLawBookSlug, string> = { sgb8: 'sgb_8', sgb1: 'sgb_1', sgb10: 'sgb_10', kkg: 'kkg' };

/** The paragraph's official current text on gesetze-im-internet.de (Federal Ministry of Justice). */
export const officialUrl = (book: TLawBookSlug, paragraph: string) =>
  `https://www.gesetze-im-internet.de/${OFFICIAL[book]}/__${paragraph}.html`;

/** One paragraph with its subsections and sentences, each with its citation and anchor. */
export async function readParagraph(
  tx: Kysely<Database>,
  book: TLawBookSlug,
  paragraph: string,
): Promise<TLawParagraph> {
  const norm = await tx
    .selectFrom('law_norms')
    .select(['title', 'context', 'body', 'position'])
    .where('book', '=', book)
    .where('paragraph', '=', paragraph)
    .executeTakeFirst();
  if (!norm) throw notFound(`§ ${paragraph} ${lawBook(book).abbreviation}`);
  const [sentences, neighbours] = await Promise.all([
    tx
      .selectFrom('law_sentences')
      .select(['subsection', 'sentence', 'body'])
      .where('book', '=', book)
      .where('paragraph', '=', paragraph)
      .orderBy('position')
      .execute(),
    tx
      .selectFrom('law_norms')
      .select(['paragraph', 'position'])
      .where('book', '=', book)
      .where('position', 'in', [norm.position - 1, norm.position + 1])
      .execute(),
  ]);
  const subsections: TLawParagraph['subsections'] = [];
  for (const s of sentences) {
    const number = s.subsection === '' ? null : s.subsection;
    let sub = subsections[subsections.length - 1];
    if (!sub || sub.number !== number) {
      sub = { number, anchor: lawAnchor(number), sentences: [] };
      subsections.push(sub);
    }
    sub.sentences.push({
      number: s.sentence,
      ref: formatLawRef({ book, paragraph, subsection: number, sentence: s.sentence }),
      anchor: lawAnchor(number, s.sentence),
      text: s.body,
    });
  }
  const at = (position: number) => neighbours.find((n) => n.position === position)?.paragraph ?? null;
  return {
    book,
    paragraph,
    ref: formatLawRef({ book, paragraph, subsection: null, sentence: null }),
    title: norm.title,
    context: norm.context,
    text: norm.body,
    subsections,
    previous: at(norm.position - 1),
    next: at(norm.position + 1),
    officialUrl: officialUrl(book, paragraph),
  };
}

/** Every book with its paragraphs' numbers and titles, in order. */
export async function lawContents(tx: Kysely<Database>): Promise<TLawToc> {
  const rows = await tx
    .selectFrom('law_norms')
    .select(['book', 'paragraph', 'title'])
    .orderBy('book')
    .orderBy('position')
    .execute();
  return LAW_BOOKS.map((b) => ({
    book: b.slug,
    abbreviation: b.abbreviation,
    title: b.title,
    paragraphs: rows
      .filter((r) => r.book === b.slug)
      .map((r) => ({ paragraph: r.paragraph, ref: `§ ${r.paragraph} ${b.abbreviation}`, title: r.title })),
  }));
}

/** Whether a place in the law exists: the paragraph and, if given, its subsection (for citation checks). */
export async function lawPlaceExists(
  tx: Kysely<Database>,
  place: { book: TLawBookSlug; paragraph: string; subsection: string | null },
): Promise<boolean> {
  let query = tx
    .selectFrom('law_sentences')
    .select('paragraph')
    .where('book', '=', place.book)
    .where('paragraph', '=', place.paragraph);
  if (place.subsection !== null) query = query.where('subsection', '=', place.subsection);
  return (await query.limit(1).executeTakeFirst()) !== undefined;
}
