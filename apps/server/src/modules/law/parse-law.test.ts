import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLawCitations, parseLawCitation } from '@lotse/shared';
import { describe, expect, it } from 'vitest';
import { LAW_DIR } from './import-law.js';
import { parseLaw } from './parse-law.js';
import { splitSentences } from './sentences.js';

const sgb8 = parseLaw(readFileSync(join(LAW_DIR, 'sgb_8.md'), 'utf8'));
const norm = (paragraph: string) => sgb8.find((n) => n.paragraph === paragraph);

describe('parseLaw', () => {
  it('reads every paragraph of SGB VIII once, with its title and chapter', () => {
    expect(sgb8.length).toBeGreaterThan(150);
    expect(new Set(sgb8.map((n) => n.paragraph)).size).toBe(sgb8.length);
    expect(norm('8a')?.title).toBe('Schutzauftrag bei Kindeswohlgefährdung');
    expect(norm('8a')?.context).toEqual(['Erstes Kapitel - Allgemeine Vorschriften']);
    expect(norm('36')?.title).toBe('Mitwirkung, Hilfeplan');
    expect(norm('36')?.context[0]).toBe('Zweites Kapitel - Leistungen der Jugendhilfe');
  });

  it('splits § 8a into its six subsections and keeps lists inside their sentence', () => {
    const p = norm('8a');
    expect(p?.subsections.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    const abs1 = p?.subsections[0]?.sentences ?? [];
    expect(abs1).toHaveLength(3);
    expect(abs1[1]).toMatch(/einzubeziehen und, sofern .*\n1\. sich dabei .*\n2\. Personen/s);
    expect(abs1[2]).toMatch(/^Hält das Jugendamt zur Abwendung/);
    expect(p?.subsections[4]?.sentences[2]).toBe('Absatz 4 Satz 2 und 3 gilt entsprechend.');
  });

  it('keeps lettered subsections ("2a") apart', () => {
    const sgb10 = parseLaw(readFileSync(join(LAW_DIR, 'sgb_10.md'), 'utf8'));
    const numbers = sgb10.flatMap((n) => n.subsections.map((s) => `${n.paragraph}/${s.number}`));
    expect(numbers).toEqual(expect.arrayContaining(['37/2', '37/2a', '37/2b', '37/3']));
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe('splitSentences', () => {
  it('ends sentences at full stops before a capital, not after abbreviations or ordinals', () => {
    expect(
      splitSentences('Nach § 8a Abs. 4 Nr. 2 gilt das. Die Frist beginnt am 1. Januar. Sie endet.'),
    ).toEqual(['Nach § 8a Abs. 4 Nr. 2 gilt das.', 'Die Frist beginnt am 1. Januar.', 'Sie endet.']);
    expect(splitSentences('bis zur Vollendung des 18. Lebensjahres. Das gilt z. B. auch hier.')).toEqual([
      'bis zur Vollendung des 18. Lebensjahres.',
      'Das gilt z. B. auch hier.',
    ]);
    expect(splitSentences('Es gilt Absatz 1. Das Nähere regelt das Landesrecht.')).toHaveLength(2);
  });
});

describe('law citations', () => {
  it('reads paragraph, subsection, sentence and book, SGB VIII by default', () => {
    expect(parseLawCitation('§ 8a Abs. 4 SGB VIII')).toMatchObject({
      book: 'sgb8',
      paragraph: '8a',
      subsection: '4',
    });
    expect(parseLawCitation('§ 36 Absatz 2 Satz 1')).toMatchObject({
      paragraph: '36',
      subsection: '2',
      sentence: 1,
    });
    expect(parseLawCitation('§ 4 KKG')).toMatchObject({ book: 'kkg', paragraph: '4', subsection: null });
    expect(parseLawCitation('§ 35 SGB I')).toMatchObject({ book: 'sgb1', paragraph: '35' });
    expect(parseLawCitation('§ 67 SGB X')).toMatchObject({ book: 'sgb10', paragraph: '67' });
    expect(parseLawCitation('§§ 42, 42a SGB VIII')).toMatchObject({ paragraph: '42' });
    expect(parseLawCitation('§§ 67 ff. SGB X')).toMatchObject({ book: 'sgb10', paragraph: '67' });
    expect(parseLawCitation('§ 42 Inobhutnahme')).toMatchObject({ book: 'sgb8', paragraph: '42' });
    expect(parseLawCitation('Hilfeplan')).toBeNull();
  });

  it('finds citations in running text and skips other laws', () => {
    const found = findLawCitations(
      'Nach § 1666 BGB und § 8a Abs. 2 SGB VIII (vgl. § 4 KKG) sowie § 65, nicht § 138 StGB, § 86 VwGO, § 8 SGB II.',
    );
    expect(found.map((c) => `${c.book}:${c.paragraph}:${c.subsection ?? ''}`)).toEqual([
      'sgb8:8a:2',
      'kkg:4:',
      'sgb8:65:',
    ]);
  });
});
