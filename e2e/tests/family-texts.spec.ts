import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { expect, test } from '../support/fixtures.ts';

/*
 * Checks the family app's texts without a browser: every language has every UI key, every message
 * is valid ICU with the same placeholders as German, and every information page exists in every
 * language with a title line.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const i18nDir = path.join(root, 'apps/web/src/i18n');
const contentDir = path.join(root, 'content/family');
const LANGUAGES = ['de', 'de-simple', 'en', 'ar', 'tr', 'uk', 'ru', 'fa'];
const SLUGS = ['about', 'rights', 'help-types', 'process', 'contact'];

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

function load(lang: string): Map<string, string> {
  return flatten(JSON.parse(fs.readFileSync(path.join(i18nDir, `${lang}.json`), 'utf8')) as Tree);
}

/**
 * `<key>_formal` (and `<key>_informal`) hold a variant of `<key>` for one form of address, picked by
 * i18next's context (German: Sie for adults instead of du). Only languages whose texts have two forms
 * need them; a variant must sit next to its text and keep its placeholders.
 */
const VARIANT = /_(formal|informal)$/;
// Languages whose texts are written in the polite form and need the familiar one for children and
// young people (Turkish sen, Ukrainian ти, Russian ты, Persian تو); German writes du and adds Sie.
const POLITE_BY_DEFAULT = ['tr', 'uk', 'ru', 'fa'];
// Languages with a Sie form of each information page (<slug>.formal.md).
const PAGES_WITH_SIE = ['de', 'de-simple'];
const baseKeyOf = (key: string) => key.replace(VARIANT, '');

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)/g)].map((m) => m[1] ?? '').sort();
}

// Pure file checks: once is enough (they do not depend on the viewport).
test.describe('Texte der Familien-App', { tag: '@desktop-only' }, () => {
  const german = load('de');

  for (const lang of LANGUAGES) {
    test(`${lang}: alle Schlüssel, gültige ICU-Nachrichten, gleiche Platzhalter`, () => {
      const texts = load(lang);
      const common = (keys: Iterable<string>) => [...keys].filter((k) => !VARIANT.test(k)).sort();
      expect(common(texts.keys())).toEqual(common(german.keys()));
      const locale = lang === 'de-simple' ? 'de' : lang;
      for (const [key, message] of texts) {
        const base = baseKeyOf(key);
        expect(texts.has(base), `${lang}:${key} ist eine Variante von ${base}, das fehlt`).toBe(true);
        expect(message.trim(), `${lang}:${key} ist leer`).not.toBe('');
        expect(() => new IntlMessageFormat(message, locale), `${lang}:${key}`).not.toThrow();
        expect(placeholders(message), `${lang}:${key}`).toEqual(placeholders(german.get(base) ?? ''));
      }
    });

    test(`${lang}: alle Informationsseiten mit Titel`, () => {
      for (const slug of SLUGS) {
        const file = path.join(contentDir, lang, `${slug}.md`);
        expect(fs.existsSync(file), `${file} fehlt`).toBe(true);
        const text = fs.readFileSync(file, 'utf8');
        expect(text.split('\n')[0], `${file}: erste Zeile ist der Titel`).toMatch(/^# \S/);
        expect(text, `${file}: kein rohes HTML`).not.toMatch(/<[a-z]/i);
        expect(text.length, `${file}: zu kurz`).toBeGreaterThan(300);
        if (!PAGES_WITH_SIE.includes(lang)) continue;
        const formal = path.join(contentDir, lang, `${slug}.formal.md`);
        expect(fs.existsSync(formal), `${formal} fehlt (Fassung mit Sie)`).toBe(true);
        expect(fs.readFileSync(formal, 'utf8').split('\n')[0], formal).toMatch(/^# \S/);
      }
    });

    if (POLITE_BY_DEFAULT.includes(lang)) {
      test(`${lang}: Kinder und Jugendliche werden vertraut angesprochen`, () => {
        const texts = load(lang);
        const addressing = [...german.keys()].filter((k) => k.endsWith('_formal')).map(baseKeyOf);
        const missing = addressing.filter((key) => !texts.has(`${key}_informal`));
        expect(missing, `${lang}: diese Texte brauchen eine vertraute Form (<key>_informal)`).toEqual([]);
      });
    }
  }
});
