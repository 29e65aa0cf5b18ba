import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { routeRequestsTo, submitIntakeRequest } from '../../test-support/intake.js';
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

const contact = {
  phone: '0800 1',
  email: 'nord@example.org',
  address: 'Nordring 1',
  hours: 'Mo 8–12 Uhr',
  weeklyHours: [
    { weekday: 3, opens: '08:00', closes: '12:00' },
    { weekday: 1, opens: '08:00', closes: '12:00' },
  ],
};

describe('team contacts and office hours (/api/admin/teams)', () => {
  it('lets the admin set contact details and weekly hours, sorted by day', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/teams/${o.nord}/contact`,
      headers: { cookie: admin },
      payload: contact,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().weeklyHours.map((h: { weekday: number }) => h.weekday)).toEqual([1, 3]);
    const list = await t.app.inject({ method: 'GET', url: '/api/admin/teams', headers: { cookie: admin } });
    const nord = list.json().find((team: { id: string }) => team.id === o.nord);
    expect(nord).toMatchObject({ phone: '0800 1', email: 'nord@example.org', hours: 'Mo 8–12 Uhr' });
    const audited = await t.db.withOwner((ow) =>
      ow
        .selectFrom('audit_events')
        .select('action')
        .where('resource_id', '=', `team-contact:${o.nord}`)
        .execute(),
    );
    expect(audited.map((a) => a.action)).toContain('settings.update');
  });

  it('explains a closing time before the opening time', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/teams/${o.nord}/contact`,
      headers: { cookie: admin },
      payload: { ...contact, weeklyHours: [{ weekday: 1, opens: '16:00', closes: '08:00' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('Ende muss nach dem Beginn');
  });

  it('answers 404 for an unknown team and 403 for caseworkers', async () => {
    const unknown = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/teams/00000000-0000-4000-8000-000000000000/contact',
      headers: { cookie: admin },
      payload: contact,
    });
    expect(unknown.statusCode).toBe(404);
    const byAnna = await t.app.inject({ method: 'GET', url: '/api/admin/teams', headers: { cookie: anna } });
    expect(byAnna.statusCode).toBe(403);
  });

  it('tells the family in the messenger whether the team is in, once hours are entered', async () => {
    const family = await submitIntakeRequest(t);
    const conversation = () =>
      t.app.inject({ method: 'GET', url: '/api/family/conversation', headers: { cookie: family.cookie } });
    await t.app.inject({
      method: 'PUT',
      url: `/api/admin/teams/${o.nord}/contact`,
      headers: { cookie: admin },
      payload: { ...contact, hours: null, weeklyHours: [] },
    });
    expect((await conversation()).json().availability).toEqual({
      openNow: null,
      nextOpening: null,
      hours: null,
    });
    await t.app.inject({
      method: 'PUT',
      url: `/api/admin/teams/${o.nord}/contact`,
      headers: { cookie: admin },
      payload: contact,
    });
    const availability = (await conversation()).json().availability;
    expect(availability.hours).toBe('Mo 8–12 Uhr');
    expect(typeof availability.openNow).toBe('boolean');
    if (!availability.openNow)
      expect(new Date(availability.nextOpening).getTime()).toBeGreaterThan(Date.now());
  });
});
