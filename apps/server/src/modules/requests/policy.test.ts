import type { TIntakeStatus, TRole } from '@lotse/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.js';
import { allowedRequestActions, canOnRequest, type RequestFacts } from './policy.js';

const T = '00000000-0000-4000-8000-000000000001';
const TEAM = 'team-a';
const actor = (roles: TRole[], member: string[], lead: string[] = [], userId = 'u1'): Actor => ({
  tenantId: T,
  userId,
  username: userId,
  displayName: userId,
  roles,
  memberTeamIds: member,
  leadTeamIds: lead,
  mfaEnabled: true,
  sessionId: 's',
});
const request = (over: Partial<RequestFacts> = {}): RequestFacts => ({
  tenantId: T,
  teamId: TEAM,
  status: 'new',
  claimedBy: null,
  caseId: null,
  ...over,
});

describe('request policy', () => {
  it('lets team members work on a request and only the team lead assign it', () => {
    expect(allowedRequestActions(actor(['caseworker'], [TEAM]), request())).toEqual([
      'read',
      'reply',
      'claim',
      'open_case',
    ]);
    expect(allowedRequestActions(actor(['team_lead'], [TEAM], [TEAM]), request())).toContain('assign');
    expect(allowedRequestActions(actor(['team_lead'], [TEAM], ['other']), request())).not.toContain('assign');
  });

  it('hides requests of other teams, other offices and from roles without casework', () => {
    expect(allowedRequestActions(actor(['caseworker'], ['other']), request())).toEqual([]);
    expect(allowedRequestActions(actor(['caseworker'], [TEAM]), request({ tenantId: 'x' }))).toEqual([]);
    expect(allowedRequestActions(actor(['dpo', 'admin', 'planner'], [TEAM]), request())).toEqual([]);
  });

  it('offers no claim or assignment once a request is done, and no second case', () => {
    const lead = actor(['team_lead', 'caseworker'], [TEAM], [TEAM]);
    for (const status of ['case_opened', 'closed'] as TIntakeStatus[]) {
      expect(canOnRequest(lead, 'claim', request({ status }))).toBe(false);
      expect(canOnRequest(lead, 'assign', request({ status }))).toBe(false);
    }
    expect(canOnRequest(lead, 'open_case', request({ caseId: 'c1' }))).toBe(false);
    expect(canOnRequest(lead, 'claim', request({ status: 'claimed', claimedBy: lead.userId }))).toBe(false);
  });

  it('never allows anything without the right to read (property)', () => {
    const roles: TRole[] = ['caseworker', 'team_lead', 'dpo', 'admin', 'planner'];
    fc.assert(
      fc.property(
        fc.subarray(roles),
        fc.subarray([TEAM, 'other']),
        fc.subarray([TEAM, 'other']),
        fc.constantFrom<TIntakeStatus>('new', 'claimed', 'case_opened', 'closed'),
        fc.option(fc.constantFrom('u1', 'u2'), { nil: null }),
        (r, member, lead, status, claimedBy) => {
          const a = actor(r, member, lead);
          const facts = request({ status, claimedBy });
          const allowed = allowedRequestActions(a, facts);
          if (!canOnRequest(a, 'read', facts)) expect(allowed).toEqual([]);
          if (allowed.includes('assign')) expect(a.leadTeamIds).toContain(TEAM);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
