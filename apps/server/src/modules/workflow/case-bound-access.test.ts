import { randomUUID } from 'node:crypto';
import { caseStatuses, type TRole } from '@lotse/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { OfficeFactory } from '../../test-support/factories.js';

/**
 * Property: every case-bound view of the professional work (help plans, hints, process map, § 8a
 * procedures, perspectives, ecomap) answers exactly like the case file itself: 200 where the
 * caller may read the case, 404 where not — for generated callers and cases. The case file's own
 * answer is checked against the case policy in cases/policy-sql.test.ts.
 */
const VIEWS = ['help-plans', 'hints', 'process', 'protection-procedures', 'perspectives', 'ecomap'];

let t: TestApp;
const callers: { name: string; cookie: string }[] = [];
const caseIds: string[] = [];

beforeAll(async () => {
  t = await startTestApp();
  const office = await OfficeFactory.create(t.db);
  const teams = [await office.team('A'), await office.team('B')];
  const people: { name: string; roles: TRole[]; teams?: string[]; leads?: string[] }[] = [
    { name: 'caseworker A', roles: ['caseworker'], teams: [teams[0]!] },
    { name: 'caseworker B', roles: ['caseworker'], teams: [teams[1]!] },
    { name: 'caseworker without team', roles: ['caseworker'] },
    { name: 'lead A', roles: ['team_lead', 'caseworker'], teams: [teams[0]!], leads: [teams[0]!] },
    { name: 'dpo', roles: ['dpo'] },
    { name: 'planner', roles: ['planner'] },
    { name: 'provider', roles: ['provider_staff'], teams: [teams[0]!] },
    { name: 'admin', roles: ['admin'] },
  ];
  const ids: string[] = [];
  for (const p of people) {
    const user = await office.user(p);
    ids.push(user.id);
    callers.push({ name: p.name, cookie: await loginCookie(t.app, user.username) });
  }
  const other = await OfficeFactory.create(t.db, 'Jugendamt Anderswo');
  const stranger = await other.user({ roles: ['caseworker'], teams: [await other.team('X')] });
  callers.push({ name: 'other office', cookie: await loginCookie(t.app, stranger.username) });

  const cases = fc.sample(
    fc.record({
      team: fc.constantFrom(...teams),
      caseworker: fc.option(fc.constantFrom(...ids.slice(0, 4)), { nil: null }),
      deputy: fc.option(fc.constantFrom(...ids.slice(0, 3)), { nil: null }),
      status: fc.constantFrom(...caseStatuses),
    }),
    { numRuns: 12, seed: 8 },
  );
  await office.owner(async (o) => {
    for (const [i, c] of cases.entries()) {
      const id = randomUUID();
      caseIds.push(id);
      await o
        .insertInto('cases')
        .values({
          tenant_id: office.tenantId,
          id,
          reference: `P-${i}`,
          status: c.status,
          team_id: c.team,
          caseworker_id: c.caseworker,
        })
        .execute();
      if (c.deputy)
        await o
          .insertInto('case_deputies')
          .values({ tenant_id: office.tenantId, case_id: id, user_id: c.deputy })
          .execute();
    }
  });
});
afterAll(() => t.close());

const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

describe('case-bound views follow the case file', () => {
  it('answer 200 exactly where the case file does, else 404', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...callers),
        fc.constantFrom(...caseIds),
        fc.constantFrom(...VIEWS),
        async (caller, caseId, view) => {
          const file = await get(`/api/cases/${caseId}`, caller.cookie);
          const res = await get(`/api/cases/${caseId}/${view}`, caller.cookie);
          seen.add(file.statusCode);
          expect([200, 404]).toContain(file.statusCode);
          expect(res.statusCode, `${caller.name} → ${view}: ${res.body.slice(0, 200)}`).toBe(file.statusCode);
        },
      ),
      { numRuns: 120, seed: 20261205 },
    );
    // Both answers occurred, so the property was tested on both sides.
    expect([...seen].sort()).toEqual([200, 404]);
  });

  it('show providers, planners, the DPO, admins and other offices none of it', async () => {
    for (const caller of callers.filter((c) =>
      ['provider', 'planner', 'dpo', 'admin', 'other office'].includes(c.name),
    ))
      for (const caseId of caseIds.slice(0, 4))
        for (const view of VIEWS)
          expect(
            (await get(`/api/cases/${caseId}/${view}`, caller.cookie)).statusCode,
            `${caller.name} ${view}`,
          ).toBe(404);
  });
});
