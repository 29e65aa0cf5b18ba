// Tables of the law module: reference data for every office (no tenant, no persons), written only by
// the import at start-up (import-law.ts), read by everyone signed in. Others use index.ts.
import type { Generated } from 'kysely';

export interface LawSourcesTable {
  book: string;
  source_hash: string;
  imported_at: Generated<Date>;
}

export interface LawNormsTable {
  book: string;
  paragraph: string;
  /** Order within the book. */
  position: number;
  title: string;
  context: string[];
  /** The whole text: subsections separated by blank lines, list items on their own lines. */
  body: string;
  search: Generated<string>;
}

export interface LawSentencesTable {
  book: string;
  paragraph: string;
  /** "1", "2a"; "" for a paragraph without numbered subsections. */
  subsection: string;
  sentence: number;
  /** Order within the paragraph. */
  position: number;
  body: string;
  search: Generated<string>;
}

export interface LawTables {
  law_sources: LawSourcesTable;
  law_norms: LawNormsTable;
  law_sentences: LawSentencesTable;
}
