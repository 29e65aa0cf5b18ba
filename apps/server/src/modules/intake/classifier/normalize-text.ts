/**
 * Text normalisation for the danger rules. People in distress type fast, on phones, without
 * umlauts or Turkish/Arabic keyboards, in dialect; the rules must see one spelling for all of that.
 * The same letter folding runs over the rule patterns, so authors may write "schlägt" or "schlaegt".
 */

// Arabic and Persian keyboards produce different code points for the same letter; fold to one.
const ARABIC_SCRIPT_VARIANTS: Record<string, string> = {
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ة: 'ه',
  ـ: '', // tatweel, a stretching character
};

/**
 * Folds letters so spelling variants compare equal: ß → ss, dotless ı → i, diacritics removed
 * (ä → a, ş → s, й → и, Arabic vowel marks), German digraphs ae/oe/ue → a/o/u (so "schlaegt" and
 * "schlägt" meet), and runs of three or more equal letters shortened ("hiiiilfe" → "hilfe").
 * Does not change case or punctuation, so it is safe to run over regular-expression sources
 * (as long as they avoid \u escapes and "ae"/"oe"/"ue" inside character classes).
 */
export function foldLetters(text: string): string {
  return (
    text
      // Persian writes "mi-khaham" (I want) with a zero-width non-joiner, often typed as a space or left out.
      .replace(/\u200c/g, ' ')
      .replace(/\u00ad|\u200b|\u200d|\u200e|\u200f|\u2060|\ufeff/g, '')
      .replace(/ß/g, 'ss')
      .replace(/ẞ/g, 'SS')
      .replace(/ı/g, 'i')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[ىیکةـ]/g, (letter) => ARABIC_SCRIPT_VARIANTS[letter] ?? letter)
      .replace(/ae/gi, (pair) => pair[0] ?? '')
      .replace(/oe/gi, (pair) => pair[0] ?? '')
      .replace(/ue/gi, (pair) => pair[0] ?? '')
      .replace(/(\p{L})\1{2,}/gu, '$1')
  );
}

export type SpellingReplacements = ReadonlyMap<string, string>;

/** Word → replacement per language, with keys and values folded like the text they apply to. */
export function buildSpellingReplacements(
  files: ReadonlyArray<{ language: string; replacements: Record<string, string> }>,
): Map<string, SpellingReplacements> {
  return new Map(
    files.map((file) => [
      file.language,
      new Map(
        Object.entries(file.replacements).map(([word, replacement]) => [
          foldLetters(word.toLowerCase()),
          foldLetters(replacement.toLowerCase()),
        ]),
      ),
    ]),
  );
}

/**
 * Lower case, folded letters, every run of non-letters/digits collapsed to one space, then
 * word-level spelling replacements (typos, dialect) from the data files.
 */
export function normalizeForMatching(text: string, replacements: SpellingReplacements): string {
  const words = foldLetters(text.toLowerCase())
    // "don't" → "dont", "б'є" → "бє": an apostrophe inside a word must not split it.
    .replace(/['’ʼ`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0);
  return words.map((word) => replacements.get(word) ?? word).join(' ');
}
