import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STARTER_DIR } from '../knowledge/index.js';
import { canonicalJson, contentHash } from './canonical.js';
import {
  articleParts,
  candidateNames,
  catalogueParts,
  describeFinding,
  findPersonalData,
  type PersonalDataKind,
} from './personal-data-check.js';

/** Lotse's starter articles (data/knowledge/articles): title and Markdown after the front matter. */
function starterArticles(): { slug: string; title: string; body: string; tags: string[] }[] {
  const dir = join(STARTER_DIR, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const head = /^---\n([\s\S]*?)\n---\n/.exec(text);
      const title = /^title:\s*(.+)$/m.exec(head?.[1] ?? '')?.[1] ?? f;
      return { slug: f, title, body: text.slice(head?.[0].length ?? 0), tags: [] };
    });
}

const kinds = (text: string): PersonalDataKind[] =>
  findPersonalData(articleParts({ title: 'Vorlage', body: text, tags: [] })).map((f) => f.kind);

/** Words of ordinary template text: no digits, no @, nothing that looks like a street. */
const safeWord = fc.constantFrom(
  'Hilfeplan',
  'Gespräch',
  'mit',
  'der',
  'Familie',
  'vorbereiten',
  'Kind',
  'Schule',
  'Kindeswohl',
  '§',
  '8a',
  'Abs.',
  'SGB',
  'VIII',
  'Termin',
  'Jugendamt',
  'am',
  'Schritt',
  '2',
  '1.000',
  'Euro',
  '09:30',
  'Uhr',
  '2024',
  '12101',
  '[Name]',
  '[Datum]',
);
const safeText = fc.array(safeWord, { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));

