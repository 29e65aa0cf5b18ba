import { describe, expect, it } from 'vitest';
import { type PlanFacts, type ProcedureFacts, type ProcessFacts, processMap } from './process-map.js';

const anna = { id: '00000000-0000-4000-8000-000000000001', displayName: 'Anna Albers' };
const facts = (over: Partial<ProcessFacts> = {}): ProcessFacts => ({
  caseId: 'c1',
  status: 'clarification',
  caseworker: anna,
  plans: [],
  procedures: [],
  openTaskDueDates: [],
  today: '2026-12-05',
  now: new Date('2026-12-05T10:00:00Z'),
  ...over,
});
const plan = (over: Partial<PlanFacts> = {}): PlanFacts => ({
  planId: 'p1',
  version: 1,
  status: 'final',
  startsOn: '2026-06-01',
  endsOn: null,
  reviewOn: '2027-01-15',
  ...over,
});
const procedure = (over: Partial<ProcedureFacts> = {}): ProcedureFacts => ({
  procedureId: 'x1',
  status: 'open',
  firstContactDueAt: '2026-12-06T10:00:00.000Z',
  firstContactAt: null,
  followUpOn: null,
  proposedBy: null,
  openTaskDueDates: [],
  ...over,
});
const states = (f: ProcessFacts) => Object.fromEntries(processMap(f).steps.map((s) => [s.step, s.state]));

describe('process map', () => {
  it('a new case is in clarification; § 8a is skipped when there is no procedure', () => {
    const map = processMap(facts());
    expect(map.current).toBe('clarification');
    expect(states(facts())).toMatchObject({
      request: 'done',
      clarification: 'current',
      protection: 'skipped',
      planning: 'upcoming',
    });
    expect(map.next).toEqual([expect.objectContaining({ who: 'caseworker', person: anna })]);
  });

  it('an open § 8a procedure comes first, with its first-contact deadline and who acts', () => {
    const f = facts({ status: 'running', plans: [plan()], procedures: [procedure()] });
    expect(processMap(f).current).toBe('protection');
    expect(processMap(f).next[0]?.action).toContain('Erstkontakt bis 06.12.2026');
    const late = facts({ procedures: [procedure({ firstContactDueAt: '2026-12-05T08:00:00.000Z' })] });
    expect(processMap(late).overdue).toEqual([expect.objectContaining({ kind: 'protection_first_contact' })]);
  });

  it('a result awaiting sign-off names the second professional', () => {
    const f = facts({
      procedures: [
        procedure({ status: 'awaiting_sign_off', firstContactAt: '2026-12-04T09:00:00Z', proposedBy: anna }),
      ],
    });
    expect(processMap(f).next).toEqual([
      expect.objectContaining({ who: 'second_professional', action: expect.stringContaining('Anna Albers') }),
    ]);
  });

  it('a draft plan is planning; a final one is help under way; a due review is review', () => {
    expect(processMap(facts({ status: 'planning', plans: [plan({ status: 'draft' })] })).current).toBe(
      'planning',
    );
    expect(processMap(facts({ status: 'running', plans: [plan()] })).current).toBe('help');
    expect(processMap(facts({ status: 'planning', plans: [plan()] })).current).toBe('help');
    expect(processMap(facts({ status: 'planning', plans: [plan({ startsOn: '2027-01-01' })] })).current).toBe(
      'planning',
    );
    const due = facts({ status: 'running', plans: [plan({ reviewOn: '2026-12-01' })] });
    expect(processMap(due).current).toBe('review');
    expect(processMap(due).overdue).toEqual([
      { kind: 'review', text: 'Überprüfung des Hilfeplans', dueAt: '2026-12-01' },
    ]);
    expect(
      processMap(facts({ status: 'running', plans: [plan({ version: 2, status: 'draft' })] })).current,
    ).toBe('review');
  });

  it('without a caseworker the team lead acts first', () => {
    const map = processMap(facts({ caseworker: null, status: 'planning' }));
    expect(map.next).toEqual([
      expect.objectContaining({ who: 'team_lead', action: expect.stringContaining('Fall zuweisen') }),
    ]);
  });

  it('a closed case ends; overdue tasks and § 8a follow-ups are listed oldest first', () => {
    expect(processMap(facts({ status: 'closed', plans: [plan()] })).current).toBe('end');
    expect(states(facts({ status: 'closed', plans: [plan()] }))).toMatchObject({
      help: 'done',
      review: 'skipped',
      end: 'current',
    });
    const f = facts({
      openTaskDueDates: ['2026-12-03', '2026-12-09'],
      procedures: [
        procedure({ status: 'closed', followUpOn: '2026-11-30', openTaskDueDates: ['2026-12-01'] }),
      ],
    });
    expect(processMap(f).overdue.map((o) => [o.kind, o.dueAt])).toEqual([
      ['protection_follow_up', '2026-11-30'],
      ['protection_task', '2026-12-01'],
      ['task', '2026-12-03'],
    ]);
  });
});
