/** Mouths from a deep frown (1) to a broad smile (5); the eyes stay the same. */
const mouths = [
  'M15 34 Q24 24 33 34',
  'M16 33 Q24 28 32 33',
  'M16 31 L32 31',
  'M16 29 Q24 35 32 29',
  'M14 28 Q24 39 34 28',
];
const fills = ['#f4c7c3', '#fbdcc0', '#f3ecc2', '#d3ecc8', '#b9e2b5'];

/** A face for a score of 1 to 5 (decorative: the label next to it says the same in words). */
export function Face({ score }: { score: number }) {
  const i = Math.min(5, Math.max(1, score)) - 1;
  return (
    <svg className="fam-face" viewBox="0 0 48 48" width="44" height="44" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" fill={fills[i]} stroke="currentColor" strokeWidth="2" />
      <circle cx="17" cy="19" r="2.6" fill="currentColor" />
      <circle cx="31" cy="19" r="2.6" fill="currentColor" />
      <path d={mouths[i]} fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" />
    </svg>
  );
}