describe('findPersonalData', () => {
  it('names the line and what it found, in German', () => {
    const body = [
      'Einladung zum Gespräch',
      'Frau [Name], geb. 12.03.2015, wohnt Hauptstraße 12a.',
      'Rückfragen: 030 1234567 oder lena.s@example.org',
      'IBAN DE89 3704 0044 0532 0130 00 – Aktenzeichen 2025-NORD-0042',
      'Berliner Straße 5, am 3. März 2019 (2019-03-03), Tel. +49 151 12345678, (030) 123456, Az. 51.2-123/24',
    ].join('\n');
    expect(findPersonalData(articleParts({ title: 'Brief', body, tags: [] })).map(describeFinding)).toEqual([
      'Zeile 2: Datum (z. B. Geburtsdatum) „12.03.2015“',
      'Zeile 2: Anschrift mit Hausnummer „Hauptstraße 12a“',
      'Zeile 3: Telefonnummer „030 1234567“',
      'Zeile 3: E-Mail-Adresse „lena.s@example.org“',
      'Zeile 4: IBAN „DE89 3704 0044 0532 0130 00“',
      'Zeile 4: Aktenzeichen „2025-NORD-0042“',
      'Zeile 5: Anschrift mit Hausnummer „Berliner Straße 5“',
      'Zeile 5: Datum (z. B. Geburtsdatum) „3. März 2019“',
      'Zeile 5: Datum (z. B. Geburtsdatum) „2019-03-03“',
      'Zeile 5: Telefonnummer „+49 151 12345678“',
      'Zeile 5: Telefonnummer „(030) 123456“',
      'Zeile 5: Aktenzeichen „Az. 51.2-123/24“',
    ]);
  });

  it('leaves paragraphs, postcodes, years, amounts, times and placeholders alone', () => {
    expect(
      kinds(
        'Nach § 8a Abs. 4 SGB VIII, Stand 2024, PLZ 12101: 1.000 Euro, 09:30 Uhr, Schritt 2, Version 1.2.3, [Datum]',
      ),
    ).toEqual([]);
  });

  it('finds nothing in ordinary template text (property)', () => {
    fc.assert(
      fc.property(safeText, (text) => {
        expect(kinds(text)).toEqual([]);
      }),
    );
  });

  it('finds any e-mail address, wherever it stands (property)', () => {
    fc.assert(
      fc.property(safeText, fc.emailAddress(), safeText, (before, email, after) => {
        const found = findPersonalData([{ where: 'Zeile 1', text: `${before} ${email} ${after}` }]);
        expect(found.some((f) => f.kind === 'email' && email.includes(f.text))).toBe(true);
      }),
    );
  });

  it('finds full dates in German and ISO writing (property)', () => {
    const date = fc.date({ min: new Date('1950-01-01'), max: new Date('2049-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(safeText, date, fc.boolean(), (before, d, iso) => {
        const day = d.toISOString().slice(0, 10);
        const text = iso ? day : `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
        expect(kinds(`${before} ${text}`)).toContain('date');
      }),
    );
  });

  it('finds German phone numbers with area code (property)', () => {
    const phone = fc
      .tuple(
        fc.stringMatching(/^[1-9]\d{1,3}$/),
        fc.stringMatching(/^[1-9]\d{4,7}$/),
        fc.constantFrom(' ', '/', '-'),
        fc.boolean(),
      )
      .map(([area, number, sep, international]) =>
        international ? `+49 ${area} ${number}` : `0${area}${sep}${number}`,
      );
    fc.assert(
      fc.property(safeText, phone, (before, p) => {
        expect(kinds(`${before} Tel. ${p}`)).toContain('phone');
      }),
    );
  });

  it('finds German IBANs with and without spaces (property)', () => {
    const iban = fc.tuple(fc.stringMatching(/^\d{20}$/), fc.boolean()).map(([digits, spaced]) => {
      const compact = `DE${digits}`;
      return spaced ? (compact.match(/.{1,4}/g) ?? []).join(' ') : compact;
    });
    fc.assert(
      fc.property(iban, (i) => {
        expect(kinds(`Konto ${i} bitte`)).toContain('iban');
      }),
    );
  });

  it('reports only text that is in the input (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const f of findPersonalData([{ where: 'Zeile 1', text }])) expect(text).toContain(f.text);
      }),
    );
  });

  it('lets every starter article through', async () => {
    const articles = starterArticles();
    for (const a of articles)
      expect(findPersonalData(articleParts(a)).map(describeFinding), a.slug).toEqual([]);
  });
});

describe('candidateNames', () => {
  it('takes capitalised words once, with the first place they appear', () => {
    const parts = articleParts({
      title: 'Gespräch mit Lena',
      body: 'Lena und Jan-Ole Schneider\nim Mai',
      tags: [],
    });
    expect([...candidateNames(parts)]).toEqual([
      ['Gespräch', 'Titel'],
      ['Lena', 'Titel'],
      ['Jan', 'Zeile 1'],
      ['Ole', 'Zeile 1'],
      ['Schneider', 'Zeile 1'],
      ['Mai', 'Zeile 2'],
    ]);
  });
});

describe('catalogueParts', () => {
  it('checks the texts of a catalogue, not its keys and metadata', () => {
    const parts = catalogueParts({
      id: 'amt-2024-01-01',
      version: '2024-05-01',
      writtenOn: '2024-05-01',
      title: 'Katalog',
      domains: [
        { key: 'care', label: 'Versorgung', factors: [{ key: 'food', label: 'Kontakt: 030 1234567' }] },
      ],
    });
    expect(findPersonalData(parts).map(describeFinding)).toEqual([
      'Feld domains.0.factors.0.label: Telefonnummer „030 1234567“',
    ]);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves no whitespace', () => {
    expect(canonicalJson({ b: [1, { d: true, c: null }], a: 'x', u: undefined })).toBe(
      '{"a":"x","b":[1,{"c":null,"d":true}]}',
    );
  });

  it('gives the same text and hash whatever the key order, and parses back to the value (property)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const value: unknown = JSON.parse(text);
        const reversed = JSON.parse(text, (_key, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v as Record<string, unknown>).reverse())
            : v,
        );
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
        expect(contentHash(reversed)).toBe(contentHash(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(value);
      }),
    );
  });
});
