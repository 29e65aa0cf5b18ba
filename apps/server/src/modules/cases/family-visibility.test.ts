import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { familyMaySee, type ReleasableItem } from './family-visibility.js';

/*
 * Over generated cases — items released to all, to some persons, not released, entrusted (§ 65),
 * released and entrusted — and family members: nobody ever receives an item they may not see.
 */
const person = fc.constantFrom('p1', 'p2', 'p3', 'p4');
const item: fc.Arbitrary<ReleasableItem & { label: string }> = fc.record({
  label: fc.string(),
  entrustedTo: fc.option(fc.constantFrom('anna', 'ben'), { nil: null }),
  release: fc.option(
    fc.record({
      personIds: fc.option(fc.uniqueArray(person, { minLength: 1, maxLength: 4 }), { nil: null }),
    }),
    { nil: null },
  ),
});

describe('what a family member sees', () => {
  it('never an entrusted item, never an unreleased one, never one released only to others', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), person, (items, viewer) => {
        for (const it of items.filter((i) => familyMaySee(i, viewer))) {
          expect(it.entrustedTo).toBeNull();
          expect(it.release).not.toBeNull();
          if (it.release?.personIds) expect(it.release.personIds).toContain(viewer);
        }
      }),
    );
  });

  it('everything released to all or to the member, and not entrusted', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), person, (items, viewer) => {
        const expected = items.filter(
          (i) =>
            i.entrustedTo === null &&
            i.release !== null &&
            (i.release.personIds === null || i.release.personIds.includes(viewer)),
        );
        expect(items.filter((i) => familyMaySee(i, viewer))).toEqual(expected);
      }),
    );
  });
});
