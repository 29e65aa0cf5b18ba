import type { TCaseOfferChoices, TFamilyOffers } from '@lotse/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { activateFamilyAccount } from '../../test-support/family-account.js';
import { buildOffice, type Office, openFamilyCase } from '../../test-support/office.js';
import { seedRegionProviders } from '../../test-support/providers.js';

let t: TestApp;
let o: Office;
let anna: string;
let ben: string;
let sandraCookie: string;
let caseId: string;
let offerIds: string[];

const call = (cookie: string | null, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: cookie ? { cookie } : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  await seedRegionProviders(t.db, o.office);
  t.ctx.config.officeSlug = `t-${o.office.tenantId.slice(0, 8)}`;
  anna = await loginCookie(t.app, o.anna.username);
  ben = await loginCookie(t.app, o.ben.username);
  let sandra: string;
  ({ caseId, sandra } = await openFamilyCase(t.app, anna, o.nord));
  sandraCookie = (await activateFamilyAccount(t.app, anna, caseId, sandra)).cookie;
  const offers = await t.db.withOwner((owner) =>
    owner
      .selectFrom('provider_offers')
      .select('id')
      .where(sql<boolean>`help_types @> '{p31_spfh}'`)
      .limit(3)
      .execute(),
  );
  offerIds = offers.map((x) => x.id);
});
afterAll(() => t.close());

describe("the family's choice (§ 5)", () => {
  it('has nothing to choose from before the office releases offers', async () => {
    const res = await call(sandraCookie, 'GET', '/api/family/offers');
    expect(res.json()).toEqual({ offers: [], myWish: null });
    expect((await call(sandraCookie, 'POST', '/api/family/offers/wish', { offerId: null })).statusCode).toBe(
      400,
    );
  });

  it('lets the caseworker release suitable offers, without places or fees', async () => {
    const res = await call(anna, 'POST', `/api/cases/${caseId}/offer-choices`, { offerIds });
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json() as TCaseOfferChoices;
    expect(view.offers.map((x) => x.id).sort()).toEqual([...offerIds].sort());
    expect(JSON.stringify(view)).not.toMatch(/freePlaces|fee/);
    // releasing again is harmless
    expect(
      (await call(anna, 'POST', `/api/cases/${caseId}/offer-choices`, { offerIds })).json().offers,
    ).toHaveLength(3);
  });

  it('shows the family the offers and records its wish in the case', async () => {
    const offers = (await call(sandraCookie, 'GET', '/api/family/offers')).json() as TFamilyOffers;
    expect(offers.offers).toHaveLength(3);
    const wished = await call(sandraCookie, 'POST', '/api/family/offers/wish', {
      offerId: offerIds[1],
      note: 'Am liebsten nachmittags, ich arbeite vormittags.',
    });
    expect(wished.statusCode, wished.body).toBe(200);
    expect((wished.json() as TFamilyOffers).myWish).toMatchObject({ offerId: offerIds[1] });
    const staff = (await call(anna, 'GET', `/api/cases/${caseId}/offer-choices`)).json() as TCaseOfferChoices;
    expect(staff.wishes[0]).toMatchObject({
      personName: 'Sandra Muster',
      offerId: offerIds[1],
      note: expect.stringContaining('nachmittags'),
    });
  });

  it.each([
    [{ offerId: '00000000-0000-4000-8000-000000000000' }, 'nicht zur Wahl'],
    [{ offerId: 'abc' }, ''],
    [{ offerId: null, note: 'x'.repeat(1001) }, '1000'],
  ])('refuses a wish %j with a clear 400', async (payload, words) => {
    const res = await call(sandraCookie, 'POST', '/api/family/offers/wish', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(words);
  });

  it('refuses unknown offers and other teams', async () => {
    const res = await call(anna, 'POST', `/api/cases/${caseId}/offer-choices`, {
      offerIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(res.statusCode).toBe(400);
    expect((await call(ben, 'GET', `/api/cases/${caseId}/offer-choices`)).statusCode).toBe(404);
  });

  it("lists the region's offers publicly, without availability", async () => {
    const res = await call(null, 'GET', '/api/public/offers');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(84);
    expect(body.items).toHaveLength(50);
    expect(JSON.stringify(body)).not.toMatch(/freePlaces|free_places|confirmed/);
    const stationary = (await call(null, 'GET', '/api/public/offers?setting=stationaer')).json();
    expect(stationary.items.every((x: { setting: string }) => x.setting === 'stationaer')).toBe(true);
    expect((await call(null, 'GET', '/api/public/offers?helpType=p99')).statusCode).toBe(400);
  });
});
