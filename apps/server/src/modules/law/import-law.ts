import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAW_BOOKS, type TLawBookSlug } from '@lotse/shared';
import { type Kysely, sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Database } from '../../db/schema.js';
import { type ParsedNorm, parseLaw } from './parse-law.js';

/** The project's own copy of the law texts (official works, § 5 UrhG): data/law/*.md. */
export const LAW_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../../data/law');
const FILES: Record<TLawBookSlug, string> = {
  sgb8: 'sgb_8.md',
  sgb1: 'sgb_1.md',
  sgb10: 'sgb_10.md',
  kkg: 'kkg.md',
};
const BATCH = 400;

/** "(1) Satz. Satz.\n\n(2) …": a paragraph's whole text from its subsections. */
export const normBody = (norm: ParsedNorm) =>
  norm.subsections
    .map((s) => `${s.number === null ? '' : `(${s.number}) `}${s.sentences.join(' ')}`)
    .join('\n\n');

/**
 * Brings the law tables up to the texts in data/law: a book whose file changed (by its hash) is
 * replaced whole, in one transaction; an unchanged book is left alone, so a start costs one query.
 * Returns the books it imported.
 */
export async function ensureLawImported(db: Db, dir = LAW_DIR): Promise<TLawBookSlug[]> {
  const sources = await Promise.all(
    LAW_BOOKS.map(async ({ slug }) => {
      const text = await readFile(join(dir, FILES[slug]), 'utf8');
      return { slug, text, hash: createHash('sha256').update(text).digest('hex') };
    }),
  );
  return db.withOwner(async (owner) => {
    const run = <T>(fn: (tx: Kysely<Database>) => Promise<T>) =>
      owner.isTransaction ? fn(owner) : owner.transaction().execute(fn);
    return run(async (tx) => {
      // Two instances starting together: the second waits, then finds the books current.
      await sql`SELECT pg_advisory_xact_lock(727275)`.execute(tx);
      const stored = await tx.selectFrom('law_sources').select(['book', 'source_hash']).execute();
      const current = new Map(stored.map((s) => [s.book, s.source_hash]));
      const imported: TLawBookSlug[] = [];
      for (const source of sources) {
        if (current.get(source.slug) === source.hash) continue;
        await replaceBook(tx, source.slug, parseLaw(source.text));
        await tx
          .insertInto('law_sources')
          .values({ book: source.slug, source_hash: source.hash })
          .onConflict((oc) =>
            oc.column('book').doUpdateSet({ source_hash: source.hash, imported_at: new Date() }),
          )
          .execute();
        imported.push(source.slug);
      }
      return imported;
    });
  });
}

async function replaceBook(tx: Kysely<Database>, book: TLawBookSlug, norms: ParsedNorm[]) {
  await tx.deleteFrom('law_norms').where('book', '=', book).execute();
  const normRows = norms.map((norm, position) => ({
    book,
    paragraph: norm.paragraph,
    position,
    title: norm.title || '(ohne Überschrift)',
    context: norm.context,
    body: normBody(norm),
  }));
  const sentenceRows = norms.flatMap((norm) =>
    norm.subsections
      .flatMap((s) => s.sentences.map((body, i) => ({ subsection: s.number ?? '', sentence: i + 1, body })))
      .map((row, position) => ({ book, paragraph: norm.paragraph, position, ...row })),
  );
  for (let i = 0; i < normRows.length; i += BATCH)
    await tx
      .insertInto('law_norms')
      .values(normRows.slice(i, i + BATCH))
      .execute();
  for (let i = 0; i < sentenceRows.length; i += BATCH)
    await tx
      .insertInto('law_sentences')
      .values(sentenceRows.slice(i, i + BATCH))
      .execute();
}
