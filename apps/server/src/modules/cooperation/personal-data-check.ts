// What must never leave an office with a template: traces of persons. Pure functions; the names of
// persons known to the office are checked by check-content.ts through the cases module.

export type PersonalDataKind =
  | 'email'
  | 'iban'
  | 'case_reference'
  | 'date'
  | 'phone'
  | 'address'
  | 'known_person';

/** A piece of text and where it is, in words ("Zeile 3", "Titel", "Feld domains.1.label"). */
export interface TextPart {
  where: string;
  text: string;
}

export interface Finding {
  where: string;
  kind: PersonalDataKind;
  /** The text found, as written. */
  text: string;
}

export const findingLabels: Record<PersonalDataKind, string> = {
  email: 'E-Mail-Adresse',
  iban: 'IBAN',
  case_reference: 'Aktenzeichen',
  date: 'Datum (z. B. Geburtsdatum)',
  phone: 'Telefonnummer',
  address: 'Anschrift mit Hausnummer',
  known_person: 'Name einer Person aus den Akten des Amtes',
};

// Letters and digits on either side end a match: JavaScript's \b knows only ASCII letters.
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const MONTHS = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
const STREET_SUFFIX =
  '(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt)';
const STREET_WORD = '(?:Straße|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Markt)';
const HOUSE_NUMBER = `\\d{1,4}(?:\\s?[a-zA-Z])?${END}`;

