import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { type PdfDocument, renderAccessiblePdf } from './render.js';

const SENTENCE = 'Hilfeplangespräch für Lena Schneider – Größe, Übergänge, Maßnahmen';
const TABLE_ROWS = 60;

const sample: PdfDocument = {
  title: 'Protokoll Hilfeplangespräch',
  lang: 'de',
  blocks: [
    { kind: 'heading', level: 1, text: 'Protokoll' },
    { kind: 'paragraph', text: SENTENCE },
    {
      kind: 'keyValue',
      items: [
        { label: 'Datum', value: '4. Dezember 2026' },
        { label: 'Beteiligte', value: 'Lena Schneider, Frau Schneider (Mutter), Herr Özdemir (ASD)' },
      ],
    },
    { kind: 'heading', level: 2, text: 'Vereinbarungen' },
    { kind: 'list', items: ['Schulbegleitung ab Januar', 'Nächstes Gespräch in drei Monaten'] },
    {
      kind: 'paragraph',
      text: 'Ein längerer Absatz, der umbrechen muss. '.repeat(30),
    },
    { kind: 'heading', level: 2, text: 'Maßnahmen' },
    {
      kind: 'table',
      header: ['Maßnahme', 'Zuständig', 'Bis'],
      rows: Array.from({ length: TABLE_ROWS }, (_, i) => [
        `Maßnahme ${i + 1}: Übergang begleiten`,
        'ASD',
        '31.03.',
      ]),
    },
  ],
};

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

function walk(node: StructNode | null, visit: (node: StructNode) => void): void {
  if (!node) return;
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

async function inspect(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const pageRoles: string[][] = [];
  const taggedIds = new Set<string>();
  const markedIds: string[] = [];
  const pageTexts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const roles: string[] = [];
    pageRoles.push(roles);
    walk((await page.getStructTree()) as StructNode | null, (node) => {
      if (node.role) roles.push(node.role);
      if (node.type === 'content' && node.id) taggedIds.add(node.id);
    });
    const content = await page.getTextContent({ includeMarkedContent: true });
    let text = '';
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? ' ' : '');
      else if (item.type === 'beginMarkedContentProps' && item.id) markedIds.push(item.id);
    }
    pageTexts.push(text.replace(/\s+/g, ' '));
  }
  const markInfo = await pdf.getMarkInfo();
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
  return { pdf, pageRoles, taggedIds, markedIds, pageTexts, markInfo, title: info.Title };
}

/** Depth errors of BDC/BMC … EMC in every page content stream (PDFKit compresses them with zlib). */
function markedContentErrors(bytes: Buffer): number {
  const raw = bytes.toString('latin1');
  let errors = 0;
  for (const match of raw.matchAll(/(?<!end)stream\n/g)) {
    const dictionary = raw.slice(raw.lastIndexOf(' obj', match.index), match.index);
    if (!dictionary.includes('/FlateDecode')) continue;
    const start = match.index + match[0].length;
    const ops = inflateSync(bytes.subarray(start, raw.indexOf('\nendstream', start))).toString('latin1');
    let depth = 0;
    for (const [op] of ops.matchAll(/\b(BDC|BMC|EMC)\b/g)) {
      depth += op === 'EMC' ? -1 : 1;
      if (depth < 0) {
        errors++;
        depth = 0;
      }
    }
    errors += depth;
  }
  return errors;
}

describe('renderAccessiblePdf', () => {
  it('writes a tagged PDF with language, displayed title and embedded fonts', async () => {
    const bytes = await renderAccessiblePdf(sample);
    const raw = bytes.toString('latin1');

    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toContain('/StructTreeRoot');
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain('/Lang (de)');
    expect(raw).toContain('/FontFile2');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('<dc:title>');

    const { markInfo, title } = await inspect(bytes);
    expect(markInfo?.Marked).toBe(true);
    expect(title).toBe('Protokoll Hilfeplangespräch');
  });

  it('keeps umlauts, ß and the dash intact in the extracted text', async () => {
    const { pageTexts } = await inspect(await renderAccessiblePdf(sample));
    expect(pageTexts[0]).toContain(SENTENCE);
    expect(pageTexts.join(' ')).toContain('Nächstes Gespräch in drei Monaten');
  });

  it('tags headings, paragraphs, lists and tables, and leaves no content untagged', async () => {
    const bytes = await renderAccessiblePdf(sample);
    // PDFKit writes objects uncompressed, so each structure element is one `/S /Role` in the bytes.
    const roles = [...bytes.toString('latin1').matchAll(/\/S \/(\w+)/g)].map((match) => match[1]);
    const count = (role: string) => roles.filter((r) => r === role).length;
    const { pageRoles, taggedIds, markedIds } = await inspect(bytes);

    expect(count('Document')).toBe(1);
    expect(count('H1')).toBe(1);
    expect(count('H2')).toBe(2);
    expect(count('P')).toBe(2);
    expect(count('L')).toBe(1);
    expect(count('LI')).toBe(2);
    expect(count('LBody')).toBe(2);
    expect(count('Table')).toBe(2);
    // 3 column headers (the header repeated on later pages is an artifact) + 2 row headers.
    expect(count('TH')).toBe(5);
    expect(count('TD')).toBe(TABLE_ROWS * 3 + 2);
    // pdf.js resolves the tree from the pages: the first page holds the title, the last the table.
    expect(pageRoles[0]).toEqual(
      expect.arrayContaining(['Document', 'H1', 'P', 'L', 'LI', 'Lbl', 'LBody', 'TH']),
    );
    expect(pageRoles.at(-1)).toEqual(expect.arrayContaining(['Table', 'TBody', 'TR', 'TD']));
    // Marked content that is not an artifact (footer, borders, repeated header) belongs to the tree.
    expect(markedIds.length).toBeGreaterThan(0);
    for (const id of markedIds) expect(taggedIds.has(id), id).toBe(true);
  });

  it('opens and closes marked content in pairs on every page', async () => {
    expect(markedContentErrors(await renderAccessiblePdf(sample))).toBe(0);
  });

  it('breaks the long table across pages, repeats its header and numbers the pages', async () => {
    const { pdf, pageTexts } = await inspect(await renderAccessiblePdf(sample));
    expect(pdf.numPages).toBeGreaterThan(1);
    const last = pdf.numPages;
    expect(pageTexts[0]).toContain(`Seite 1 von ${last}`);
    expect(pageTexts[last - 1]).toContain(`Seite ${last} von ${last}`);
    expect(pageTexts[last - 1]).toContain('Maßnahme Zuständig Bis');
    expect(pageTexts.join(' ')).toContain(`Maßnahme ${TABLE_ROWS}: Übergang begleiten`);
  });

  it('continues a table row taller than a page on the next page without losing text', async () => {
    const words = Array.from({ length: 900 }, (_, i) => `Wort${i}`);
    const { pdf, pageTexts } = await inspect(
      await renderAccessiblePdf({
        title: 'Lang',
        lang: 'de',
        blocks: [{ kind: 'keyValue', items: [{ label: 'Verlauf', value: words.join(' ') }] }],
      }),
    );
    expect(pdf.numPages).toBeGreaterThan(1);
    const text = pageTexts.join(' ');
    for (const word of [words[0], words[450], words.at(-1)]) expect(text).toContain(`${word} `);
  });
});
