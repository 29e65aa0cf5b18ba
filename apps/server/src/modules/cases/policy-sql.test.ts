import { randomUUID } from 'node:crypto';
import { caseStatuses, type TRole } from '@lotse/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/connection.js';
import type { Actor } from '../../platform/actor.js';
import { startTestApp, type TestApp } from '../../test-support/app.js';
import { OfficeFactory } from '../../test-support/factories.js';
import { can, visibleCaseBranches, visibleCasesCondition } from './policy.js';
import { loadCaseFacts } from './queries.js';

let t: TestApp;
let office: OfficeFactory;
let teams: string[];
let users: string[];
let caseIds: string[];

beforeAll(async () => {
  t = await startTestApp();
  office = await OfficeFactory.create(t.db);
  teams = [await office.team('A'), await office.team('B'), await office.team('C')];
  users = [];
  for (let i = 0; i < 4; i++)
    users.push((await office.user({ roles: ['caseworker'], teams: [teams[i % 3]!] })).id);
  // 60 cases with random teams, caseworkers and deputies.
  const rnd = fc.sample(
    fc.record({
      team: fc.constantFrom(...teams),
      caseworker: fc.option(fc.constantFrom(...users), { nil: null }),
      deputies: fc.subarray(users, { maxLength: 2 }),
      status: fc.constantFrom(...caseStatuses),
    }),
    { numRuns: 60, seed: 42 },
  );
  caseIds = [];
  await office.owner(async (o) => {
    for (const [i, c] of rnd.entries()) {
      const id = randomUUID();
      caseIds.push(id);
      await o
        .insertInto('cases')
        .values({
          tenant_id: office.tenantId,
          id,
          reference: `R-${i}`,
          status: c.status,
          team_id: c.team,
          caseworker_id: c.caseworker,
        })
        .execute();
      for (const d of c.deputies) {
        await o
          .insertInto('case_deputies')
          .values({ tenant_id: office.tenantId, case_id: id, user_id: d })
          .execute();
      }
    }
  });
});
afterAll(() => t.close());

describe('list filter and policy agree', () => {
  it('the SQL condition and its union branches select exactly the cases can(read) allows, for generated actors', async () => {
    const roleSets: TRole[][] = [
      ['caseworker'],
      ['team_lead'],
      ['team_lead', 'caseworker'],
      ['dpo'],
      ['planner'],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...users),
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
          await withTenant(t.db, office.tenantId, async (tx) => {
            const viaSql = (
              await tx.selectFrom('cases').select('id').where(visibleCasesCondition(actor)).execute()
            )
              .map((r) => r.id)
              .sort();
            const viaPolicy: string[] = [];
            for (const id of caseIds) {
              const facts = await loadCaseFacts(tx, id);
              if (facts && can(actor, 'read', facts)) viaPolicy.push(id);
            }
            expect(viaSql).toEqual(viaPolicy.sort());
            const viaBranches = new Set<string>();
            for (const branch of visibleCaseBranches(actor)) {
              for (const r of await tx.selectFrom('cases').select('id').where(branch).execute())
                viaBranches.add(r.id);
            }
            expect([...viaBranches].sort()).toEqual(viaPolicy.sort());
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});
