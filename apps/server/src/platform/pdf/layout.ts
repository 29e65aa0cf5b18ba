import { pdfFonts } from './fonts.js';

/** A4 in points with 2 cm side margins; the bottom margin leaves room for the page-number footer. */
export const page = {
  size: 'A4',
  margins: { top: 57, bottom: 71, left: 57, right: 57 },
  footerOffset: 42,
} as const;

export const type = {
  body: 11,
  table: 10,
  footer: 9,
  headings: { 1: 18, 2: 14, 3: 12 },
  lineGap: 2,
  cellPadding: 4,
} as const;

/** The part of PDFKit's document that measuring lines needs. */
interface Measure {
  font(name: string): unknown;
  fontSize(size: number): unknown;
  widthOfString(text: string): number;
}

/**
 * Breaks text into lines no wider than `width` (greedy, at spaces; a word longer than a line is cut
 * by characters). Table cells are laid out line by line so that a row taller than the rest of the
 * page can continue on the next one without losing text.
 */
export function wrapLines(doc: Measure, text: string, width: number, bold = false): string[] {
  doc.font(bold ? pdfFonts.bold.name : pdfFonts.regular.name);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (doc.widthOfString(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = cutToWidth(doc, word, width);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
    lines.push(line);
  }
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** Splits one over-long word into pieces that fit; the last piece may be shorter. */
function cutToWidth(doc: Measure, word: string, width: number): string[] {
  if (doc.widthOfString(word) <= width) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && doc.widthOfString(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  pieces.push(piece);
  return pieces;
}
