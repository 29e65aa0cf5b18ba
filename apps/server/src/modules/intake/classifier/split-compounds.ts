/**
 * German glues words together ("Schulausschluss", "Erziehungsfragen"); the topic model knows
 * "schule" and "erziehung" but not every compound. Unknown long words are split into known
 * parts, which are appended to the word (the whole word stays, in case it becomes known).
 */

const MIN_COMPOUND_LENGTH = 8;
const MIN_PART_LENGTH = 3;
// Fugen-s/-es/-n/-en between the parts; "e" restores "schul" → "schule".
const PREFIX_VARIANTS = (prefix: string) => [
  prefix,
  `${prefix}e`,
  `${prefix}en`,
  prefix.replace(/(s|es|n|en)$/, ''),
];

export function splitCompounds(text: string, vocabulary: ReadonlySet<string>): string {
  return text
    .split(' ')
    .map((word) => {
      if (word.length < MIN_COMPOUND_LENGTH || vocabulary.has(word)) return word;
      const parts = findKnownParts(word, vocabulary);
      return parts.length > 0 ? `${word} ${parts.join(' ')}` : word;
    })
    .join(' ');
}

function findKnownParts(word: string, vocabulary: ReadonlySet<string>): string[] {
  // Prefer the longest known head (the last part carries the meaning in German compounds).
  for (let cut = MIN_PART_LENGTH; cut <= word.length - MIN_PART_LENGTH - 1; cut += 1) {
    const head = word.slice(cut);
    const headKnown = vocabulary.has(head) ? head : undefined;
    const modifier = PREFIX_VARIANTS(word.slice(0, cut)).find(
      (candidate) => candidate.length >= MIN_PART_LENGTH && vocabulary.has(candidate),
    );
    if (headKnown && modifier) return [modifier, headKnown];
    if (headKnown && head.length >= 5) return [headKnown];
  }
  // No known head: a known modifier alone still says something ("Stromsperre" → "strom").
  for (let cut = word.length - MIN_PART_LENGTH; cut >= 4; cut -= 1) {
    const modifier = PREFIX_VARIANTS(word.slice(0, cut)).find(
      (candidate) => candidate.length >= 4 && vocabulary.has(candidate),
    );
    if (modifier) return [modifier];
  }
  return [];
}
