import type { TPlacementSearchResponse } from '@lotse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { seedRegionProviders } from '../../test-support/providers.js';

let t: TestApp;
let o: Office;
let anna: string;
let emil: string;
let olga: string;
let dora: string;

const search = async (cookie: string, query: string) =>
  t.app.inject({ method: 'GET', url: `/api/placements/search?${query}`, headers: { cookie } });
const found = async (query: string) => {
  const res = await search(anna, query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TPlacementSearchResponse;
};

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  const emilUser = await o.office.user({ roles: ['provider_staff'] });
  await seedRegionProviders(t.db, o.office, emilUser.id);
  anna = await loginCookie(t.app, o.anna.username);
  emil = await loginCookie(t.app, emilUser.username);
  olga = await loginCookie(t.app, o.olga.username);
  dora = await loginCookie(t.app, o.dora.username);
});
afterAll(() => t.close());

describe('placement search', () => {
  it('explains every result and lists each facility once', async () => {
    const r = await found('age=15');
    expect(r.items.length).toBeGreaterThanOrEqual(5);
    expect(new Set(r.items.map((i) => i.facilityId)).size).toBe(r.items.length);
    for (const item of r.items) {
      expect(item.ageMin).toBeLessThanOrEqual(15);
      expect(item.ageMax).toBeGreaterThanOrEqual(15);
      expect(item.explanation).toMatch(/^\d von \d Kriterien/);
      expect(item.criteria.length).toBeGreaterThan(0);
    }
  });

  it('filters by help type and gender, and ranks by fit (more criteria met first)', async () => {
    const r = await found(
      'helpType=p34_residential_care&age=14&gender=male&language=ar&postcode=12101&specialisations=trauma',
    );
    expect(r.items.length).toBeGreaterThan(0);
    expect(r.origin?.postcode).toBe('12101');
    for (const item of r.items) {
      expect(item.helpTypes).toContain('p34_residential_care');
      expect(item.distanceKm).not.toBeNull();
      expect(item.criteria.map((c) => c.key)).toEqual([
        'helpType',
        'age',
        'gender',
        'specialisations',
        'language',
        'distance',
        'free',
        'fresh',
      ]);
    }
    const metCounts = r.items.map((i) => i.criteria.filter((c) => c.met).length);
    expect(metCounts).toEqual([...metCounts].sort((a, b) => b - a));
    // girls-only groups are not offered for a boy
    expect(r.items.some((i) => i.specialisations.includes('girls_only'))).toBe(false);
    const first = r.items[0];
    expect(first?.explanation).toContain(`${metCounts[0]} von 8 Kriterien`);
    expect(first?.explanation).toMatch(/km/);
  });

  it('the emergency switch shows only places free now', async () => {
    const all = await found('age=15');
    const emergency = await found('age=15&emergency=true');
    expect(emergency.emergency).toBe(true);
    expect(emergency.items.length).toBeGreaterThan(0);
    expect(emergency.items.every((i) => i.freePlaces > 0)).toBe(true);
    expect(all.items.some((i) => i.freePlaces === 0)).toBe(true);
  });

  it("shows a provider's update at once", async () => {
    const mine = (
      await t.app.inject({ method: 'GET', url: '/api/provider/facilities', headers: { cookie: emil } })
    ).json();
    const facility = mine.items.find((f: { offers: { ageMin: number }[] }) => f.offers[0]?.ageMin === 0);
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/provider/facilities/${facility.id}/availability`,
      headers: { cookie: emil },
      payload: { free: 0, reserved: 0 },
    });
    expect(put.statusCode).toBe(200);
    const before = await found('helpType=p31_spfh&age=5&limit=100');
    expect(before.items.find((i) => i.facilityId === facility.id)?.freePlaces).toBe(0);
    await t.app.inject({
      method: 'PUT',
      url: `/api/provider/facilities/${facility.id}/availability`,
      headers: { cookie: emil },
      payload: { free: 3, reserved: 1 },
    });
    const after = await found('helpType=p31_spfh&age=5&limit=100');
    const item = after.items.find((i) => i.facilityId === facility.id);
    expect(item).toMatchObject({ freePlaces: 3, reservedPlaces: 1, freshness: 'today' });
    expect(item?.explanation).toContain('3 freie Plätze · heute bestätigt');
  });

  it('another office sees only the providers that serve it', async () => {
    const res = await search(olga, 'age=15');
    expect(res.statusCode).toBe(200);
    expect((res.json() as TPlacementSearchResponse).items).toEqual([]);
  });

  it.each([
    ['helpType=p99_unknown', 'helpType'],
    ['age=-1', 'negativ'],
    ['age=abc', 'Zahl'],
    ['age=40', '27'],
    ['postcode=1234', 'fünf Ziffern'],
    ['postcode=99999', 'nicht bekannt'],
    ['specialisations=trauma,aliens', 'Schwerpunkt'],
    ['emergency=maybe', 'true oder false'],
    ['price=asc', ''],
  ])('answers %s with a clear 400', async (query, words) => {
    const res = await search(anna, query);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(words);
  });

  it('is for case work: provider staff and the data protection officer get 403', async () => {
    expect((await search(emil, 'age=15')).statusCode).toBe(403);
    expect((await search(dora, 'age=15')).statusCode).toBe(403);
  });
});
