import { describe, expect, it } from 'vitest';
import { KeyRing } from '../crypto.js';
import { searchTokens, searchWords } from '../search-tokens.js';

describe('search tokens for encrypted names and titles', () => {
  it('normalise case, accents and ß, and split on anything but letters and digits', () => {
    expect(searchWords('Zoë-Élise Größe, 3. Klasse')).toEqual(['zoe', 'elise', 'grosse', '3', 'klasse']);
    expect(searchWords('Ömer Yılmaz')).toEqual(['omer', 'yılmaz']);
    expect(searchWords('Олена Коваль')).toEqual(['олена', 'коваль']);
  });

  it('hold every word and its prefixes from two letters on, once', () => {
    expect(searchTokens(['Mia Müller', 'mia'])).toEqual([
      'mi',
      'mia',
      'mu',
      'mul',
      'mull',
      'mulle',
      'muller',
    ]);
    expect(searchTokens([null, undefined, ''])).toEqual([]);
  });

  it('are stored as keyed blind indexes: per office, and not without the key', () => {
    const keys = new KeyRing(Buffer.alloc(32, 7));
    const other = new KeyRing(Buffer.alloc(32, 8));
    const a = keys.blindIndex('office-a', 'muller');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(keys.blindIndex('office-a', 'muller')).toBe(a);
    expect(keys.blindIndex('office-b', 'muller')).not.toBe(a);
    expect(other.blindIndex('office-a', 'muller')).not.toBe(a);
  });
});
