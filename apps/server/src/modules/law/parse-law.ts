import { splitSentences } from './sentences.js';

/** One paragraph (§) of a law as read from its Markdown rendering. */
export interface ParsedNorm {
  paragraph: string;
  title: string;
  /** Chapter and section headings above it, outermost first. */
  context: string[];
  subsections: { number: string | null; sentences: string[] }[];
}

const NORM_HEADING = /^(#{2,6})\s+§\s*(\d{1,3}[a-z]?)\b\s*(.*)$/;
const OTHER_HEADING = /^(#{1,6})\s+(.*)$/;
const SUBSECTION = /^\((\d{1,2}[a-z]?)\)\s*/;
const LIST_ITEM = /^(\d{1,2}[a-z]?\.|[a-z]{1,2}\))\s+/;

/**
 * Reads a law's Markdown (bundestag/gesetze style: "### § 8a Title" headings, "(1)" subsections,
 * indented list items) into paragraphs, subsections and sentences. Lists stay inside the sentence that
 * introduces them, one item per line; text after a list starts a new sentence unless it continues
 * the sentence (lower-case start, or the list's last item ends without a full stop).
 */
export function parseLaw(markdown: string): ParsedNorm[] {
  const norms: ParsedNorm[] = [];
  const headings: string[] = [];
  let body: string[] | null = null;
  let current: Omit<ParsedNorm, 'subsections'> | null = null;
  const finish = () => {
    if (current && body) norms.push({ ...current, subsections: parseBody(body) });
    current = null;
    body = null;
  };
  for (const line of withoutFrontMatter(markdown).split('\n')) {
    const norm = NORM_HEADING.exec(line);
    if (norm) {
      finish();
      const level = norm[1]?.length ?? 2;
      current = {
        paragraph: norm[2] ?? '',
        title: (norm[3] ?? '').trim(),
        context: headings.slice(1, level - 1).filter(Boolean),
      };
      body = [];
      continue;
    }
    const heading = OTHER_HEADING.exec(line);
    if (heading) {
      finish();
      const level = heading[1]?.length ?? 1;
      headings.length = level;
      headings[level - 1] = (heading[2] ?? '').trim();
      continue;
    }
    body?.push(line);
  }
  finish();
  return norms;
}

function withoutFrontMatter(markdown: string): string {
  if (!markdown.startsWith('---')) return markdown;
  const end = markdown.indexOf('\n---', 3);
  return end < 0 ? markdown : markdown.slice(end + 4);
}

type Block = { kind: 'text'; text: string } | { kind: 'item'; text: string; depth: number };

/** Blank-line separated blocks → subsections of sentences. */
function parseBody(lines: string[]): ParsedNorm['subsections'] {
  const subsections: { number: string | null; blocks: Block[] }[] = [];
  for (const raw of blocksOf(lines)) {
    const depth = raw.match(/^ */)?.[0].length ?? 0;
    let text = raw.replace(/\s+/g, ' ').trim();
    const sub = SUBSECTION.exec(text);
    if (sub && depth === 0) {
      subsections.push({ number: sub[1] ?? '', blocks: [] });
      text = text.slice(sub[0].length);
    }
    if (subsections.length === 0) subsections.push({ number: null, blocks: [] });
    const target = subsections[subsections.length - 1];
    if (!text || !target) continue;
    target.blocks.push(LIST_ITEM.test(text) ? { kind: 'item', text, depth } : { kind: 'text', text });
  }
  return subsections
    .map((s) => ({ number: s.number, sentences: sentencesOf(s.blocks) }))
    .filter((s) => s.sentences.length > 0);
}

function blocksOf(lines: string[]): string[] {
  const blocks: string[] = [];
  let open: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (open.length) blocks.push(open.join('\n'));
      open = [];
    } else open.push(line);
  }
  if (open.length) blocks.push(open.join('\n'));
  return blocks;
}

/** Joins a subsection's blocks into sentences: list items belong to the sentence before them. */
function sentencesOf(blocks: Block[]): string[] {
  const sentences: string[] = [];
  let afterList = false;
  for (const block of blocks) {
    if (block.kind === 'item') {
      const indent = block.depth >= 8 ? '  ' : '';
      if (sentences.length === 0) sentences.push('');
      sentences[sentences.length - 1] = `${sentences[sentences.length - 1]}\n${indent}${block.text}`.trim();
      afterList = true;
      continue;
    }
    const parts = splitSentences(block.text);
    const last = sentences[sentences.length - 1];
    const continues =
      afterList && last !== undefined && (/^[a-zäöü]/.test(block.text) || !/[.!?]$/.test(last.trim()));
    if (continues && parts.length > 0) {
      sentences[sentences.length - 1] = `${last}\n${parts.shift()}`;
    } else if (!afterList && last !== undefined && !/[.!?:;]$/.test(last.trim()) && parts.length > 0) {
      // A block that ends mid-sentence (e.g. before a quoted definition) goes on in the next one.
      sentences[sentences.length - 1] = `${last} ${parts.shift()}`;
    }
    sentences.push(...parts);
    afterList = false;
  }
  return sentences.map((s) => s.trim()).filter(Boolean);
}
