import type { TRole } from '@lotse/shared';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.js';
import { canOnStaffMember, type StaffMemberFacts } from './policy.js';

const T = '00000000-0000-4000-8000-000000000001';
const actor = (roles: TRole[], member: string[] = [], lead: string[] = [], userId = 'me'): Actor => ({
  tenantId: T,
  userId,
  username: userId,
  displayName: userId,
  roles,
  memberTeamIds: [...new Set([...member, ...lead])],
  leadTeamIds: lead,
  mfaEnabled: true,
  sessionId: 's',
});
const member = (teamIds: string[], over: Partial<StaffMemberFacts> = {}): StaffMemberFacts => ({
  tenantId: T,
  userId: 'colleague',
  teamIds,
  ...over,
});
const sees = (a: Actor, m: StaffMemberFacts) => canOnStaffMember(a, 'see', m);

describe('staff directory policy', () => {
  it('shows everyone themselves, whatever their role', () => {
    for (const roles of [['provider_staff'], ['planner'], ['admin'], ['caseworker'], []] as TRole[][]) {
      expect(sees(actor(roles), member([], { userId: 'me' }))).toBe(true);
    }
  });

  it('shows caseworkers the colleagues of their teams and no one else', () => {
    const anna = actor(['caseworker'], ['nord']);
    expect(sees(anna, member(['nord']))).toBe(true);
    expect(sees(anna, member(['sued', 'nord']))).toBe(true);
    expect(sees(anna, member(['sued']))).toBe(false);
    expect(sees(anna, member([]))).toBe(false);
    expect(sees(actor(['caseworker']), member(['nord']))).toBe(false);
  });

  it('shows team leads the members of the teams they lead, not of teams they only sit in', () => {
    const lead = actor(['team_lead'], ['nord'], ['sued']);
    expect(sees(lead, member(['sued']))).toBe(true);
    expect(sees(lead, member(['nord']))).toBe(false);
    // Leading with casework: both.
    const both = actor(['team_lead', 'caseworker'], ['nord'], ['sued']);
    expect(sees(both, member(['nord']))).toBe(true);
    expect(sees(both, member(['sued']))).toBe(true);
  });

  it('shows the data protection officer the whole office', () => {
    expect(sees(actor(['dpo']), member([]))).toBe(true);
    expect(sees(actor(['dpo']), member(['nord']))).toBe(true);
  });

  it('shows provider staff, planners and admins no colleague, even one sharing a team', () => {
    for (const roles of [['provider_staff'], ['planner'], ['admin']] as TRole[][]) {
      expect(sees(actor(roles, ['nord'], ['nord']), member(['nord']))).toBe(false);
      expect(sees(actor(roles), member([]))).toBe(false);
    }
  });

  it('never shows anyone of another office', () => {
    const other = member(['nord'], { tenantId: 'other' });
    expect(sees(actor(['dpo']), other)).toBe(false);
    expect(sees(actor(['caseworker'], ['nord']), other)).toBe(false);
    expect(sees(actor(['caseworker']), member([], { tenantId: 'other', userId: 'me' }))).toBe(false);
  });
});
