import type { TDangerConceptFile } from './intake-data.js';
import { foldLetters, normalizeForMatching, type SpellingReplacements } from './normalize-text.js';
import type { TDangerSignal } from './taxonomy.js';

/**
 * The concept layer of danger detection: recall across phrasings instead of fixed phrases.
 * Each language has lexicons of word stems per concept (HURT, CARER, DEATH_WISH, …) and rules
 * saying which concepts must occur together within a few words to raise a signal ("a carer and
 * a hurting word within 6 words" → violence). Stems match by prefix, so inflections, compounds
 * and endings come for free ("schlag" → "schlagt", "geschlagen" is its own stem); separable verbs
 * and phrases are multi-word entries with gaps ("fass ~ an$"). Weak evidence without a signal
 * (fear, a hurt without a person, drunkenness) makes the assistant ask a safety question instead.
 * Idioms ("stresst mich zu tode") lower a hit they cover to "ask"; they never silence self-harm
 * or sexual abuse (the data schema refuses such a guard). Negation is ignored, as in the rules.
 * Format and authoring guide: data/intake/README.md, "Danger concepts".
 */

export interface ConceptSignal {
  signal: TDangerSignal;
  /** The lexicon whose rule fired. */
  language: string;
  /** The concepts of the rule that fired, e.g. ["CARER", "HURT"]. */
  concepts: string[];
  /** The words that matched, as normalised (lower case, no diacritics). */
  words: string[];
}

export interface ConceptResult {
  signals: ConceptSignal[];
  /** No signal, but weak evidence or an idiom-lowered hit: ask a safety question. */
  uncertain: boolean;
  /** Weak concepts seen (as "LANG:CONCEPT" would be noisy, just the concept names). */
  weakConcepts: string[];
  /** Signals that only fired inside an idiom ("bringt mich noch um") and were lowered to "ask". */
  lowered: TDangerSignal[];
  /** The idioms found (normalised words incl. their `near` surroundings) and what they may lower. */
  calm: { text: string; lowers: TDangerSignal[] }[];
}

export interface DangerConcepts {
  analyze(text: string): ConceptResult;
  /** The tokens one language's lexicon sees, for tests and reviewers. */
  tokens(text: string, language: string): string[];
}

type PartKind = 'prefix' | 'exact' | 'infix';
interface Part {
  kind: PartKind;
  text: string;
  /** Up to MAX_GAP words may stand between the previous part and this one. */
  gapBefore: boolean;
}
interface Entry {
  concept: string;
  parts: Part[];
}
interface Span {
  start: number;
  end: number;
}
interface CompiledRule {
  signal: TDangerSignal;
  slots: string[][];
  window: number;
}
interface CompiledCalm {
  entries: Entry[];
  lowers: ReadonlySet<TDangerSignal>;
  near: number;
}
/** Entries indexed by the first two letters of their first part, as the lexicon's concepts are. */
interface EntryIndex<T> {
  byHead: Map<string, T[]>;
  /** Items whose first part is an infix or shorter than two letters: tried on every word. */
  everywhere: T[];
}
interface Lexicon {
  language: string;
  replacements: SpellingReplacements;
  /** The concept entries by the first two letters of their first part. */
  index: EntryIndex<Entry>;
  exclusions: Map<string, string[]>;
  rules: CompiledRule[];
  weak: string[];
  calm: CompiledCalm[];
  calmIndex: EntryIndex<{ entry: Entry; guard: CompiledCalm }>;
}

function indexByHead<T>(items: readonly T[], entryOf: (item: T) => Entry): EntryIndex<T> {
  const byHead = new Map<string, T[]>();
  const everywhere: T[] = [];
  for (const item of items) {
    const first = entryOf(item).parts[0]!;
    if (first.kind === 'infix' || first.text.length < 2) everywhere.push(item);
    else {
      const head = first.text.slice(0, 2);
      const list = byHead.get(head) ?? [];
      list.push(item);
      byHead.set(head, list);
    }
  }
  return { byHead, everywhere };
}

const MAX_GAP = 4;
const NO_REPLACEMENTS: SpellingReplacements = new Map();

