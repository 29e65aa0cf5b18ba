import { pdfFonts } from './fonts.js';
import { type, wrapLines } from './layout.js';

declare global {
  namespace PDFKit.Mixins {
    // PDFKit reads `scope` (TH's Scope attribute) since 0.17; @types/pdfkit does not list it yet.
    interface StructureElementOptions {
      scope?: 'Row' | 'Column' | 'Both';
    }
  }
}

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/** One cell as the table layout sees it: TH cells are headers for their column or their row. */
export interface TableCell {
  text: string;
  header?: 'Column' | 'Row';
}

export interface TableSpec {
  /** Header row, repeated (as an artifact) at the top of every page the table continues on. */
  header?: TableCell[];
  rows: TableCell[][];
  /** Fractions of the content width; equal columns when left out. */
  columnShares?: number[];
}

interface LaidOutCell {
  cell: TableCell;
  lines: string[];
  x: number;
  width: number;
}

const MIN_LINES_BEFORE_SPLIT = 2;

/**
 * Draws a tagged table (Table › THead/TBody › TR › TH/TD, TH with a Scope attribute) below the
 * current position. A row moves to the next page whole when it fits there; only a row taller than a
 * page is split between pages. The header row is drawn again on each continuation page, marked as a
 * pagination artifact so that assistive technology reads it once.
 */
export function drawTable(doc: Doc, parent: Struct, spec: TableSpec): void {
  const left = doc.page.margins.left;
  const contentWidth = doc.page.width - left - doc.page.margins.right;
  const columns = Math.max(spec.header?.length ?? 0, ...spec.rows.map((row) => row.length), 1);
  const shares = spec.columnShares ?? Array.from({ length: columns }, () => 1 / columns);
  const widths = shares.map((share) => share * contentWidth);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((sum, w) => sum + w, 0));

  doc.fontSize(type.table);
  const layout = (row: TableCell[]): LaidOutCell[] =>
    Array.from({ length: columns }, (_, i) => {
      const cell = row[i] ?? { text: '' };
      const width = widths[i] ?? 0;
      const lines = wrapLines(doc, cell.text, width - 2 * type.cellPadding, cell.header !== undefined);
      return { cell, lines, x: xs[i] ?? left, width };
    });

  const table = doc.struct('Table');
  parent.add(table);
  const header = spec.header ? layout(spec.header) : undefined;
  const drawHeaderArtifact = header
    ? () => {
        doc.markContent('Artifact', { type: 'Pagination' });
        drawRowPart(doc, header, 0, rowLines(header), undefined);
        doc.endMarkedContent();
      }
    : undefined;

  if (header) {
    const head = doc.struct('THead');
    table.add(head);
    drawRow(doc, head, header, undefined);
    head.end();
  }
  const body = doc.struct('TBody');
  table.add(body);
  for (const row of spec.rows) drawRow(doc, body, layout(row), drawHeaderArtifact);
  body.end();
  table.end();
  doc.x = left;
  doc.moveDown(0.5);
}

function rowLines(row: LaidOutCell[]): number {
  return Math.max(1, ...row.map((cell) => cell.lines.length));
}

function lineHeight(doc: Doc): number {
  doc.fontSize(type.table);
  return doc.currentLineHeight(true) + type.lineGap;
}

function fittingLines(doc: Doc, top: number): number {
  const room = doc.page.maxY() - top - 2 * type.cellPadding;
  return Math.max(0, Math.floor(room / lineHeight(doc)));
}

function drawRow(doc: Doc, group: Struct, row: LaidOutCell[], repeatHeader: (() => void) | undefined): void {
  const tr = doc.struct('TR');
  group.add(tr);
  const cells = row.map(({ cell }) => {
    const struct = doc.struct(cell.header ? 'TH' : 'TD', cell.header ? { scope: cell.header } : {});
    tr.add(struct);
    return struct;
  });
  const total = rowLines(row);
  const freshPageLines = fittingLines(doc, doc.page.margins.top);
  let drawn = 0;
  while (drawn < total) {
    const remaining = total - drawn;
    const fit = fittingLines(doc, doc.y);
    const keepWhole = remaining <= freshPageLines && fit < remaining;
    const tooLittleRoom = fit < Math.min(remaining, MIN_LINES_BEFORE_SPLIT);
    if ((keepWhole || tooLittleRoom) && doc.y > doc.page.margins.top) {
      doc.addPage();
      repeatHeader?.();
      continue;
    }
    const count = Math.min(remaining, Math.max(fit, 1));
    drawRowPart(doc, row, drawn, count, cells);
    drawn += count;
  }
  for (const cell of cells) cell.end();
  tr.end();
}

/**
 * Draws lines [from, from + count) of every cell of a row, and its borders as a layout artifact. With
 * `structs` the text goes into the cells' structure elements, without it the caller marks the row.
 */
function drawRowPart(
  doc: Doc,
  row: LaidOutCell[],
  from: number,
  count: number,
  structs: Struct[] | undefined,
): void {
  const top = doc.y;
  const step = lineHeight(doc);
  row.forEach((laid, i) => {
    const lines = laid.lines.slice(from, from + count);
    if (lines.length === 0) return;
    const draw = () => {
      doc.font(laid.cell.header ? pdfFonts.bold.name : pdfFonts.regular.name).fontSize(type.table);
      lines.forEach((line, n) => {
        doc.text(line, laid.x + type.cellPadding, top + type.cellPadding + n * step, { lineBreak: false });
      });
    };
    const struct = structs?.[i];
    if (struct) struct.add(draw);
    else draw();
  });
  const height = count * step + 2 * type.cellPadding;
  // Without structure elements the whole row is already inside an artifact; artifacts do not nest.
  if (structs) doc.markContent('Artifact', { type: 'Layout' });
  doc.save().lineWidth(0.5).strokeColor('#666666');
  for (const laid of row) doc.rect(laid.x, top, laid.width, height).stroke();
  doc.restore();
  if (structs) doc.endMarkedContent();
  doc.x = doc.page.margins.left;
  doc.y = top + height;
}
