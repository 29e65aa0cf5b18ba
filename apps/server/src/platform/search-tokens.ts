/**
 * Search tokens for encrypted text (names, titles): the words, normalised, and their prefixes, so
 * "Mül", "mul" and "Müller" all find "Müller". Each token is stored only as a keyed blind index
 * (KeyRing.blindIndex), never as text.
 */
const MIN_PREFIX = 2;
const MAX_TOKEN = 24;

/** Lower case, without accents (ü → u, ß → ss), split into words of letters and digits. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, MAX_TOKEN));
}

/** Every word of the texts and each of its prefixes from two characters on, without repeats. */
export function searchTokens(texts: readonly (string | null | undefined)[]): string[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    for (const word of searchWords(text ?? '')) {
      for (let length = Math.min(MIN_PREFIX, word.length); length <= word.length; length += 1) {
        tokens.add(word.slice(0, length));
      }
    }
  }
  return [...tokens];
}
