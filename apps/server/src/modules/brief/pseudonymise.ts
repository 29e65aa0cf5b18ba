import { germanDate } from '@lotse/shared';
import { fullName, longDay } from './brief-text.js';
import type { BriefFacts } from './facts.js';

// Before a brief leaves for the AI service, every name, birth date, address, phone number and e-mail
// address of the case's persons (and the staff named in it) becomes a placeholder ("[Person A]",
// "[Adresse 1]"); the answer gets the real values back here, locally.

/** Placeholder ↔ real value, for one brief. */
export interface PseudonymTable {
  /** The real values (lower case) to their placeholders. */
  byReal: Map<string, string>;
  /** The placeholders to the real values. */
  byPlaceholder: Map<string, string>;
  /** The last number given per kind of numbered placeholder ("Adresse" → 2). */
  counters: Map<string, number>;
}

const nextPlaceholder = (table: PseudonymTable, kind: string): string => {
  const n = (table.counters.get(kind) ?? 0) + 1;
  table.counters.set(kind, n);
  return `[${kind} ${n}]`;
};

const letter = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : `${letter(Math.floor(i / 26) - 1)}${letter(i % 26)}`;

/** Builds the table from the facts the brief was made of. */
export function pseudonymTable(facts: BriefFacts): PseudonymTable {
  const table: PseudonymTable = { byReal: new Map(), byPlaceholder: new Map(), counters: new Map() };
  /** Several spellings may share a placeholder; the first one added is the one restored. */
  const add = (real: string | null | undefined, placeholder: string) => {
    const value = real?.trim();
    if (!value || value.length < 2) return;
    const key = value.toLocaleLowerCase('de');
    if (table.byReal.has(key)) return;
    table.byReal.set(key, placeholder);
    if (!table.byPlaceholder.has(placeholder)) table.byPlaceholder.set(placeholder, value);
  };
  const numbered = (real: string | null | undefined, kind: string) => {
    const value = real?.trim();
    if (!value || value.length < 2 || table.byReal.has(value.toLocaleLowerCase('de'))) return;
    add(value, nextPlaceholder(table, kind));
  };
  const parts = (name: string) => name.split(/[\s-]+/).filter((part) => part && part !== name);

  facts.case.persons.forEach((p, i) => {
    const tag = letter(i);
    add(fullName(p), `[Person ${tag}]`);
    add(p.firstName, `[Vorname ${tag}]`);
    parts(p.firstName).forEach((part, j) => {
      add(part, `[Vorname ${tag}${j + 1}]`);
    });
    if (p.birthDate) {
      add(longDay(p.birthDate), `[Geburtsdatum ${tag}]`);
      add(germanDate(p.birthDate), `[Geburtsdatum ${tag}]`);
      add(p.birthDate, `[Geburtsdatum ${tag}]`);
      add(`etwa ${p.birthDate.slice(0, 4)}`, `[Geburtsjahr ${tag}]`);
    }
  });
  for (const p of facts.case.persons) {
    numbered(p.lastName, 'Nachname');
    for (const part of parts(p.lastName)) numbered(part, 'Nachname');
  }
  for (const p of facts.case.persons) {
    const street = [p.street, p.houseNumber].filter(Boolean).join(' ');
    const city = [p.postcode, p.city].filter(Boolean).join(' ');
    numbered([street, city].filter(Boolean).join(', '), 'Adresse');
    numbered(street, 'Straße');
    numbered(p.street, 'Straße');
    numbered(city, 'Ort');
    numbered(p.postcode, 'PLZ');
    numbered(p.city, 'Ort');
    numbered(p.phone, 'Telefon');
    numbered(p.email, 'E-Mail');
  }
  const staff = [
    facts.case.caseworker,
    ...facts.case.deputies,
    ...facts.entries.map((e) => e.author),
    ...facts.case.tasks.map((t) => t.assignee),
  ];
  for (const s of staff) numbered(s?.displayName, 'Fachkraft');
  return table;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Whole words only; a genitive "s" (Lenas) may follow and stays in the text.
const termPattern = (terms: Iterable<string>) => {
  const sorted = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?=s?(?![\\p{L}\\p{N}]))`, 'giu');
};
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const PHONE = /(?<![\p{L}\p{N}])\+?\d[\d /-]{6,}\d(?![\p{L}\p{N}])/gu;

/**
 * The text with every known value replaced by its placeholder, in one pass (a placeholder is never
 * scanned again); e-mail addresses and phone numbers nobody recorded (e.g. in a title) are caught by
 * their shape and added to the table.
 */
export function pseudonymise(text: string, table: PseudonymTable): string {
  const known = table.byReal.size
    ? text.replace(termPattern(table.byReal.keys()), (m) => table.byReal.get(m.toLocaleLowerCase('de')) ?? m)
    : text;
  const byShape = (kind: string) => (m: string) => {
    const key = m.toLocaleLowerCase('de');
    const existing = table.byReal.get(key);
    if (existing) return existing;
    const placeholder = nextPlaceholder(table, kind);
    table.byReal.set(key, placeholder);
    table.byPlaceholder.set(placeholder, m);
    return placeholder;
  };
  return known.replace(EMAIL, byShape('E-Mail')).replace(PHONE, byShape('Telefon'));
}

/** The text with the placeholders replaced by the real values again. */
export function restore(text: string, table: PseudonymTable): string {
  if (table.byPlaceholder.size === 0) return text;
  const pattern = new RegExp([...table.byPlaceholder.keys()].map(escapeRegExp).join('|'), 'g');
  return text.replace(pattern, (m) => table.byPlaceholder.get(m) ?? m);
}
