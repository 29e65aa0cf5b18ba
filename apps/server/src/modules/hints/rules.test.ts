import type { TCasePerson, THelpPlanVersion } from '@lotse/shared';
import { describe, expect, it } from 'vitest';
import { type CaseFacts, HINT_RULES, hintsFor, type ProtectionFacts } from './rules.js';

const user = { id: '00000000-0000-4000-8000-000000000001', displayName: 'Anna' };
function plan(
  overrides: Partial<THelpPlanVersion['content']> = {},
  status: 'draft' | 'final' = 'final',
): THelpPlanVersion {
  return {
    version: 1,
    status,
    createdBy: user,
    createdAt: '2026-06-01T10:00:00.000Z',
    finalizedBy: status === 'final' ? user : null,
    finalizedAt: status === 'final' ? '2026-06-01T10:00:00.000Z' : null,
    content: {
      participants: [
        { role: 'child', name: 'Lena', view: 'Ich will in der Schule bleiben.' },
        { role: 'parent', name: 'Frau Schneider', view: '' },
        { role: 'provider', name: 'Familienhilfe Nord', view: '' },
      ],
      needs: [],
      help: {
        type: 'p31_spfh',
        provider: 'Familienhilfe Nord',
        hoursPerWeek: 6,
        startsOn: '2026-06-01',
        endsOn: null,
        statisticsCode: '07',
        endReason: null,
      },
      notInvolved: [],
      interpreter: null,
      goals: [],
      agreements: [],
      reviewOn: '2026-12-01',
      ...overrides,
    },
  };
}
const parent = { role: 'parent', languages: ['de'] } as unknown as TCasePerson;
const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  case: { status: 'running', persons: [parent] },
  plans: [plan()],
  protection: [],
  feedbackDrops: [],
  today: '2026-11-01',
  ...over,
});
const rules = (f: CaseFacts) => hintsFor(f).map((h) => h.rule);

