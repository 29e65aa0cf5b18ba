import { caseStatuses, type TCaseAction, type TRole, ZCaseAction } from '@lotse/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/actor.js';
import { allowedCaseActions, type CaseFacts, can, canSeeEntry } from './policy.js';

const TENANTS = ['t1', 't2'];
const TEAMS = ['nord', 'sued', 'mitte'];
const USERS = ['u1', 'u2', 'u3', 'u4'];
const ROLES: TRole[] = ['caseworker', 'team_lead', 'dpo', 'provider_staff', 'planner', 'admin'];

const actorArb = fc
  .record({
    tenantId: fc.constantFrom(...TENANTS),
    userId: fc.constantFrom(...USERS),
    roles: fc.subarray(ROLES, { minLength: 1 }),
    memberTeamIds: fc.subarray(TEAMS),
    leadTeamIds: fc.subarray(TEAMS),
  })
  .map(
    (a): Actor => ({
      ...a,
      // a lead is always a member of the team they lead
      memberTeamIds: [...new Set([...a.memberTeamIds, ...a.leadTeamIds])],
      username: a.userId,
      displayName: a.userId,
      mfaEnabled: true,
      sessionId: 's',
    }),
  );

const caseArb = fc.record({
  tenantId: fc.constantFrom(...TENANTS),
  teamId: fc.constantFrom(...TEAMS),
  caseworkerId: fc.option(fc.constantFrom(...USERS), { nil: null }),
  deputyIds: fc.subarray(USERS),
  status: fc.constantFrom(...caseStatuses),
}) satisfies fc.Arbitrary<CaseFacts>;

/** The rule from the issue, written independently of the implementation. */
function expectedRead(a: Actor, c: CaseFacts): boolean {
  if (a.tenantId !== c.tenantId) return false;
  const caseworker = a.roles.includes('caseworker');
  const lead = a.roles.includes('team_lead') && a.leadTeamIds.includes(c.teamId);
  const own = caseworker && c.caseworkerId === a.userId;
  const team = caseworker && a.memberTeamIds.includes(c.teamId);
  const deputy = caseworker && c.deputyIds.includes(a.userId);
  return lead || own || team || deputy;
}

describe('case policy (property-based)', () => {
  it('grants read exactly to own, team, deputy and lead — nobody else', () => {
    fc.assert(
      fc.property(actorArb, caseArb, (a, c) => {
        expect(can(a, 'read', c)).toBe(expectedRead(a, c));
      }),
      { numRuns: 5000 },
    );
  });

  it('never grants any action on a case that cannot be read', () => {
    fc.assert(
      fc.property(actorArb, caseArb, fc.constantFrom(...ZCaseAction.options), (a, c, action: TCaseAction) => {
        if (!can(a, 'read', c)) expect(can(a, action, c)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('gives data protection officers, planners, providers and admins no case content', () => {
    fc.assert(
      fc.property(actorArb, caseArb, (a, c) => {
        const staffOnly = a.roles.filter(
          (r) => r === 'dpo' || r === 'planner' || r === 'provider_staff' || r === 'admin',
        );
        const withoutCaseRoles = { ...a, roles: staffOnly.length ? staffOnly : (['dpo'] as TRole[]) };
        expect(allowedCaseActions(withoutCaseRoles, c)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps closed cases read-only except reopening by the caseworker or lead', () => {
    fc.assert(
      fc.property(actorArb, caseArb, (a, c) => {
        const closed = { ...c, status: 'closed' as const };
        for (const action of [
          'update',
          'add_entry',
          'add_document',
          'manage_persons',
          'manage_tasks',
        ] as const) {
          expect(can(a, action, closed)).toBe(false);
        }
        if (can(a, 'change_status', closed)) {
          const lead = a.roles.includes('team_lead') && a.leadTeamIds.includes(c.teamId);
          expect(lead || (a.roles.includes('caseworker') && c.caseworkerId === a.userId)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('lets only the team lead assign', () => {
    fc.assert(
      fc.property(actorArb, caseArb, (a, c) => {
        if (can(a, 'assign', c)) {
          expect(
            a.roles.includes('team_lead') && a.leadTeamIds.includes(c.teamId) && a.tenantId === c.tenantId,
          ).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('entrusted entries (§ 65 SGB VIII)', () => {
  it('are visible only to the entrusted person or those a disclosure names', () => {
    fc.assert(
      fc.property(
        actorArb,
        fc.option(fc.constantFrom(...USERS), { nil: null }),
        fc.subarray(USERS),
        fc.subarray(TEAMS),
        (a, entrustedTo, users, teams) => {
          const visible = canSeeEntry(a, {
            entrustedTo,
            disclosedToUserIds: users,
            disclosedToTeamIds: teams,
          });
          const expected =
            entrustedTo === null ||
            entrustedTo === a.userId ||
            users.includes(a.userId) ||
            teams.some((t) => a.memberTeamIds.includes(t));
          expect(visible).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
