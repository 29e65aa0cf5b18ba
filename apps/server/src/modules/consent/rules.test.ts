import { shareSections, type TShareSection } from '@lotse/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AccessMoment,
  type ConsentFacts,
  consentStatus,
  openSections,
  type ShareFacts,
} from './rules.js';

const day = fc.integer({ min: 0, max: 60 }).map((n) => `2026-12-${String(1 + (n % 28)).padStart(2, '0')}`);
const providers = ['p1', 'p2'] as const;
const sectionSet = fc.subarray([...shareSections], { minLength: 1 });

const consent: fc.Arbitrary<ConsentFacts> = fc
  .record({
    providerId: fc.constantFrom(...providers),
    sections: sectionSet,
    validFrom: day,
    length: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
    given: fc.boolean(),
    declined: fc.boolean(),
    revoked: fc.boolean(),
  })
  .map(({ length, ...c }) => ({
    ...c,
    validUntil:
      length === null
        ? null
        : `2026-12-${String(Math.min(28, Number(c.validFrom.slice(8)) + length)).padStart(2, '0')}`,
  }));
const share: fc.Arbitrary<ShareFacts> = fc.record({
  providerId: fc.constantFrom(...providers),
  sections: sectionSet,
  basis: fc.constantFrom('consent' as const, 'legal_ground' as const),
  ended: fc.boolean(),
});
const moment: fc.Arbitrary<AccessMoment> = fc.record({
  today: day,
  caseClosed: fc.boolean(),
  helpRunning: fc.boolean(),
});

/** The rule written out once more, plainly, as the oracle: a section is open iff … */
function oracle(s: ShareFacts, consents: ConsentFacts[], at: AccessMoment, section: TShareSection): boolean {
  if (!s.sections.includes(section) || s.ended || at.caseClosed || !at.helpRunning) return false;
  if (s.basis === 'legal_ground') return true;
  return consents.some(
    (c) =>
      c.providerId === s.providerId &&
      c.sections.includes(section) &&
      c.given &&
      !c.declined &&
      !c.revoked &&
      c.validFrom <= at.today &&
      (c.validUntil === null || at.today <= c.validUntil),
  );
}

describe('consent checks (generated consents × sections × times × revocations)', () => {
  it('opens exactly the sections a consent in force (or a legal ground) covers', () => {
    fc.assert(
      fc.property(share, fc.array(consent, { maxLength: 6 }), moment, (s, consents, at) => {
        const open = openSections(s, consents, at);
        for (const section of shareSections)
          expect(open.includes(section)).toBe(oracle(s, consents, at, section));
      }),
      { numRuns: 2000 },
    );
  });

  it('never opens more after a revocation, and nothing for another provider', () => {
    fc.assert(
      fc.property(
        share,
        fc.array(consent, { minLength: 1, maxLength: 6 }),
        moment,
        fc.nat(),
        (s, consents, at, i) => {
          const before = openSections(s, consents, at);
          const revoked = consents.map((c, k) => (k === i % consents.length ? { ...c, revoked: true } : c));
          const after = openSections(s, revoked, at);
          expect(after.every((x) => before.includes(x))).toBe(true);
          const foreign = consents.map((c) => ({ ...c, providerId: 'someone-else' }));
          if (s.basis === 'consent') expect(openSections(s, foreign, at)).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('closes everything when the share ends, the case closes or the help ends', () => {
    fc.assert(
      fc.property(share, fc.array(consent, { maxLength: 6 }), moment, (s, consents, at) => {
        expect(openSections({ ...s, ended: true }, consents, at)).toEqual([]);
        expect(openSections(s, consents, { ...at, caseClosed: true })).toEqual([]);
        expect(openSections(s, consents, { ...at, helpRunning: false })).toEqual([]);
      }),
    );
  });

  it('names the state of a consent', () => {
    const c: ConsentFacts = {
      providerId: 'p1',
      sections: ['persons'],
      validFrom: '2026-12-01',
      validUntil: '2026-12-10',
      given: true,
      declined: false,
      revoked: false,
    };
    expect(consentStatus(c, '2026-12-05')).toBe('given');
    expect(consentStatus(c, '2026-12-11')).toBe('expired');
    expect(consentStatus({ ...c, given: false }, '2026-12-05')).toBe('requested');
    expect(consentStatus({ ...c, revoked: true }, '2026-12-05')).toBe('revoked');
    expect(consentStatus({ ...c, given: false, declined: true }, '2026-12-05')).toBe('declined');
  });
});
