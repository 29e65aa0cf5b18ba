import { randomUUID } from 'node:crypto';
import { shareSections, type TProviderCase, type TShareSection } from '@lotse/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office, openFamilyCase } from '../../test-support/office.js';
import { seedRegionProviders } from '../../test-support/providers.js';
import { officeToday } from '../tenancy/index.js';

/*
 * Through HTTP and the real database: over generated consents (sections, validity around today,
 * given or only asked, declined, revoked) and shares (sections, basis, ended), the provider sees
 * exactly the sections a share opens and a consent in force covers — nothing more, nothing less —
 * and nothing at all when the help has ended.
 */
let t: TestApp;
let o: Office;
let emil: string;
let caseId: string;
let sandra: string;
let providerId: string;
let placementId: string;

const day = (offset: number) => officeToday(new Date(Date.now() + offset * 86_400_000));

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  const emilUser = await o.office.user({ roles: ['provider_staff'] });
  ({ providerId } = await seedRegionProviders(t.db, o.office, emilUser.id));
  const anna = await loginCookie(t.app, o.anna.username);
  emil = await loginCookie(t.app, emilUser.username);
  ({ caseId, sandra } = await openFamilyCase(t.app, anna, o.nord));
  placementId = randomUUID();
  const facility = await t.db.withOwner((owner) =>
    owner
      .selectFrom('provider_facilities')
      .select('id')
      .where('provider_id', '=', providerId)
      .executeTakeFirstOrThrow(),
  );
  await o.office.owner((owner) =>
    owner
      .insertInto('placements')
      .values({
        tenant_id: o.office.tenantId,
        id: placementId,
        case_id: caseId,
        provider_id: providerId,
        facility_id: facility.id,
        help_type: 'p31_spfh',
        started_on: day(-30),
        created_by: o.anna.id,
      })
      .execute(),
  );
});
afterAll(() => t.close());

interface ConsentSpec {
  sections: TShareSection[];
  from: number;
  until: number | null;
  state: 'given' | 'asked' | 'declined' | 'revoked';
}
interface ShareSpec {
  sections: TShareSection[];
  basis: 'consent' | 'legal_ground';
  ended: boolean;
}
const sections = fc.subarray(
  [...shareSections].filter((s) => s !== 'documents'),
  { minLength: 1 },
);
const consentSpec: fc.Arbitrary<ConsentSpec> = fc
  .record({
    sections,
    from: fc.integer({ min: -10, max: 3 }),
    until: fc.option(fc.integer({ min: -3, max: 10 }), { nil: null }),
    state: fc.constantFrom('given', 'given', 'asked', 'declined', 'revoked'),
  })
  // a consent ends no earlier than it begins (the database refuses that)
  .map((c) => ({ ...c, until: c.until === null ? null : Math.max(c.from, c.until) }));
const shareSpec: fc.Arbitrary<ShareSpec> = fc.record({
  sections,
  basis: fc.constantFrom('consent', 'consent', 'legal_ground'),
  ended: fc.boolean(),
});

/** What the rule says, written from the specs directly. */
function expected(shares: ShareSpec[], consents: ConsentSpec[], helpRunning: boolean): TShareSection[] {
  if (!helpRunning) return [];
  const inForce = consents.filter(
    (c) => c.state === 'given' && c.from <= 0 && (c.until === null || c.until >= 0),
  );
  const open = new Set<TShareSection>();
  for (const s of shares.filter((x) => !x.ended)) {
    for (const section of s.sections) {
      if (s.basis === 'legal_ground' || inForce.some((c) => c.sections.includes(section))) open.add(section);
    }
  }
  return shareSections.filter((s) => open.has(s));
}

async function store(shares: ShareSpec[], consents: ConsentSpec[], helpRunning: boolean) {
  await o.office.owner(async (owner) => {
    await owner.deleteFrom('case_shares').where('case_id', '=', caseId).execute();
    await owner.deleteFrom('consents').where('case_id', '=', caseId).execute();
    await owner
      .updateTable('placements')
      .set({ ended_at: helpRunning ? null : new Date() })
      .where('id', '=', placementId)
      .execute();
    for (const c of consents) {
      const until = c.until === null ? null : day(c.until);
      await owner
        .insertInto('consents')
        .values({
          tenant_id: o.office.tenantId,
          id: randomUUID(),
          case_id: caseId,
          person_id: sandra,
          provider_id: providerId,
          purpose: 'Familienhilfe',
          sections: c.sections,
          valid_from: day(c.from),
          valid_until: until,
          source: 'app',
          recorded_by: o.anna.id,
          given_at: c.state === 'asked' || c.state === 'declined' ? null : new Date(),
          declined_at: c.state === 'declined' ? new Date() : null,
          revoked_at: c.state === 'revoked' ? new Date() : null,
          revoked_by_kind: c.state === 'revoked' ? 'family' : null,
        })
        .execute();
    }
    for (const s of shares) {
      await owner
        .insertInto('case_shares')
        .values({
          tenant_id: o.office.tenantId,
          id: randomUUID(),
          case_id: caseId,
          provider_id: providerId,
          sections: s.sections,
          basis: s.basis,
          legal_ground: s.basis === 'legal_ground' ? '§ 8a Abs. 4 SGB VIII' : null,
          created_by: o.anna.id,
          ended_at: s.ended ? new Date() : null,
        })
        .execute();
    }
  });
}

describe('what a provider sees over generated consents, shares, days and revocations', () => {
  it('is exactly what the consents in force and the shares allow', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(shareSpec, { minLength: 1, maxLength: 3 }),
        fc.array(consentSpec, { maxLength: 4 }),
        fc.boolean(),
        async (shares, consents, helpRunning) => {
          await store(shares, consents, helpRunning);
          const want = expected(shares, consents, helpRunning);
          const res = await t.app.inject({
            method: 'GET',
            url: `/api/provider/cases/${caseId}`,
            headers: { cookie: emil },
          });
          if (want.length === 0) {
            expect(res.statusCode).toBe(404);
            return;
          }
          expect(res.statusCode, res.body).toBe(200);
          const view = res.json() as TProviderCase;
          expect([...view.openSections].sort()).toEqual([...want].sort());
          expect(view.persons !== null).toBe(want.includes('persons'));
          expect(view.contact !== null).toBe(want.includes('contact'));
          expect(view.helpPlan !== null).toBe(want.includes('help_plan'));
        },
      ),
      { numRuns: 40 },
    );
  });
});