describe('blind-spot rules', () => {
  it('say nothing about a well-documented plan within its review date', () => {
    expect(rules(facts())).toEqual([]);
  });

  it('no_help_plan: a running help without a plan, not an inquiry', () => {
    expect(rules(facts({ plans: [] }))).toEqual(['no_help_plan']);
    expect(rules(facts({ plans: [], case: { status: 'inquiry', persons: [] } }))).toEqual([]);
  });

  it('child_view_missing: no child or young person with their own words', () => {
    const silent = plan({
      participants: [
        { role: 'child', name: 'Lena', view: '  ' },
        { role: 'parent', name: 'M', view: '' },
        { role: 'provider', name: 'P', view: '' },
      ],
    });
    expect(rules(facts({ plans: [silent] }))).toEqual(['child_view_missing']);
  });

  it('parent_not_involved: a parent of the case is no participant', () => {
    const noParent = plan({
      participants: [
        { role: 'child', name: 'Lena', view: 'Ja' },
        { role: 'provider', name: 'P', view: '' },
      ],
    });
    expect(rules(facts({ plans: [noParent] }))).toEqual(['parent_not_involved']);
    expect(rules(facts({ plans: [noParent], case: { status: 'running', persons: [] } }))).toEqual([]);
  });

  it('provider_not_involved: a named provider takes no part', () => {
    const p = plan({
      participants: [
        { role: 'child', name: 'Lena', view: 'Ja' },
        { role: 'parent', name: 'M', view: '' },
      ],
    });
    expect(rules(facts({ plans: [p] }))).toEqual(['provider_not_involved']);
  });

  it('review_overdue: a final plan past its review date while help is under way', () => {
    expect(rules(facts({ today: '2026-12-02' }))).toEqual(['review_overdue']);
    expect(rules(facts({ today: '2026-12-01' }))).toEqual([]);
    expect(rules(facts({ today: '2026-12-02', plans: [plan({}, 'draft')] }))).toEqual([]);
    expect(rules(facts({ today: '2026-12-02', case: { status: 'closed', persons: [parent] } }))).toEqual([]);
  });

  it('parent_not_involved: not when the reason is recorded', () => {
    const excused = plan({
      participants: [
        { role: 'child', name: 'Lena', view: 'Ja' },
        { role: 'provider', name: 'P', view: '' },
      ],
      notInvolved: [{ role: 'parent', name: 'Herr Schneider', reason: 'Kontaktverbot' }],
    });
    expect(rules(facts({ plans: [excused] }))).toEqual([]);
  });

  it('interpreter_missing: a family member without German and no interpreter in a running plan', () => {
    const arabic = { role: 'parent', languages: ['ar'] } as unknown as TCasePerson;
    const german = { role: 'parent', languages: ['ar', 'Deutsch'] } as unknown as TCasePerson;
    expect(rules(facts({ case: { status: 'running', persons: [arabic] } }))).toEqual(['interpreter_missing']);
    expect(rules(facts({ case: { status: 'running', persons: [german] } }))).toEqual([]);
    const interpreted = plan({ interpreter: 'Frau Haddad, Arabisch' });
    expect(rules(facts({ case: { status: 'running', persons: [arabic] }, plans: [interpreted] }))).toEqual(
      [],
    );
    const unknownLanguage = { role: 'parent', languages: [] } as unknown as TCasePerson;
    expect(rules(facts({ case: { status: 'running', persons: [unknownLanguage] } }))).toEqual([]);
  });

  it('help_ended_early_twice: the two most recent ended helps both ended early', () => {
    const ended = (endsOn: string, endReason: THelpPlanVersion['content']['help']['endReason']) =>
      plan({
        help: {
          type: 'p31_spfh',
          provider: 'Familienhilfe Nord',
          hoursPerWeek: 6,
          startsOn: '2025-01-01',
          endsOn,
          statisticsCode: '07',
          endReason,
        },
        reviewOn: null,
      });
    const early1 = ended('2025-06-01', 'early_by_custodian');
    const early2 = ended('2026-03-01', 'early_by_facility');
    const planned = ended('2026-05-01', 'as_planned');
    expect(rules(facts({ plans: [early1, early2] }))).toEqual(['help_ended_early_twice']);
    expect(rules(facts({ plans: [early1, planned, early2] }))).toEqual([]);
    expect(rules(facts({ plans: [early2] }))).toEqual([]);
  });

  it('no_protective_factors and latent_without_follow_up look at § 8a procedures', () => {
    const p = (over: Partial<ProtectionFacts>): ProtectionFacts => ({
      status: 'closed',
      result: 'help_needed',
      followUpOn: null,
      protectiveFactorsRated: 2,
      ...over,
    });
    expect(rules(facts({ protection: [p({})] }))).toEqual([]);
    expect(rules(facts({ protection: [p({ protectiveFactorsRated: 0 })] }))).toEqual([
      'no_protective_factors',
    ]);
    expect(rules(facts({ protection: [p({ protectiveFactorsRated: null })] }))).toEqual([]);
    expect(rules(facts({ protection: [p({ result: 'latent' })] }))).toEqual(['latent_without_follow_up']);
    expect(rules(facts({ protection: [p({ result: 'latent', followUpOn: '2027-01-10' })] }))).toEqual([]);
  });

  it('feedback_dropped: the newest check-in of a person fell sharply', () => {
    expect(rules(facts({ feedbackDrops: [['wellbeing']] }))).toEqual(['feedback_dropped']);
    expect(rules(facts({ feedbackDrops: [] }))).toEqual([]);
  });

  it('each rule names a paragraph of law with its link and a German text', () => {
    for (const rule of HINT_RULES) {
      expect(rule.law.cite, rule.rule).toMatch(/^§ \d+[a-z]? Abs\. \d.* SGB VIII$/);
      expect(rule.law.url, rule.rule).toMatch(
        /^https:\/\/www\.gesetze-im-internet\.de\/sgb_8\/__\d+[a-z]?\.html$/,
      );
      expect(rule.text.length, rule.rule).toBeGreaterThan(20);
    }
    expect(new Set(HINT_RULES.map((r) => r.rule)).size).toBe(HINT_RULES.length);
  });
});
