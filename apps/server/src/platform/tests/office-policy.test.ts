import type { TRole } from '@lotse/shared';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.js';
import { allowedActionsOf, canInOffice, officeActions, requireOfficeAction } from '../policy.js';

const actor = (roles: TRole[], teams: string[] = [], leads: string[] = []): Actor => ({
  tenantId: 't1',
  userId: 'u1',
  username: 'u1',
  displayName: 'U',
  roles,
  memberTeamIds: [...teams, ...leads],
  leadTeamIds: leads,
  mfaEnabled: true,
  sessionId: 's',
});
const office = { tenantId: 't1' };
const allowed = (a: Actor, o = office) => allowedActionsOf(canInOffice, officeActions, a, o);

describe('office policy (sent as /api/me allowedActions)', () => {
  it('gives administration to admins, the audit trail to the data protection officer, planning to planners', () => {
    const officeWork = ['use_knowledge'];
    const speaksForOffice = ['manage_onboarding', 'publish_cooperation'];
    expect(allowed(actor(['admin']))).toEqual(['administer', ...officeWork, ...speaksForOffice]);
    expect(allowed(actor(['dpo']))).toEqual(['read_audit', ...officeWork, 'handle_data_subject_rights']);
    expect(allowed(actor(['planner']))).toEqual(['plan', ...officeWork]);
  });
  it('gives the team inbox, cases and new cases to caseworkers and leads who belong to a team', () => {
    const teamWork = ['work_on_requests', 'work_on_cases', 'create_cases'];
    const leadWork = [...teamWork, 'lead_team', 'search_placements', 'use_knowledge', 'manage_onboarding'];
    expect(allowed(actor(['caseworker'], ['team']))).toEqual([
      ...teamWork,
      'search_placements',
      'use_knowledge',
    ]);
    expect(allowed(actor(['team_lead', 'caseworker'], [], ['team']))).toEqual([
      ...leadWork,
      'publish_cooperation',
    ]);
    expect(allowed(actor(['team_lead'], [], ['team']))).toEqual([...leadWork, 'publish_cooperation']);
  });
  it('lets a caseworker without a team see the cases they are assigned to or deputise on, but open none', () => {
    expect(allowed(actor(['caseworker']))).toEqual(['work_on_cases', 'search_placements', 'use_knowledge']);
  });
  it('gives a team lead role without a team to lead no cases (the case policy would show none)', () => {
    expect(allowed(actor(['team_lead'], ['team']))).toEqual([
      'work_on_requests',
      'create_cases',
      'use_knowledge',
    ]);
    expect(allowed(actor(['team_lead']))).toEqual(['use_knowledge']);
  });
  it('gives case work to no one else, whatever teams they are in', () => {
    for (const role of ['dpo', 'admin', 'planner', 'provider_staff'] as const) {
      const actions = allowed(actor([role], ['team']));
      expect(actions).not.toContain('work_on_cases');
      expect(actions).not.toContain('create_cases');
      expect(actions).not.toContain('work_on_requests');
      expect(actions).not.toContain('search_placements');
    }
    expect(allowed(actor(['provider_staff'], ['team']))).toEqual(['work_as_provider']);
  });
  it('refuses each action it does not allow with a clear German message', () => {
    for (const action of officeActions.filter((a) => a !== 'work_as_provider')) {
      expect(() => requireOfficeAction(actor(['provider_staff']), action)).toThrow(/nur/);
    }
    expect(() => requireOfficeAction(actor(['caseworker']), 'work_as_provider')).toThrow(
      'Das Trägerportal nutzen nur Mitarbeitende freier Träger.',
    );
    expect(() => requireOfficeAction(actor(['planner']), 'create_cases')).toThrow(
      'Fälle legen nur Fachkräfte und Teamleitungen in ihrem eigenen Team an.',
    );
    expect(() => requireOfficeAction(actor(['planner']), 'plan')).not.toThrow();
  });
  it('allows nothing in another office', () => {
    expect(
      allowed(actor(['admin', 'dpo', 'caseworker', 'planner'], ['team'], ['team']), { tenantId: 't2' }),
    ).toEqual([]);
  });
});
