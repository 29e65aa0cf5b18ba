import type { THelpPlanVersion } from '@lotse/shared';
import { describe, expect, it } from 'vitest';
import { type CaseFacts, HINT_RULES, hintsFor } from './rules.js';

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
      },
      goals: [],
      agreements: [],
      reviewOn: '2026-12-01',
      ...overrides,
    },
  };
}
const parent = { role: 'parent' } as CaseFacts['case']['persons'][number];
const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  case: { status: 'running', persons: [parent] },
  plans: [plan()],
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

  it('each rule names a paragraph of law and a German text', () => {
    for (const rule of HINT_RULES) {
      expect(rule.law, rule.rule).toMatch(/^§ \d+[a-z]? Abs\. \d.* SGB VIII$/);
      expect(rule.text.length, rule.rule).toBeGreaterThan(20);
    }
  });
});