/** The detectors in the order they claim text: an IBAN's digits are no phone number, a date's no house number. */
const detectors: {
  kind: Exclude<PersonalDataKind, 'known_person'>;
  patterns: RegExp[];
  accept?: (m: string) => boolean;
}[] = [
  {
    kind: 'email',
    // the local part with every character RFC 5322 allows unquoted
    patterns: [/[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu],
  },
  {
    kind: 'iban',
    patterns: [new RegExp(`${START}[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?${END}`, 'gu')],
    accept: (m) => {
      const compact = m.replace(/ /g, '');
      return (
        compact.length >= 15 && compact.length <= 34 && (!compact.startsWith('DE') || compact.length === 22)
      );
    },
  },
  {
    kind: 'case_reference',
    patterns: [
      // Lotse's own references: 2025-NORD-0042 (cases/reference.ts)
      new RegExp(`${START}(?:19|20)\\d{2}-[A-ZÄÖÜ]{2,10}-\\d{2,6}${END}`, 'gu'),
      // "Az. 51.2-123/24", "Aktenzeichen: F 12/25", "Geschäftszeichen 4-2025"
      new RegExp(
        `${START}(?:Az\\.|AZ\\.|Aktenzeichen|Geschäftszeichen|Gz\\.)\\s*:?\\s*(?=[\\p{L}\\p{N}./-]*\\d)[\\p{L}\\p{N}][\\p{L}\\p{N}./ -]*\\d[\\p{L}\\p{N}]*`,
        'gu',
      ),
    ],
  },
  {
    kind: 'date',
    patterns: [
      new RegExp(`${START}${DAY}\\.\\s?${MONTH}\\.\\s?(?:19|20)\\d{2}${END}`, 'gu'),
      new RegExp(`${START}(?:0[1-9]|[12]\\d|3[01])\\.(?:0[1-9]|1[0-2])\\.\\d{2}${END}`, 'gu'),
      new RegExp(`${START}(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])${END}`, 'gu'),
      new RegExp(`${START}${DAY}\\.\\s?(?:${MONTHS})\\s+(?:19|20)\\d{2}${END}`, 'gu'),
    ],
  },
  {
    kind: 'phone',
    patterns: [
      // +49 30 1234567, 0049 (0)30 123 45 67
      new RegExp(
        `(?<![\\p{L}\\p{N}.,])(?:\\+|00)[1-9]\\d{0,2}[\\s/-]?(?:\\(0\\)\\s?)?\\d{2,5}(?:[\\s/-]?\\d{2,}){1,4}${END}`,
        'gu',
      ),
      // (030) 123456
      new RegExp(`\\(0\\d{2,5}\\)\\s?\\d{2,}(?:[\\s-]?\\d{2,}){0,3}${END}`, 'gu'),
      // 030 1234567, 0800 123 45 67, 030/123456, 0151-1234567
      new RegExp(`(?<![\\p{L}\\p{N}.,])0\\d{2,5}(?:[\\s/-]\\d{2,}){1,4}${END}`, 'gu'),
      // 01511234567
      new RegExp(`(?<![\\p{L}\\p{N}.,])0\\d{6,13}${END}`, 'gu'),
    ],
    accept: (m) => {
      const digits = m.replace(/\D/g, '').length;
      return digits >= 6 && digits <= 15;
    },
  },
  {
    kind: 'address',
    patterns: [
      // Hauptstraße 12, Lindenallee 4a, Am Rosengarten … (compounds ending in a street word)
      new RegExp(`${START}\\p{Lu}[\\p{L}-]*${STREET_SUFFIX}\\s?${HOUSE_NUMBER}`, 'gu'),
      // Berliner Straße 12, Alter Markt 3
      new RegExp(`${START}\\p{Lu}\\p{L}+[ -]${STREET_WORD}\\s${HOUSE_NUMBER}`, 'gu'),
    ],
  },
];

/** E-mail addresses, IBANs, case references, full dates, phone numbers and street addresses in the parts. */
export function findPersonalData(parts: readonly TextPart[]): Finding[] {
  const findings: Finding[] = [];
  for (const part of parts) {
    const found: (Finding & { at: number })[] = [];
    const claimed: [number, number][] = [];
    const free = (from: number, to: number) => claimed.every(([a, b]) => to <= a || from >= b);
    for (const detector of detectors) {
      for (const pattern of detector.patterns) {
        for (const match of part.text.matchAll(pattern)) {
          const text = match[0].trim();
          const from = match.index;
          const to = from + match[0].length;
          if (!free(from, to) || (detector.accept && !detector.accept(text))) continue;
          claimed.push([from, to]);
          found.push({ where: part.where, kind: detector.kind, text, at: from });
        }
      }
    }
    // In reading order within the part.
    for (const { at: _, ...finding } of found.sort((a, b) => a.at - b.at)) findings.push(finding);
  }
  return findings;
}

/**
 * Capitalised words (German writes names so), each with the first place it appears: the candidates
 * for the names of persons known to the office.
 */
export function candidateNames(parts: readonly TextPart[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const part of parts) {
    for (const match of part.text.matchAll(/\p{Lu}[\p{L}'’-]{2,}/gu)) {
      for (const word of match[0].split(/[-'’]/)) {
        if (word.length >= 3 && !words.has(word)) words.set(word, part.where);
      }
    }
  }
  return words;
}

/** "Zeile 3: E-Mail-Adresse „max@example.org“" */
export function describeFinding(finding: Finding): string {
  const text = finding.text.length > 60 ? `${finding.text.slice(0, 59)}…` : finding.text;
  return `${finding.where}: ${findingLabels[finding.kind]} „${text}“`;
}

/** An article or template as parts: title, every line of the text, the tags, the summary. */
export function articleParts(
  article: { title: string; body: string; tags: readonly string[] },
  summary = '',
): TextPart[] {
  return [
    { where: 'Titel', text: article.title },
    ...article.body.split('\n').map((text, i) => ({ where: `Zeile ${i + 1}`, text })),
    ...(article.tags.length ? [{ where: 'Schlagwörter', text: article.tags.join(', ') }] : []),
    ...(summary ? [{ where: 'Kurzbeschreibung', text: summary }] : []),
  ];
}

/** Keys of a § 8a catalogue that hold identifiers and metadata, not text. */
const CATALOGUE_CODES = new Set(['id', 'key', 'version', 'language', 'writtenOn', 'kind']);

/** Every text of a catalogue (labels, anchors, guidance) with its place, e.g. "Feld domains.2.factors.0.label". */
export function catalogueParts(catalogue: unknown, summary = ''): TextPart[] {
  const parts: TextPart[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      if (!CATALOGUE_CODES.has(path[path.length - 1] ?? ''))
        parts.push({ where: `Feld ${path.join('.')}`, text: value });
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, [...path, String(i)]);
    } else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) walk(v, [...path, key]);
  };
  walk(catalogue, []);
  if (summary) parts.push({ where: 'Kurzbeschreibung', text: summary });
  return parts;
}
