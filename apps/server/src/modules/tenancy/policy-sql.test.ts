import type { TRole } from '@lotse/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/connection.js';
import type { Actor } from '../../platform/actor.js';
import { startTestApp, type TestApp } from '../../test-support/app.js';
import { OfficeFactory } from '../../test-support/factories.js';
import { canOnStaffMember, type StaffMemberFacts, visibleStaffCondition } from './policy.js';

let t: TestApp;
let office: OfficeFactory;
let teams: string[];
let staff: StaffMemberFacts[];

beforeAll(async () => {
  t = await startTestApp();
  office = await OfficeFactory.create(t.db);
  teams = [await office.team('A'), await office.team('B'), await office.team('C')];
  // 12 people in random teams (some in none, some leading), with the roles of an office.
  const people = fc.sample(
    fc.record({
      roles: fc.subarray(
        ['caseworker', 'team_lead', 'dpo', 'provider_staff', 'planner', 'admin'] as TRole[],
        {
          minLength: 1,
        },
      ),
      teams: fc.subarray(teams),
      leads: fc.subarray(teams, { maxLength: 1 }),
    }),
    { numRuns: 12, seed: 14 },
  );
  staff = [];
  for (const p of people) {
    const user = await office.user(p);
    staff.push({
      tenantId: office.tenantId,
      userId: user.id,
      teamIds: [...new Set([...p.teams, ...p.leads])],
    });
  }
});
afterAll(() => t.close());

describe('directory query and policy agree', () => {
  it('the SQL condition selects exactly the staff canOnStaffMember(see) allows, for generated actors', async () => {
    const roleSets: TRole[][] = [
      ['caseworker'],
      ['team_lead'],
      ['team_lead', 'caseworker'],
      ['dpo'],
      ['caseworker', 'dpo'],
      ['planner'],
      ['provider_staff'],
      ['admin'],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...staff.map((s) => s.userId)),
        fc.constantFrom(...roleSets),
        fc.subarray(teams),
        fc.subarray(teams),
        async (userId, roles, member, lead) => {
          const actor: Actor = {
            tenantId: office.tenantId,
            userId,
            username: userId,
            displayName: userId,
            roles,
            memberTeamIds: [...new Set([...member, ...lead])],
            leadTeamIds: lead,
            mfaEnabled: true,
            sessionId: 's',
          };
          const viaSql = await withTenant(t.db, office.tenantId, async (tx) =>
            (
              await tx
                .selectFrom('directory_users')
                .select('id')
                .where(visibleStaffCondition(actor))
                .execute()
            )
              .map((r) => r.id)
              .sort(),
          );
          const viaPolicy = staff
            .filter((s) => canOnStaffMember(actor, 'see', s))
            .map((s) => s.userId)
            .sort();
          expect(viaSql).toEqual(viaPolicy);
        },
      ),
      { numRuns: 40 },
    );
  });
});
