import PDFDocument from 'pdfkit';
import { pdfFonts } from './fonts.js';
import { page, type } from './layout.js';
import { drawTable } from './table.js';
import type { PdfBlock, PdfDocument } from './types.js';

export type { PdfBlock, PdfDocument } from './types.js';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const KEY_VALUE_SHARES = [0.35, 0.65];
const BULLET_INDENT = 14;

/**
 * Renders a document model to an accessible PDF: tagged (structure tree for headings, paragraphs,
 * lists and tables), language and title set, the title shown as window title, DejaVu Sans embedded,
 * A4 with page numbers in a footer.
 */
export function renderAccessiblePdf(model: PdfDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: page.size,
    margins: page.margins,
    pdfVersion: '1.7',
    tagged: true,
    lang: model.lang,
    displayTitle: true,
    bufferPages: true,
    info: { Title: model.title, Creator: 'Lotse', Producer: 'Lotse (PDFKit)' },
  });
  const done = collect(doc);
  doc.registerFont(pdfFonts.regular.name, pdfFonts.regular.file);
  doc.registerFont(pdfFonts.bold.name, pdfFonts.bold.file);

  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const block of model.blocks) drawBlock(doc, root, block);
  root.end();
  drawFooters(doc);
  doc.end();
  return done;
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function drawBlock(doc: Doc, root: Struct, block: PdfBlock): void {
  switch (block.kind) {
    case 'heading':
      drawHeading(doc, root, block.level, block.text);
      break;
    case 'paragraph':
      drawParagraph(doc, root, block.text);
      break;
    case 'list':
      drawList(doc, root, block.items);
      break;
    case 'table':
      drawTable(doc, root, {
        header: block.header.map((text) => ({ text, header: 'Column' })),
        rows: block.rows.map((row) => row.map((text) => ({ text }))),
      });
      break;
    case 'keyValue':
      drawTable(doc, root, {
        rows: block.items.map(({ label, value }) => [{ text: label, header: 'Row' }, { text: value }]),
        columnShares: KEY_VALUE_SHARES,
      });
      break;
    default: {
      const unknown: never = block;
      throw new Error(`unknown PDF block ${JSON.stringify(unknown)}`);
    }
  }
}

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page when fewer than `lines` body lines are left, so nothing is orphaned. */
function keepRoom(doc: Doc, lines: number): void {
  doc.font(pdfFonts.regular.name).fontSize(type.body);
  if (doc.y + lines * doc.currentLineHeight(true) > doc.page.maxY() && doc.y > doc.page.margins.top) {
    doc.addPage();
  }
}

function drawHeading(doc: Doc, root: Struct, level: 1 | 2 | 3, text: string): void {
  // A heading stays with at least three lines of what follows it.
  keepRoom(doc, 5);
  if (doc.y > doc.page.margins.top) doc.moveDown(0.6);
  root.add(
    doc.struct(`H${level}`, {}, () => {
      doc.font(pdfFonts.bold.name).fontSize(type.headings[level]);
      doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
    }),
  );
  doc.moveDown(0.4);
}

function drawParagraph(doc: Doc, root: Struct, text: string): void {
  keepRoom(doc, 2);
  root.add(
    doc.struct('P', {}, () => {
      doc.font(pdfFonts.regular.name).fontSize(type.body);
      doc.text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: type.lineGap });
    }),
  );
  doc.moveDown(0.5);
}

function drawList(doc: Doc, root: Struct, items: string[]): void {
  const list = doc.struct('L');
  root.add(list);
  const left = doc.page.margins.left;
  for (const text of items) {
    keepRoom(doc, 1);
    const top = doc.y;
    const item = doc.struct('LI');
    list.add(item);
    item.add(
      doc.struct('Lbl', {}, () => {
        doc.font(pdfFonts.regular.name).fontSize(type.body);
        doc.text('•', left + 2, top, { lineBreak: false });
      }),
    );
    item.add(
      doc.struct('LBody', {}, () => {
        doc.font(pdfFonts.regular.name).fontSize(type.body);
        doc.text(text, left + BULLET_INDENT, top, {
          width: contentWidth(doc) - BULLET_INDENT,
          lineGap: type.lineGap,
        });
      }),
    );
    item.end();
    doc.moveDown(0.2);
  }
  list.end();
  doc.x = left;
  doc.moveDown(0.3);
}

/** Page numbers as pagination artifacts: repeated furniture, not content to be read. */
function drawFooters(doc: Doc): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Writing into the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font(pdfFonts.regular.name)
      .fontSize(type.footer)
      .fillColor('#444444')
      .text(`Seite ${index + 1} von ${count}`, doc.page.margins.left, doc.page.height - page.footerOffset, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.fillColor('black');
    doc.page.margins.bottom = bottom;
  }
}
