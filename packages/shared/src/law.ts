// The law at hand (issue "Knowledge at hand"): SGB VIII, SGB I, SGB X and KKG, per paragraph and sentence.
import { z } from 'zod';

/** The books Lotse carries, by the slug used in URLs, with the abbreviation used in citations. */
export const LAW_BOOKS = [
  { slug: 'sgb8', abbreviation: 'SGB VIII', title: 'Sozialgesetzbuch Achtes Buch – Kinder- und Jugendhilfe' },
  { slug: 'sgb1', abbreviation: 'SGB I', title: 'Sozialgesetzbuch Erstes Buch – Allgemeiner Teil' },
  {
    slug: 'sgb10',
    abbreviation: 'SGB X',
    title: 'Sozialgesetzbuch Zehntes Buch – Sozialverwaltungsverfahren und Sozialdatenschutz',
  },
  { slug: 'kkg', abbreviation: 'KKG', title: 'Gesetz zur Kooperation und Information im Kinderschutz' },
] as const;
export type TLawBookSlug = (typeof LAW_BOOKS)[number]['slug'];
export const ZLawBookSlug = z.enum(LAW_BOOKS.map((b) => b.slug) as [TLawBookSlug, ...TLawBookSlug[]], {
  message: 'Unbekanntes Gesetz (sgb8, sgb1, sgb10 oder kkg)',
});

const BY_ABBREVIATION = new Map<string, TLawBookSlug>([
  ['SGB VIII', 'sgb8'],
  ['SGB 8', 'sgb8'],
  ['SGB I', 'sgb1'],
  ['SGB 1', 'sgb1'],
  ['SGB X', 'sgb10'],
  ['SGB 10', 'sgb10'],
  ['KKG', 'kkg'],
]);

export const lawBook = (slug: TLawBookSlug) => LAW_BOOKS.find((b) => b.slug === slug) ?? LAW_BOOKS[0];

/** A place in the law: a paragraph, optionally one of its subsections (Absatz) and sentences (Satz). */
export interface LawCitation {
  book: TLawBookSlug;
  paragraph: string;
  subsection: string | null;
  sentence: number | null;
  /** The citation as written in the text. */
  text: string;
}

/**
 * Citations in German legal style: "§ 8a Abs. 4 SGB VIII", "§ 36 Absatz 2 Satz 1", "§ 65 Abs. 1 Nr. 2",
 * "§ 4 KKG", "§§ 42, 42a SGB VIII" (the first of a list), "§§ 67 ff. SGB X". Without a book, SGB VIII
 * is meant (the cockpit's home law); a citation of another law ("§ 1666 BGB", "§ 138 StGB",
 * "§ 8 SGB II") is not matched: any abbreviation with two capitals after it names a law.
 */
const CITATION =
  /§§?\s*(\d{1,3}[a-z]?)\b(?:(?:,|\s+und|\s+bis)\s*\d{1,3}[a-z]?\b)*(?:\s+(?:Abs\.|Absatz)\s*(\d{1,2}[a-z]?)\b)?(?:\s+(?:S\.|Satz)\s*(\d{1,2}))?(?:\s+(?:Nr\.|Nummer)\s*\d{1,2}[a-z]?)?(?:\s+ff?\.)?(?:\s+(SGB\s+[IVX\d]+\b|[A-ZÄÖÜ][A-Za-zäöü]*[A-Z][A-Za-zäöü]*\b))?/g;

/** Every citation of SGB VIII, SGB I, SGB X or KKG in a text, in order. */
export function findLawCitations(text: string): (LawCitation & { index: number })[] {
  const found: (LawCitation & { index: number })[] = [];
  for (const m of text.matchAll(CITATION)) {
    const bookText = m[4]?.replace(/\s+/g, ' ');
    const book = bookText === undefined ? 'sgb8' : BY_ABBREVIATION.get(bookText);
    if (!book) continue;
    found.push({
      book,
      paragraph: m[1] ?? '',
      subsection: m[2] ?? null,
      sentence: m[3] ? Number(m[3]) : null,
      text: m[0],
      index: m.index ?? 0,
    });
  }
  return found;
}

