import type { TRole } from '@lotse/shared';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.js';
import { allowedActionsOf, canInOffice, officeActions } from '../policy.js';

const actor = (roles: TRole[], teams: string[] = []): Actor => ({
  tenantId: 't1',
  userId: 'u1',
  username: 'u1',
  displayName: 'U',
  roles,
  memberTeamIds: teams,
  leadTeamIds: [],
  mfaEnabled: true,
  sessionId: 's',
});
const office = { tenantId: 't1' };
const allowed = (a: Actor, o = office) => allowedActionsOf(canInOffice, officeActions, a, o);

describe('office policy (sent as /api/me allowedActions)', () => {
  it('gives administration to admins, the audit trail to the data protection officer', () => {
    expect(allowed(actor(['admin']))).toEqual(['administer']);
    expect(allowed(actor(['dpo']))).toEqual(['read_audit']);
  });
  it('gives the team inbox to caseworkers and leads who belong to a team', () => {
    expect(allowed(actor(['caseworker'], ['team']))).toEqual(['work_on_requests']);
    expect(allowed(actor(['team_lead'], ['team']))).toEqual(['work_on_requests']);
    expect(allowed(actor(['caseworker']))).toEqual([]);
    expect(allowed(actor(['planner'], ['team']))).toEqual([]);
  });
  it('allows nothing in another office', () => {
    expect(allowed(actor(['admin', 'dpo', 'caseworker'], ['team']), { tenantId: 't2' })).toEqual([]);
  });
});