/** Folds a lexicon entry like the text it is matched against (lower case, "ä" → "a", …). */
function normalizeEntryWord(word: string): string {
  return foldLetters(word.toLowerCase()).replace(/['’ʼ`´]/g, '');
}

/**
 * Parses a lexicon entry. The language's spelling replacements also apply to the entry's words
 * ("dont" → "do not", "mom" → "mother"), as they do to the text; an entry with a replaceable word
 * yields two variants, as written (for "moms", which the replacements leave alone) and replaced.
 */
export function parseEntries(
  concept: string,
  source: string,
  replacements: SpellingReplacements = NO_REPLACEMENTS,
): Entry[] {
  const written: Part[] = [];
  const replaced: Part[] = [];
  let gap = false;
  for (const raw of source.split(' ')) {
    if (raw === '~') {
      gap = true;
      continue;
    }
    let kind: PartKind = 'prefix';
    let text = raw;
    if (text.startsWith('*')) {
      kind = 'infix';
      text = text.slice(1);
    } else if (text.endsWith('$')) {
      kind = 'exact';
      text = text.slice(0, -1);
    }
    // A word of the entry may itself contain characters the tokeniser splits on ("al-qatl"):
    // split it the same way, as consecutive words.
    const pieces = splitWords(normalizeEntryWord(text));
    const push = (target: Part[], words: string[], lastKind: PartKind) => {
      words.forEach((piece, index) => {
        target.push({
          kind: index < words.length - 1 ? 'exact' : lastKind,
          text: piece,
          gapBefore: index === 0 && gap,
        });
      });
    };
    push(written, pieces, kind);
    const swapped = pieces.flatMap((piece) => {
      const replacement = replacements.get(piece);
      return replacement === undefined ? [piece] : splitWords(replacement);
    });
    push(replaced, swapped, kind);
    gap = false;
  }
  if (written.length === 0) throw new Error(`empty concept entry "${source}" in ${concept}`);
  const sameParts = JSON.stringify(written) === JSON.stringify(replaced);
  return sameParts || replaced.length === 0
    ? [{ concept, parts: written }]
    : [
        { concept, parts: written },
        { concept, parts: replaced },
      ];
}

function splitWords(text: string): string[] {
  return text
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((piece) => piece.length > 0);
}

function partMatches(part: Part, token: string): boolean {
  if (part.kind === 'exact') return token === part.text;
  if (part.kind === 'infix') return token.includes(part.text);
  return token.startsWith(part.text);
}

/** Where the entry matches when its first part matches tokens[start]; the end index or -1. */
function matchEntryAt(entry: Entry, tokens: readonly string[], start: number): number {
  const [first, ...rest] = entry.parts;
  if (!first || !partMatches(first, tokens[start] ?? '')) return -1;
  let position = start;
  for (const part of rest) {
    const limit = part.gapBefore ? Math.min(tokens.length - 1, position + 1 + MAX_GAP) : position + 1;
    let found = -1;
    for (let next = position + 1; next <= limit && next < tokens.length; next += 1) {
      if (partMatches(part, tokens[next] ?? '')) {
        found = next;
        break;
      }
    }
    if (found < 0) return -1;
    position = found;
  }
  return position;
}

function compileLexicon(file: TDangerConceptFile, replacements: SpellingReplacements): Lexicon {
  const entries: Entry[] = [];
  const exclusions = new Map<string, string[]>();
  for (const [concept, sources] of Object.entries(file.concepts)) {
    for (const source of sources) {
      if (source.startsWith('!')) {
        const list = exclusions.get(concept) ?? [];
        list.push(normalizeEntryWord(source.slice(1)));
        exclusions.set(concept, list);
        continue;
      }
      entries.push(...parseEntries(concept, source, replacements));
    }
  }
  const rules: CompiledRule[] = (
    Object.entries(file.rules) as [TDangerSignal, { all: string[]; window: number }[]][]
  ).flatMap(([signal, list]) =>
    list.map((rule) => ({ signal, slots: rule.all.map((slot) => slot.split('|')), window: rule.window })),
  );
  const calm: CompiledCalm[] = file.calm.map((guard) => ({
    entries: guard.words.flatMap((source) => parseEntries('CALM', source, replacements)),
    lowers: new Set<TDangerSignal>(guard.lowers),
    near: guard.near,
  }));
  return {
    language: file.language,
    replacements,
    index: indexByHead(entries, (entry) => entry),
    exclusions,
    rules,
    weak: file.weak,
    calm,
    calmIndex: indexByHead(
      calm.flatMap((guard) => guard.entries.map((entry) => ({ entry, guard }))),
      (item) => item.entry,
    ),
  };
}

// Arabic and Persian attach "and" (و) and "so" (ف) to the next word: "والرضيع" is "و" + "الرضيع".
// Such words are matched a second time without it (words like "وحدي" keep their first reading).
const ARABIC_CONJUNCTION = /^[وف](?=\p{L}{3})/u;

/** Every concept occurrence in the text: concept → spans (token index ranges). */
function findConcepts(lexicon: Lexicon, tokens: readonly string[]): Map<string, Span[]> {
  const found = findConceptsIn(lexicon, tokens);
  if (!tokens.some((token) => ARABIC_CONJUNCTION.test(token))) return found;
  const stripped = tokens.map((token) => token.replace(ARABIC_CONJUNCTION, ''));
  for (const [concept, spans] of findConceptsIn(lexicon, stripped)) {
    const list = found.get(concept) ?? [];
    for (const span of spans) {
      if (!list.some((known) => known.start === span.start && known.end === span.end)) list.push(span);
    }
    found.set(concept, list);
  }
  return found;
}

function findConceptsIn(lexicon: Lexicon, tokens: readonly string[]): Map<string, Span[]> {
  const found = new Map<string, Span[]>();
  const tryEntry = (entry: Entry, token: string, index: number) => {
    const end = matchEntryAt(entry, tokens, index);
    if (end < 0) return;
    const excluded = lexicon.exclusions.get(entry.concept);
    if (excluded && entry.parts.length === 1 && excluded.some((stem) => token.startsWith(stem))) return;
    const list = found.get(entry.concept) ?? [];
    list.push({ start: index, end });
    found.set(entry.concept, list);
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    for (const entry of lexicon.index.byHead.get(token.slice(0, 2)) ?? []) tryEntry(entry, token, index);
    for (const entry of lexicon.index.everywhere) tryEntry(entry, token, index);
  }
  return found;
}

function findCalmSpans(lexicon: Lexicon, tokens: readonly string[]): { span: Span; guard: CompiledCalm }[] {
  const spans: { span: Span; guard: CompiledCalm }[] = [];
  const { byHead, everywhere } = lexicon.calmIndex;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    for (const candidates of [byHead.get(token.slice(0, 2)), everywhere]) {
      for (const { entry, guard } of candidates ?? []) {
        const end = matchEntryAt(entry, tokens, index);
        if (end < 0) continue;
        const start = Math.max(0, index - guard.near);
        spans.push({ span: { start, end: Math.min(tokens.length - 1, end + guard.near) }, guard });
      }
    }
  }
  // Guards in the order of the lexicon, as before the index: callers report the first ones.
  return spans.sort(
    (a, b) => lexicon.calm.indexOf(a.guard) - lexicon.calm.indexOf(b.guard) || a.span.start - b.span.start,
  );
}

/**
 * One span per slot, all starting within `window` words (a multi-word entry counts from its first
 * word): for every possible left edge, take each slot's first span starting at or after it.
 * Returns the chosen spans or undefined.
 */
function satisfy(slotSpans: readonly Span[][], window: number): Span[] | undefined {
  if (slotSpans.some((spans) => spans.length === 0)) return undefined;
  // Each slot's spans by start; as the left edge moves right, each slot's pointer only moves right.
  const sorted = slotSpans.map((spans) => [...spans].sort((a, b) => a.start - b.start));
  const pointers = sorted.map(() => 0);
  const lefts = [...new Set(sorted.flat().map((span) => span.start))].sort((a, b) => a - b);
  for (const left of lefts) {
    const chosen: Span[] = [];
    for (let slot = 0; slot < sorted.length; slot += 1) {
      const spans = sorted[slot]!;
      let at = pointers[slot]!;
      while (at < spans.length && spans[at]!.start < left) at += 1;
      pointers[slot] = at;
      if (at === spans.length) return undefined;
      chosen.push(spans[at]!);
    }
    const right = Math.max(...chosen.map((span) => span.start));
    if (right - left + 1 <= window) return chosen;
  }
  return undefined;
}

const overlaps = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;

export function buildDangerConcepts(
  files: readonly TDangerConceptFile[],
  spelling: ReadonlyMap<string, SpellingReplacements>,
): DangerConcepts {
  const lexicons = files.map((file) => compileLexicon(file, spelling.get(file.language) ?? NO_REPLACEMENTS));
  const tokenize = (text: string, replacements: SpellingReplacements) => {
    const normalized = normalizeForMatching(text, replacements);
    // A spelling replacement may expand to several words ("nimmer" → "nicht mehr").
    return normalized.length === 0 ? [] : normalized.split(' ');
  };

  return {
    tokens(text, language) {
      return tokenize(text, spelling.get(language) ?? NO_REPLACEMENTS);
    },
    analyze(text) {
      const signals: ConceptSignal[] = [];
      const weak = new Set<string>();
      const lowered = new Set<TDangerSignal>();
      const calm: ConceptResult['calm'] = [];
      const fired = new Set<TDangerSignal>();
      // Every language's lexicon reads every message, as with the rules: a wrong language guess
      // must not hide a danger, and families mix languages.
      for (const lexicon of lexicons) {
        const tokens = tokenize(text, lexicon.replacements);
        if (tokens.length === 0) continue;
        const concepts = findConcepts(lexicon, tokens);
        for (const name of lexicon.weak) if (concepts.has(name)) weak.add(name);
        const calmSpans = lexicon.calm.length > 0 ? findCalmSpans(lexicon, tokens) : [];
        for (const { span, guard } of calmSpans) {
          calm.push({ text: tokens.slice(span.start, span.end + 1).join(' '), lowers: [...guard.lowers] });
        }
        for (const rule of lexicon.rules) {
          if (fired.has(rule.signal)) continue;
          const spansOf = (quiet: boolean) =>
            rule.slots.map((alternatives) =>
              alternatives.flatMap((name) =>
                (concepts.get(name) ?? []).filter(
                  (span) =>
                    !quiet ||
                    !calmSpans.some(
                      ({ span: calmSpan, guard }) =>
                        guard.lowers.has(rule.signal) && overlaps(span, calmSpan),
                    ),
                ),
              ),
            );
          const chosen = satisfy(spansOf(true), rule.window);
          if (chosen) {
            fired.add(rule.signal);
            lowered.delete(rule.signal);
            signals.push({
              signal: rule.signal,
              language: lexicon.language,
              concepts: rule.slots.map(
                (alternatives) =>
                  alternatives.find((name) =>
                    (concepts.get(name) ?? []).some((span) =>
                      chosen.some((c) => c.start === span.start && c.end === span.end),
                    ),
                  ) ?? alternatives[0]!,
              ),
              words: chosen.map((span) => tokens.slice(span.start, span.end + 1).join(' ')),
            });
          } else if (calmSpans.length > 0 && satisfy(spansOf(false), rule.window)) {
            lowered.add(rule.signal);
          }
        }
      }
      // Close languages share words (Russian "боюсь" is also read by the Ukrainian lexicon), so an
      // idiom found by one lexicon also lowers another lexicon's hit whose words all lie inside it.
      const kept = signals.filter((hit) => {
        const inIdiom = calm.some(
          (guard) =>
            guard.lowers.includes(hit.signal) && hit.words.every((word) => guard.text.includes(word)),
        );
        if (inIdiom) lowered.add(hit.signal);
        return !inIdiom;
      });
      for (const hit of kept) lowered.delete(hit.signal);
      return {
        signals: kept,
        uncertain: kept.length === 0 && (weak.size > 0 || lowered.size > 0),
        weakConcepts: [...weak],
        lowered: [...lowered],
        calm,
      };
    },
  };
}

/**
 * Whether another layer's hit lies inside an idiom that may lower it: the words a rule matched
 * ("bringt mich noch um") stand within a calm guard's words. Self-harm and sexual abuse never are.
 */
export function isCalmed(result: ConceptResult, signal: TDangerSignal, words: string): boolean {
  // Rules may match inside a word (Arabic clitics: "يقتل" in "وبيقتل"), so a substring suffices.
  const needle = words.trim();
  return (
    needle.length > 0 &&
    result.calm.some((guard) => guard.lowers.includes(signal) && guard.text.includes(needle))
  );
}