/** The one citation a text consists of, or null ("§ 8a Abs. 4 SGB VIII"). */
export function parseLawCitation(text: string): LawCitation | null {
  const [first] = findLawCitations(text.trim());
  return first && first.index === 0 ? first : null;
}

/** "§ 8a Abs. 4 Satz 2 SGB VIII" for a place in the law. */
export function formatLawRef(place: Omit<LawCitation, 'text'>): string {
  const parts = [`§ ${place.paragraph}`];
  if (place.subsection !== null) parts.push(`Abs. ${place.subsection}`);
  if (place.sentence !== null) parts.push(`Satz ${place.sentence}`);
  parts.push(lawBook(place.book).abbreviation);
  return parts.join(' ');
}

/** The element id of a subsection or sentence in a paragraph's text ("abs-4", "abs-4-satz-2"). */
export const lawAnchor = (subsection: string | null, sentence: number | null = null) =>
  `abs-${subsection || '0'}${sentence === null ? '' : `-satz-${sentence}`}`;

export const ZLawParagraphParams = z.object({
  book: ZLawBookSlug,
  paragraph: z.string().regex(/^\d{1,5}[a-z]?$/, 'Ungültige Paragrafennummer (z. B. 8a)'),
});

export const ZLawSentenceSchema = z.object({
  number: z.number().int(),
  /** "§ 8a Abs. 4 Satz 2 SGB VIII". */
  ref: z.string(),
  anchor: z.string(),
  /** The sentence; list items start on their own line ("1. …"). */
  text: z.string(),
});
export const ZLawSubsectionSchema = z.object({
  /** The Absatz ("1", "2a"); null for a paragraph without numbered subsections. */
  number: z.string().nullable(),
  anchor: z.string(),
  sentences: z.array(ZLawSentenceSchema),
});

export const ZLawParagraphSchema = z.object({
  book: ZLawBookSlug,
  paragraph: z.string(),
  /** "§ 8a SGB VIII". */
  ref: z.string(),
  title: z.string(),
  /** Chapter and section headings above the paragraph. */
  context: z.array(z.string()),
  /** The whole text, subsections separated by blank lines. */
  text: z.string(),
  subsections: z.array(ZLawSubsectionSchema),
  /** The neighbours, for paging through the law. */
  previous: z.string().nullable(),
  next: z.string().nullable(),
  /** The official current text online. */
  officialUrl: z.url(),
});
export type TLawParagraph = z.infer<typeof ZLawParagraphSchema>;

export const ZLawSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(2, 'Bitte geben Sie mindestens zwei Zeichen ein.')
    .max(200, 'Die Suche ist zu lang (höchstens 200 Zeichen).'),
  book: ZLawBookSlug.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type TLawSearchQuery = z.infer<typeof ZLawSearchQuery>;

export const ZLawHitSchema = z.object({
  book: ZLawBookSlug,
  paragraph: z.string(),
  /** "§ 36 SGB VIII". */
  ref: z.string(),
  title: z.string(),
  /** The best matching sentence ("§ 36 Abs. 2 Satz 1 SGB VIII") and its anchor in the paragraph. */
  sentenceRef: z.string(),
  anchor: z.string(),
  /** The matching sentence's text. */
  text: z.string(),
  /** The same text with the matched words between «» marks, for highlighting. */
  highlighted: z.string(),
  rank: z.number(),
});
export type TLawHit = z.infer<typeof ZLawHitSchema>;

export const ZLawTocSchema = z.array(
  z.object({
    book: ZLawBookSlug,
    abbreviation: z.string(),
    title: z.string(),
    paragraphs: z.array(z.object({ paragraph: z.string(), ref: z.string(), title: z.string() })),
  }),
);
export type TLawToc = z.infer<typeof ZLawTocSchema>;
