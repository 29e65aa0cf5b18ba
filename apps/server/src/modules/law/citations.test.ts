// Every paragraph the cockpit cites must exist: a citation that does not resolve fails here, with
// where it stands. The citations come from the web's staff and provider sources (every string and
// JSX text, not comments), the shared contract's labels, the server's texts (hint rules, records,
// demo data) and the data files shown to staff (§ 8a catalogue, perspectives, statistics codes).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findLawCitations, formatLawRef, type LawCitation } from '@lotse/shared';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/connection.js';
import { freshDatabase } from '../../test-support/database.js';
import { HINT_RULES } from '../hints/rules.js';
import { lawPlaceExists } from './read-law.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../../..');

interface Found {
  /** "apps/web/src/staff/hints/HintsCard.tsx:48" */
  where: string;
  citation: LawCitation;
}

/** Every string a source file can show: string and template literals and JSX text, without comments. */
function stringsOf(path: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ text: node.text, line });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** .ts and .tsx files below `dir`, without tests. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f))
    .sort();
}

/** Every string value in a JSON document. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

const citationsIn = (where: string, text: string): Found[] =>
  findLawCitations(text).map((citation) => ({ where, citation }));

/** The citations of the cockpit: its sources, the shared labels, server texts and data files. */
function collectCitations(): Found[] {
  const dirs = ['apps/web/src/staff', 'apps/web/src/provider', 'packages/shared/src', 'apps/server/src'];
  const fromSources = dirs.flatMap((dir) =>
    sourceFiles(join(ROOT, dir)).flatMap((file) =>
      stringsOf(file).flatMap((s) => citationsIn(`${relative(ROOT, file)}:${s.line}`, s.text)),
    ),
  );
  // The hint rules compose their citations ("§ " + "36" + " Abs. 2" …): take the composed ones.
  const fromHints = HINT_RULES.flatMap((r) => citationsIn(`Hinweisregel ${r.rule}`, r.law.cite));
  const dataFiles = ['protection', 'perspectives', 'statistics'].flatMap((dir) =>
    readdirSync(join(ROOT, 'data', dir))
      .filter((f) => f.endsWith('.json'))
      .map((f) => join('data', dir, f)),
  );
  const fromData = dataFiles.flatMap((file) =>
    jsonStrings(JSON.parse(readFileSync(join(ROOT, file), 'utf8'))).flatMap((text) =>
      citationsIn(file, text),
    ),
  );
  return [...fromSources, ...fromHints, ...fromData];
}

/** The citations that name a paragraph, subsection or sentence the law does not have. */
async function unresolved(db: Db, found: Found[]): Promise<Found[]> {
  const known = new Map<string, boolean>();
  const missing: Found[] = [];
  await db.withOwner(async (owner) => {
    for (const f of found) {
      const c = f.citation;
      const key = `${c.book}|${c.paragraph}|${c.subsection}|${c.sentence}`;
      let exists = known.get(key);
      if (exists === undefined) {
        exists = await lawPlaceExists(owner, c);
        if (exists && c.sentence !== null) {
          const sentence = await owner
            .selectFrom('law_sentences')
            .select('sentence')
            .where('book', '=', c.book)
            .where('paragraph', '=', c.paragraph)
            .where('subsection', '=', c.subsection ?? '')
            .where('sentence', '=', c.sentence)
            .executeTakeFirst();
          exists = sentence !== undefined;
        }
        known.set(key, exists);
      }
      if (!exists) missing.push(f);
    }
  });
  return missing;
}

const report = (missing: Found[]) =>
  missing.map((m) => `${m.where}: „${m.citation.text}“ (${formatLawRef(m.citation)})`).join('\n');

let db: Db;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await freshDatabase());
});
afterAll(() => drop());

describe('citations of the law in the cockpit', () => {
  it('reports a made-up place and passes real ones', async () => {
    const found = citationsIn(
      'Beispiel',
      'Nach § 8a Abs. 9 SGB VIII, § 8a Abs. 1 Satz 7, § 999 SGB X und § 4 KKG, aber § 8a Abs. 4 SGB VIII und § 35 SGB I.',
    );
    const missing = await unresolved(db, found);
    expect(missing.map((m) => formatLawRef(m.citation))).toEqual([
      '§ 8a Abs. 9 SGB VIII',
      '§ 8a Abs. 1 Satz 7 SGB VIII',
      '§ 999 SGB X',
    ]);
    expect(report(missing)).toContain('Beispiel: „§ 8a Abs. 9 SGB VIII“');
  });

  it('resolves every paragraph, subsection and sentence the cockpit cites', async () => {
    const found = collectCitations();
    const places = new Set(found.map((f) => formatLawRef(f.citation)));
    // Not vacuous: the hints, § 8a checklist, help plan, consent and § 65 texts cite a good many places.
    expect(found.length).toBeGreaterThan(150);
    expect(places.size).toBeGreaterThan(30);
    for (const place of [
      '§ 36 Abs. 2 SGB VIII',
      '§ 8a Abs. 1 Satz 1 SGB VIII',
      '§ 65 Abs. 1 SGB VIII',
      '§ 5 SGB VIII',
    ])
      expect(places, place).toContain(place);
    expect(found.some((f) => f.where.startsWith('Hinweisregel'))).toBe(true);
    expect(found.some((f) => f.where.startsWith('data/protection/'))).toBe(true);
    const missing = await unresolved(db, found);
    expect(missing, `Zitate ohne Stelle im Gesetz:\n${report(missing)}`).toEqual([]);
  });
});
