import { describe, expect, it } from 'vitest';
import { highlightPassage, searchTerms } from './full-text.js';

describe('searchTerms', () => {
  it('keeps letters and digits only, lower case, without repeats, at most eight', () => {
    expect(searchTerms("Hilfeplan & Mitwirkung'); DROP -- hilfeplan")).toEqual([
      'hilfeplan',
      'mitwirkung',
      'drop',
    ]);
    expect(searchTerms('§ 8a')).toEqual(['8a']);
    expect(searchTerms('a b c d e f g h i j k l m n o p q r s t')).toHaveLength(0);
    expect(searchTerms('eins zwei drei vier fünf sechs sieben acht neun zehn')).toHaveLength(8);
  });
});

describe('highlightPassage', () => {
  const text =
    'Vorbemerkung für alle. Im Jugendamt Musterstadt findet das Hilfeplangespräch in der Regel im Amt statt; der Hilfeplan wird danach an alle Beteiligten verschickt. Weitere Hinweise folgen am Ende.';

  it('marks words that start with a stem, also across umlauts and ß, around the first match', () => {
    expect(highlightPassage(text, ['hilfeplan'], 12)).toBe(
      '… Jugendamt Musterstadt findet das «Hilfeplangespräch» in der Regel im Amt statt; der …',
    );
    expect(highlightPassage('Die Gefährdungseinschätzung (§ 8a) und Straße.', ['gefahrdung', 'strass'])).toBe(
      'Die «Gefährdungseinschätzung» (§ 8a) und «Straße».',
    );
  });

  it('gives the start of the text when nothing matches', () => {
    expect(highlightPassage(text, ['quanten'], 4)).toBe('Vorbemerkung für alle. Im …');
    expect(highlightPassage('', ['x'])).toBe('');
  });
});
