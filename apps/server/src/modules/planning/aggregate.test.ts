import { describe, expect, it } from 'vitest';
import type { CasePlanningFact } from '../cases/index.js';
import type { HelpPlanFact } from '../helpplan/index.js';
import { aggregate, type Cell, type PlanningSources } from './aggregate.js';
import { ageAt, ageGroupOf, monthsBetween } from './measures.js';

const AREA = 'area-1';
const kase = (over: Partial<CasePlanningFact> = {}): CasePlanningFact => ({
  caseId: `case-${Math.random()}`,
  reference: 'R-1',
  helpType: 'p31_spfh',
  status: 'running',
  socialAreaId: AREA,
  teamId: 'team-1',
  caseworkerId: 'cw-1',
  openedAt: new Date('2026-01-10T10:00:00Z'),
  closedAt: null,
  children: [{ personId: 'p-1', birthDate: '2016-03-15', gender: 'female', socialAreaId: AREA }],
  ...over,
});
const plan = (caseId: string, over: Partial<HelpPlanFact> = {}): HelpPlanFact => ({
  caseId,
  helpType: 'p31_spfh',
  statisticsCode: '07',
  startsOn: '2026-02-01',
  endsOn: null,
  endReason: null,
  reviewOn: '2026-08-01',
  goalProgress: [],
  ...over,
});
const sources = (over: Partial<PlanningSources>): PlanningSources => ({
  today: '2026-06-15',
  now: new Date('2026-06-15T10:00:00Z'),
  areaCodeOf: new Map([[AREA, 'NORD']]),
  teamNameOf: new Map([['team-1', 'ASD Nord']]),
  cases: [],
  plans: [],
  procedures: [],
  placements: [],
  requests: [],
  firstReplies: new Map(),
  feedback: [],
  ...over,
});
const of = (cells: Cell[], measure: string) => cells.filter((c) => c.measure === measure);
const sumN = (cells: Cell[]) => cells.reduce((a, c) => a + c.n, 0);

describe('planning aggregates', () => {
  it('counts a running help at the end of every month from its start to today, with the age of that month', () => {
    const c = kase();
    const cells = aggregate(sources({ cases: [c], plans: [plan(c.caseId)] }));
    const running = of(cells, 'help_running');
    expect(running.map((r) => r.month).sort()).toEqual([
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    // born 15 March 2016: 9 at the end of February, 10 from the end of March
    expect(running.find((r) => r.month === '2026-02')?.ageGroup).toBe('9-12');
    expect(of(cells, 'help_started')).toMatchObject([
      { month: '2026-02', socialArea: 'NORD', sex: 'female', n: 1 },
    ]);
    expect(of(cells, 'help_ended')).toEqual([]);
  });

  it('ends a help with its end reason, duration and the share of goals reached', () => {
    const c = kase({ status: 'closed', closedAt: new Date('2026-05-20T10:00:00Z') });
    const p = plan(c.caseId, {
      endsOn: '2026-05-20',
      endReason: 'as_planned',
      goalProgress: [9, 8, 3, null],
    });
    const cells = aggregate(sources({ cases: [c], plans: [p] }));
    expect(of(cells, 'help_running').map((r) => r.month)).toEqual(['2026-02', '2026-03', '2026-04']);
    const ended = of(cells, 'help_ended');
    expect(ended).toHaveLength(1);
    expect(ended[0]?.total).toBeCloseTo(monthsBetween('2026-02-01', '2026-05-20'));
    expect(sumN(of(cells, 'ended_as_planned'))).toBe(1);
    expect(sumN(of(cells, 'ended_early'))).toBe(0);
    expect(of(cells, 'goals_at_end')[0]?.total).toBeCloseTo(2 / 3);
  });

  it('counts a case without a plan from its opening, and not at all while it is still being clarified', () => {
    const running = kase({ helpType: 'p34_residential_care' });
    const clarifying = kase({ status: 'clarification' });
    const cells = aggregate(sources({ cases: [running, clarifying] }));
    expect(of(cells, 'help_started')).toMatchObject([{ helpType: 'p34_residential_care', month: '2026-01' }]);
    expect(sumN(of(cells, 'open_cases'))).toBe(2);
  });

  it('keeps no ids: every key is a code, a month or a label', () => {
    const c = kase();
    const cells = aggregate(sources({ cases: [c], plans: [plan(c.caseId)] }));
    const text = JSON.stringify(cells);
    expect(text).not.toContain(c.caseId);
    expect(text).not.toContain('p-1');
    expect(text).not.toContain('2016-03-15');
    expect(text).not.toContain('cw-1');
  });

  it('knows the workload of today: caseworkers with open cases per team and overdue reviews', () => {
    const a = kase();
    const b = kase({ caseworkerId: 'cw-2' });
    const cells = aggregate(
      sources({ cases: [a, b], plans: [plan(a.caseId, { reviewOn: '2026-06-01' }), plan(b.caseId)] }),
    );
    expect(of(cells, 'caseworkers_active')).toMatchObject([{ team: 'ASD Nord', n: 2 }]);
    expect(of(cells, 'overdue_review')).toMatchObject([{ team: 'ASD Nord', n: 1, month: '2026-06' }]);
  });

  it('ages and age groups follow the birthday', () => {
    expect(ageAt('2016-03-15', '2026-03-14')).toBe(9);
    expect(ageAt('2016-03-15', '2026-03-15')).toBe(10);
    expect(ageAt(null, '2026-03-15')).toBeNull();
    expect([0, 2, 3, 11, 12, 17, 18, 20, 21].map(ageGroupOf)).toEqual([
      '0-3',
      '0-3',
      '3-6',
      '9-12',
      '12-14',
      '16-18',
      '18-21',
      '18-21',
      '21+',
    ]);
  });
});
