import { describe, expect, it } from 'vitest';
import { perspectiveCatalogue } from '../modules/perspectives/index.js';
import { lenaRounds } from './perspectives.js';

describe("Lena's demo perspectives", () => {
  const known = new Set(perspectiveCatalogue().dimensions.map((d) => d.id));

  it('rates every dimension of the catalogue, and nothing else, with 1–5 or "keine Angabe"', () => {
    for (const round of lenaRounds())
      for (const entry of round.entries) {
        expect(new Set(Object.keys(entry.values))).toEqual(known);
        for (const value of Object.values(entry.values))
          if (value !== null) expect(value).toBeGreaterThanOrEqual(1);
        expect(Object.keys(entry.comments ?? {}).every((d) => known.has(d))).toBe(true);
      }
  });

  it('shows the child and the caseworker clearly apart on at least one dimension in the newest round', () => {
    const newest = lenaRounds().reduce((a, b) => (a.daysAgo < b.daysAgo ? a : b));
    const child = newest.entries.find((e) => e.perspective === 'child')?.values ?? {};
    const caseworker = newest.entries.find((e) => e.perspective === 'caseworker')?.values ?? {};
    const apart = [...known].filter((d) => {
      const a = child[d];
      const b = caseworker[d];
      return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) >= 2;
    });
    expect(apart.length).toBeGreaterThanOrEqual(1);
  });
});
