import { protectionStatuses, type TRole, ZProtectionAction } from '@lotse/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.js';
import {
  allowedProcedureActions,
  canOnProcedure,
  mayImportCatalogue,
  type ProtectionResource,
} from './policy.js';

const USERS = ['u1', 'u2', 'u3'];
const ROLES: TRole[] = ['caseworker', 'team_lead', 'dpo', 'provider_staff', 'planner', 'admin'];

const actorArb = fc
  .record({ userId: fc.constantFrom(...USERS), roles: fc.subarray(ROLES, { minLength: 1 }) })
  .map(
    (a): Actor => ({
      ...a,
      tenantId: 't1',
      memberTeamIds: [],
      leadTeamIds: [],
      username: a.userId,
      displayName: a.userId,
      mfaEnabled: true,
      sessionId: 's',
    }),
  );
const resourceArb = fc.record({
  caseAccess: fc.constantFrom('none' as const, 'read' as const, 'update' as const),
  status: fc.constantFrom(...protectionStatuses),
  proposedBy: fc.option(fc.constantFrom(...USERS), { nil: null }),
}) satisfies fc.Arbitrary<ProtectionResource>;

const caseRole = (a: Actor) => a.roles.includes('caseworker') || a.roles.includes('team_lead');

describe('protection policy (property-based)', () => {
  it('never lets the proposer sign off their own result (four eyes)', () => {
    fc.assert(
      fc.property(actorArb, resourceArb, (a, r) => {
        if (r.proposedBy === a.userId) expect(canOnProcedure(a, 'sign_off', r)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('changes nothing of a closed procedure but the survey answers', () => {
    fc.assert(
      fc.property(actorArb, resourceArb, (a, r) => {
        const closed = { ...r, status: 'closed' as const };
        for (const action of ['edit', 'propose_result', 'sign_off'] as const)
          expect(canOnProcedure(a, action, closed)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('follows the case: no case access, no action; read-only case, read only', () => {
    fc.assert(
      fc.property(actorArb, resourceArb, (a, r) => {
        const allowed = allowedProcedureActions(a, r);
        if (r.caseAccess === 'none') expect(allowed).toEqual([]);
        if (r.caseAccess === 'read' && caseRole(a)) expect(allowed).toEqual(['read']);
        for (const action of ZProtectionAction.options)
          if (canOnProcedure(a, action, r)) expect(canOnProcedure(a, 'read', r)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives data protection officers, planners, providers and admins nothing', () => {
    fc.assert(
      fc.property(actorArb, resourceArb, (a, r) => {
        const outside = {
          ...a,
          roles: a.roles.filter((role) => !['caseworker', 'team_lead'].includes(role)),
        };
        expect(allowedProcedureActions(outside, r)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('allows sign-off exactly to another person who may work on an awaiting procedure', () => {
    fc.assert(
      fc.property(actorArb, resourceArb, (a, r) => {
        const expected =
          caseRole(a) &&
          r.caseAccess === 'update' &&
          r.status === 'awaiting_sign_off' &&
          r.proposedBy !== a.userId;
        expect(canOnProcedure(a, 'sign_off', r)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('catalogue import', () => {
  it('is for team leads and administrators', () => {
    expect(mayImportCatalogue({ roles: ['team_lead'] })).toBe(true);
    expect(mayImportCatalogue({ roles: ['admin'] })).toBe(true);
    for (const role of ['caseworker', 'dpo', 'planner', 'provider_staff'] as TRole[])
      expect(mayImportCatalogue({ roles: [role] }), role).toBe(false);
  });
});
