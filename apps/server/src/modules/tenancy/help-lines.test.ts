import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { routeRequestsTo } from '../../test-support/intake.js';
import { buildOffice, type Office } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
let admin: string;
let anna: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  await routeRequestsTo(t, o, o.nord);
  const adminUser = await o.office.user({ roles: ['admin'] });
  admin = await loginCookie(t.app, adminUser.username);
  anna = await loginCookie(t.app, o.anna.username);
});
afterAll(() => t.close());

const get = (cookie: string) =>
  t.app.inject({ method: 'GET', url: '/api/admin/help-lines', headers: { cookie } });
const put = (cookie: string, payload: unknown) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/admin/help-lines',
    headers: { cookie },
    payload: payload as object,
  });
const publicLines = async () =>
  (await t.app.inject({ method: 'GET', url: '/api/public/office' })).json().helpLines as {
    key: string;
    phone: string;
  }[];

describe('help lines of the family app (/api/admin/help-lines)', () => {
  it('starts with the nationwide numbers, crisis and abuse lines included', async () => {
    const lines = (await get(admin)).json();
    expect(lines.map((l: { key: string }) => l.key)).toEqual([
      'police',
      'fire',
      'kids',
      'parents',
      'women',
      'crisis',
      'crisis_alt',
      'abuse',
    ]);
    expect(lines.every((l: { isDefault: boolean; enabled: boolean }) => l.isDefault && l.enabled)).toBe(true);
    expect(await publicLines()).toContainEqual({ key: 'abuse', phone: '0800 22 55 530' });
    expect(await publicLines()).toContainEqual({ key: 'crisis', phone: '0800 111 0 111' });
  });

  it('lets the administration change a number and switch a line off; the family app follows', async () => {
    const res = await put(admin, {
      lines: [
        { key: 'crisis', phone: '0800 555 11 22', enabled: true },
        { key: 'women', phone: '116 016', enabled: false },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().find((l: { key: string }) => l.key === 'crisis')).toMatchObject({
      phone: '0800 555 11 22',
      isDefault: false,
    });
    const shown = await publicLines();
    expect(shown).toContainEqual({ key: 'crisis', phone: '0800 555 11 22' });
    expect(shown.some((l) => l.key === 'women')).toBe(false);
    const events = await t.db.withOwner((ow) =>
      ow.selectFrom('audit_events').select('action').where('resource_id', '=', 'help-lines').execute(),
    );
    expect(events).toEqual([{ action: 'settings.update' }]);
  });

  it('refuses non-admins, bad numbers and unknown lines without changing anything', async () => {
    expect((await get(anna)).statusCode).toBe(403);
    expect((await put(anna, { lines: [{ key: 'crisis', phone: '110', enabled: true }] })).statusCode).toBe(
      403,
    );
    const before = (await get(admin)).json();
    const bad = await put(admin, {
      lines: [
        { key: 'kids', phone: '0800 1', enabled: true },
        { key: 'parents', phone: 'ruf mich an', enabled: true },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toHaveProperty('lines.1.phone');
    expect((await put(admin, { lines: [{ key: 'pizza', phone: '123', enabled: true }] })).statusCode).toBe(
      400,
    );
    expect(
      (
        await put(admin, {
          lines: [
            { key: 'kids', phone: '123', enabled: true },
            { key: 'kids', phone: '456', enabled: true },
          ],
        })
      ).statusCode,
    ).toBe(400);
    expect((await get(admin)).json()).toEqual(before);
  });
});
