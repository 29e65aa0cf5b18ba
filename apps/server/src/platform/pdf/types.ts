/** A document for the accessible PDF renderer: structure only, the renderer decides the look. */
export interface PdfDocument {
  /** Shown as the window title and written to the metadata. */
  title: string;
  /** BCP 47 language of the whole document, e.g. `de`. */
  lang: string;
  blocks: PdfBlock[];
}

export type PdfBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'keyValue'; items: { label: string; value: string }[] };
