import type { TDangerFile } from './intake-data.js';
import { foldLetters, normalizeForMatching, type SpellingReplacements } from './normalize-text.js';
import type { TDangerSignal } from './taxonomy.js';

/**
 * The transparent rule layer of danger detection. Every language's patterns run over every
 * message, whatever language was detected: a Turkish teenager writing in German with a Turkish
 * phrase in between must not slip through a wrong language guess. Negation is deliberately
 * ignored ("ich will mich nicht umbringen" is flagged): a false alarm only shows emergency
 * numbers, a miss can cost a life.
 */

export interface DangerRule {
  signal: TDangerSignal;
  language: string;
  source: string;
  pattern: RegExp;
}

export interface DangerRuleMatch {
  signal: TDangerSignal;
  language: string;
  source: string;
  /** The normalised words the pattern matched, to explain the decision. */
  words: string;
}

export interface DangerRules {
  rules: readonly DangerRule[];
  /** The text as one language's rules see it, so tests and reviewers can see why something (not) matched. */
  normalize(text: string, language: string): string;
  match(text: string): DangerRuleMatch[];
}

// JavaScript's \b and \w know only ASCII, useless for Cyrillic, Arabic or even "ä". The rules run
// over normalised text, which holds only letters, digits and single spaces, so a word character
// is simply "not a space" and a boundary is a space or the end of the text. That keeps the
// compiled expressions small (Unicode property classes made the first match take ~0.5 s).
// "~" in a pattern stands for "up to four words in between".
const WORD_CHAR = '[^ ]';
const WORD_BOUNDARY = '(?:(?<![^ ])|(?![^ ]))';
const WORD_GAP = '(?: [^ ]+){0,4} ';

/** Translates a pattern as written in the data files into a RegExp over normalised text. */
export function compileDangerPattern(source: string): RegExp {
  const expanded = foldLetters(source)
    .replace(/['’ʼ`´]/g, '')
    .replace(/ ~ /g, WORD_GAP)
    .replace(/\\b/g, WORD_BOUNDARY)
    .replace(/\\w/g, WORD_CHAR);
  return new RegExp(expanded, 'iu');
}

interface LanguageRuleSet {
  language: string;
  replacements: SpellingReplacements;
  rules: DangerRule[];
}

const NO_REPLACEMENTS: SpellingReplacements = new Map();

export function buildDangerRules(
  files: readonly TDangerFile[],
  spelling: ReadonlyMap<string, SpellingReplacements>,
): DangerRules {
  // Each language's rules see the text with that language's spelling replacements: "i" is
  // "ich" in Bavarian but "I" in English.
  const ruleSets: LanguageRuleSet[] = files.map((file) => ({
    language: file.language,
    replacements: spelling.get(file.language) ?? NO_REPLACEMENTS,
    rules: (Object.entries(file.patterns) as [TDangerSignal, string[]][]).flatMap(([signal, sources]) =>
      sources.map((source) => ({
        signal,
        language: file.language,
        source,
        pattern: compileDangerPattern(source),
      })),
    ),
  }));

  return {
    rules: ruleSets.flatMap((set) => set.rules),
    normalize(text, language) {
      return normalizeForMatching(text, spelling.get(language) ?? NO_REPLACEMENTS);
    },
    match(text) {
      const matches: DangerRuleMatch[] = [];
      for (const set of ruleSets) {
        const normalized = normalizeForMatching(text, set.replacements);
        if (normalized.length === 0) continue;
        for (const { signal, language, source, pattern } of set.rules) {
          const found = pattern.exec(normalized);
          if (found) matches.push({ signal, language, source, words: found[0].trim() });
        }
      }
      return matches;
    },
  };
}
