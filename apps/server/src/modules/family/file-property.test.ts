import type { TFamilyFile, TFamilyInvitation } from '@lotse/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, openCase } from '../../test-support/office.js';

/*
 * Through HTTP and the real database: over generated entries — released to all, to some persons,
 * not released, entrusted (§ 65) — no family member ever receives an entry they may not see, and
 * each receives every entry they may.
 */
const COOKIE = '__Host-lotse-family';
let t: TestApp;
let anna: string;
let caseId: string;
const members: { personId: string; cookie: string }[] = [];

beforeAll(async () => {
  t = await startTestApp();
  const o = await buildOffice(t.db);
  anna = await loginCookie(t.app, o.anna.username);
  caseId = await openCase(t.app, anna, o.nord);
  await t.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/persons`,
    headers: { cookie: anna },
    payload: {
      role: 'child',
      person: { firstName: 'Jan', lastName: 'Muster', birthDate: '2009-05-01', gender: 'male' },
    },
  });
  const detail = (
    await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: { cookie: anna } })
  ).json() as { persons: { id: string; firstName: string }[] };
  for (const name of ['Sandra', 'Jan']) {
    const personId = detail.persons.find((p) => p.firstName === name)?.id ?? '';
    const invited = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/family-accounts`,
      headers: { cookie: anna },
      payload: { personId },
    });
    const token = (invited.json() as TFamilyInvitation).invitePath.split('#')[1];
    const redeemed = await t.app.inject({
      method: 'POST',
      url: '/api/family/invitation',
      payload: { token, pin: '258147' },
    });
    members.push({ personId, cookie: `${COOKIE}=${redeemed.cookies.find((c) => c.name === COOKIE)?.value}` });
  }
});
afterAll(() => t.close());

type Spec = { entrusted: boolean; release: 'none' | 'all' | 'first' | 'second' | 'both' };
const spec: fc.Arbitrary<Spec> = fc.record({
  entrusted: fc.boolean(),
  release: fc.constantFrom('none', 'all', 'first', 'second', 'both'),
});

describe('released entries over generated cases', () => {
  it('reach exactly the family members they were released to, never when entrusted', async () => {
    const created: { id: string; spec: Spec }[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(spec, { minLength: 1, maxLength: 4 }), async (specs) => {
        for (const s of specs) {
          const res = await t.app.inject({
            method: 'POST',
            url: `/api/cases/${caseId}/entries`,
            headers: { cookie: anna },
            payload: {
              kind: 'note',
              title: `Eintrag ${created.length}`,
              body: 'Text',
              entrusted: s.entrusted,
            },
          });
          const id = res.json().id as string;
          created.push({ id, spec: s });
          if (s.release === 'none') continue;
          const [first, second] = members.map((m) => m.personId);
          const personIds = { all: null, first: [first], second: [second], both: [first, second] }[s.release];
          const release = await t.app.inject({
            method: 'PUT',
            url: `/api/cases/${caseId}/releases/entry/${id}`,
            headers: { cookie: anna },
            payload: { personIds },
          });
          expect(release.statusCode).toBe(s.entrusted ? 409 : 200);
        }
        for (const [index, member] of members.entries()) {
          const file = (
            await t.app.inject({ method: 'GET', url: '/api/family/file', headers: { cookie: member.cookie } })
          ).json() as TFamilyFile;
          const mine = index === 0 ? 'first' : 'second';
          const expected = created
            .filter((c) => !c.spec.entrusted && ['all', 'both', mine].includes(c.spec.release))
            .map((c) => c.id)
            .sort();
          expect(file.entries.map((e) => e.id).sort()).toEqual(expected);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
