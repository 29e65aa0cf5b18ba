import { readFileSync } from 'node:fs';
import type { TProviderFacilities } from '@lotse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../db/connection.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { importProviders, linkProviderStaffAccount, ZProviderImport } from './import-providers.js';

let t: TestApp;
let o: Office;
const example = () =>
  JSON.parse(readFileSync(new URL('../../../../../data/providers/example.json', import.meta.url), 'utf8'));

const asOwner = <T>(fn: (tx: Tx) => Promise<T>) =>
  t.db.withOwner((owner) => (owner.isTransaction ? fn(owner as Tx) : owner.transaction().execute(fn)));

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
});
afterAll(() => t.close());

describe('importing the region’s providers', () => {
  const slug = () => `t-${o.office.tenantId.slice(0, 8)}`;

  it('reads the example file, links the providers to the office and can run again', async () => {
    const data = ZProviderImport.parse({ ...example(), offices: [slug()] });
    expect(await asOwner((tx) => importProviders(tx, data))).toEqual({
      providers: 1,
      facilities: 1,
      offers: 1,
      offices: 1,
    });
    data.providers[0]!.facilities[0]!.capacity = 9;
    expect(await asOwner((tx) => importProviders(tx, data))).toMatchObject({ facilities: 1 });
    const anna = await loginCookie(t.app, o.anna.username);
    const found = await t.app.inject({
      method: 'GET',
      url: '/api/placements/search?age=15&postcode=12601',
      headers: { cookie: anna },
    });
    expect(found.json().items).toHaveLength(1);
    expect(found.json().items[0]).toMatchObject({
      capacity: 9,
      freePlaces: 0,
      freshness: 'never',
      distanceKm: 0.2,
    });
  });

  it('links a provider staff account, which then sees its facility', async () => {
    const staff = await o.office.user({ roles: ['provider_staff'] });
    const account = (u: { id: string; username: string }, roles: string[]) => ({
      tenantId: o.office.tenantId,
      userId: u.id,
      username: u.username,
      roles,
    });
    await asOwner((tx) =>
      linkProviderStaffAccount(
        tx,
        account(staff, ['provider_staff']),
        '5eed0001-0000-4000-8000-0000000000f1',
        'admin',
      ),
    );
    const cookie = await loginCookie(t.app, staff.username);
    const mine = (
      await t.app.inject({ method: 'GET', url: '/api/provider/facilities', headers: { cookie } })
    ).json() as TProviderFacilities;
    expect(mine.items.map((f) => f.name)).toEqual(['Wohngruppe Lindenau']);
    await expect(
      asOwner((tx) =>
        linkProviderStaffAccount(
          tx,
          account(o.anna, ['caseworker']),
          '5eed0001-0000-4000-8000-0000000000f1',
          'staff',
        ),
      ),
    ).rejects.toThrow('provider_staff');
  });

  it('refuses a bad file as a whole', async () => {
    expect(
      ZProviderImport.safeParse({ ...example(), providers: [{ ...example().providers[0], id: 'x' }] })
        .success,
    ).toBe(false);
    const data = ZProviderImport.parse({ ...example(), offices: ['no-such-office'] });
    await expect(asOwner((tx) => importProviders(tx, data))).rejects.toThrow('Unbekannte Ämter');
  });
});
