import type { TProviderFacilities, TProviderFacility } from '@lotse/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/connection.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { linkProviderStaff, seedRegionProviders } from '../../test-support/providers.js';
import { confirmReminderHandler, reminderRunAt } from './confirm-reminders.js';

let t: TestApp;
let o: Office;
let emil: string;
let erna: string;
let unlinked: string;
let anna: string;
let mine: TProviderFacilities;
let foreignFacilityId: string;

const call = (cookie: string, method: 'GET' | 'PUT', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const logCount = async (facilityId: string) =>
  t.db.withOwner(async (owner) =>
    Number(
      (
        await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM facility_availability_log WHERE facility_id = ${facilityId}`.execute(
          owner,
        )
      ).rows[0]?.n,
    ),
  );

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  const emilUser = await o.office.user({ roles: ['provider_staff'] });
  const ernaUser = await o.office.user({ roles: ['provider_staff'] });
  const unlinkedUser = await o.office.user({ roles: ['provider_staff'] });
  const { providerId } = await seedRegionProviders(t.db, o.office, emilUser.id);
  await linkProviderStaff(o.office, ernaUser.id, providerId, 'staff');
  emil = await loginCookie(t.app, emilUser.username);
  erna = await loginCookie(t.app, ernaUser.username);
  unlinked = await loginCookie(t.app, unlinkedUser.username);
  anna = await loginCookie(t.app, o.anna.username);
  const res = await call(emil, 'GET', '/api/provider/facilities');
  expect(res.statusCode).toBe(200);
  mine = res.json();
  const other = await t.db.withOwner((owner) =>
    owner
      .selectFrom('provider_facilities')
      .select('id')
      .where('provider_id', '<>', providerId)
      .executeTakeFirstOrThrow(),
  );
  foreignFacilityId = other.id;
});
afterAll(() => t.close());

describe('the provider portal', () => {
  it("lists only the staff member's own provider's facilities, with offers and freshness", () => {
    expect(mine.provider.name).toBe('Familienhilfe Nord e. V.');
    expect(mine.provider.role).toBe('admin');
    expect(mine.items).toHaveLength(3);
    const first = mine.items[0] as TProviderFacility;
    expect(first.offers.length).toBeGreaterThan(0);
    expect(first.allowedActions).toEqual(['update_availability', 'edit_offers']);
    expect(mine.items.some((f) => f.id === foreignFacilityId)).toBe(false);
    expect(mine.staleCount).toBe(
      mine.items.filter((f) => ['stale', 'never'].includes(f.availability.freshness)).length,
    );
  });

  it('lets provider staff (not admin) update places but not edit offers', async () => {
    const res = await call(erna, 'GET', '/api/provider/facilities');
    expect(res.statusCode).toBe(200);
    expect((res.json() as TProviderFacilities).items[0]?.allowedActions).toEqual(['update_availability']);
  });

  it('confirms free places: stored, stamped, logged for planning, audited', async () => {
    const facility = mine.items[0] as TProviderFacility;
    const before = await logCount(facility.id);
    const res = await call(emil, 'PUT', `/api/provider/facilities/${facility.id}/availability`, {
      free: 2,
      reserved: 1,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as TProviderFacility;
    expect(body.availability).toMatchObject({ free: 2, reserved: 1, freshness: 'today' });
    expect(Date.now() - Date.parse(body.availability.confirmedAt ?? '')).toBeLessThan(60_000);
    expect(await logCount(facility.id)).toBe(before + 1);
    const history = await call(emil, 'GET', `/api/provider/facilities/${facility.id}/availability-history`);
    expect(history.json().items.at(-1)).toMatchObject({ free: 2, reserved: 1 });
    const audit = await t.db.withOwner((owner) =>
      owner
        .selectFrom('audit_events')
        .select(['action', 'resource_id'])
        .where('action', '=', 'provider.availability_update')
        .where('resource_id', '=', facility.id)
        .execute(),
    );
    expect(audit).toHaveLength(1);
  });

  it("answers 404 for another provider's facility and writes nothing", async () => {
    const before = await logCount(foreignFacilityId);
    const res = await call(emil, 'PUT', `/api/provider/facilities/${foreignFacilityId}/availability`, {
      free: 9,
      reserved: 0,
    });
    expect(res.statusCode).toBe(404);
    expect(await logCount(foreignFacilityId)).toBe(before);
    const history = await call(
      emil,
      'GET',
      `/api/provider/facilities/${foreignFacilityId}/availability-history`,
    );
    expect(history.statusCode).toBe(404);
  });

  it.each([
    [{ free: -3, reserved: 1 }, 'negativ'],
    [{ free: 1.5, reserved: 0 }, 'ganze Zahl'],
    [{ free: '2', reserved: 0 }, 'ganze Zahl'],
    [{ free: 2 }, 'Reservierte'],
    [{ free: 100000, reserved: 0 }, 'höchstens'],
    [{ free: 2, reserved: 0, price: 10 }, ''],
  ])('refuses impossible numbers %j with a clear 400', async (payload, words) => {
    const facility = mine.items[1] as TProviderFacility;
    const before = await logCount(facility.id);
    const res = await call(emil, 'PUT', `/api/provider/facilities/${facility.id}/availability`, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(words);
    expect(await logCount(facility.id)).toBe(before);
  });

  it('refuses more free and reserved places than the facility has', async () => {
    const facility = mine.items[1] as TProviderFacility;
    const res = await call(emil, 'PUT', `/api/provider/facilities/${facility.id}/availability`, {
      free: facility.availability.capacity,
      reserved: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(`${facility.availability.capacity} Plätze`);
  });

  it('refuses accounts without a provider (403 with a way out) and office staff (403)', async () => {
    const res = await call(unlinked, 'GET', '/api/provider/facilities');
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('keinem Träger zugeordnet');
    const asAnna = await call(anna, 'PUT', `/api/provider/facilities/${mine.items[0]?.id}/availability`, {
      free: 1,
      reserved: 0,
    });
    expect(asAnna.statusCode).toBe(403);
  });
});

describe('reminders to confirm', () => {
  const jobs = (kind: string) =>
    t.db.withOwner((owner) =>
      owner
        .selectFrom('jobs')
        .select(['run_at', 'done_at'])
        .where('kind', '=', kind)
        .where('tenant_id', '=', o.office.tenantId)
        .execute(),
    );

  it('are queued for 07:00 office time a week after each confirmation', async () => {
    expect(reminderRunAt(new Date('2026-12-05T15:30:00Z')).toISOString()).toBe('2026-12-12T06:00:00.000Z');
    expect(reminderRunAt(new Date('2026-07-01T23:30:00Z')).toISOString()).toBe('2026-07-09T05:00:00.000Z');
    expect((await jobs('providers.confirm_reminder')).length).toBeGreaterThan(0);
  });

  it('mail the facility only if nobody confirmed since', async () => {
    const facility = mine.items[2] as TProviderFacility;
    const put = await call(emil, 'PUT', `/api/provider/facilities/${facility.id}/availability`, {
      free: 0,
      reserved: 0,
    });
    const confirmedAt = (put.json() as TProviderFacility).availability.confirmedAt ?? '';
    const handler = confirmReminderHandler(t.ctx);
    const mails = async () => (await jobs('mail.send')).length;
    const before = await mails();
    await withTenant(t.db, o.office.tenantId, (tx) =>
      handler(tx, o.office.tenantId, { facilityId: facility.id, confirmedAt }),
    );
    expect(await mails()).toBe(before + 1);
    await call(emil, 'PUT', `/api/provider/facilities/${facility.id}/availability`, { free: 1, reserved: 0 });
    await withTenant(t.db, o.office.tenantId, (tx) =>
      handler(tx, o.office.tenantId, { facilityId: facility.id, confirmedAt }),
    );
    expect(await mails()).toBe(before + 1);
  });
});

describe('offers', () => {
  const update = (offer: TProviderFacility['offers'][number]) => ({
    title: 'Familienhilfe mit Abendterminen',
    description: offer.description,
    helpTypes: offer.helpTypes,
    ageMin: offer.ageMin,
    ageMax: offer.ageMax,
    genders: offer.genders,
    specialisations: offer.specialisations,
    languages: [...offer.languages, 'uk'],
    active: true,
  });

  it('lets the provider admin change an offer, not provider staff, not another provider', async () => {
    const offer = (mine.items[0] as TProviderFacility).offers[0];
    if (!offer) throw new Error('no offer');
    const res = await call(emil, 'PUT', `/api/provider/offers/${offer.id}`, update(offer));
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as TProviderFacility).offers[0]).toMatchObject({
      title: 'Familienhilfe mit Abendterminen',
    });
    expect((await call(erna, 'PUT', `/api/provider/offers/${offer.id}`, update(offer))).statusCode).toBe(403);
    const foreign = await t.db.withOwner((owner) =>
      owner
        .selectFrom('provider_offers')
        .select('id')
        .where('facility_id', '=', foreignFacilityId)
        .executeTakeFirstOrThrow(),
    );
    expect((await call(emil, 'PUT', `/api/provider/offers/${foreign.id}`, update(offer))).statusCode).toBe(
      404,
    );
    const bad = await call(emil, 'PUT', `/api/provider/offers/${offer.id}`, {
      ...update(offer),
      ageMin: 18,
      ageMax: 3,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('Mindestalter');
  });
});
