import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office } from '../../test-support/office.js';

let t: TestApp;
let o: Office;
/** Extra people beside buildOffice's: a lead of ASD Süd without casework, a provider, an admin, a leaver. */
let lena: { id: string; username: string };
let paul: { id: string; username: string };
let adam: { id: string; username: string };
let gone: { id: string; username: string };

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  lena = await o.office.user({ roles: ['team_lead'], leads: [o.sued] });
  paul = await o.office.user({ roles: ['provider_staff'] });
  adam = await o.office.user({ roles: ['admin'] });
  gone = await o.office.user({ roles: ['caseworker'], teams: [o.nord] });
  await o.office.owner((ow) =>
    ow.updateTable('users').set({ disabled: true }).where('id', '=', gone.id).execute(),
  );
});
afterAll(() => t.close());

/** The ids `GET /api/users` answers to the given staff member, sorted. */
async function directoryOf(user: { username: string }): Promise<string[]> {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/users',
    headers: { cookie: await loginCookie(t.app, user.username) },
  });
  expect(res.statusCode).toBe(200);
  return (res.json() as { id: string }[]).map((u) => u.id).sort();
}

const ids = (...users: { id: string }[]) => users.map((u) => u.id).sort();

describe('staff directory (GET /api/users) answers only what a role needs', () => {
  it('gives a caseworker the colleagues of their own team, not another team, the office roles or a leaver', async () => {
    const seen = await directoryOf(o.anna);
    expect(seen).toEqual(ids(o.anna, o.nora, o.clara));
    for (const hidden of [o.ben, lena, o.dora, o.fiona, paul, adam, gone, o.olga]) {
      expect(seen).not.toContain(hidden.id);
    }
    expect(await directoryOf(o.ben)).toEqual(ids(o.ben, lena));
  });

  it('answers names and roles only', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/users',
      headers: { cookie: await loginCookie(t.app, o.nora.username) },
    });
    const clara = (res.json() as Record<string, unknown>[]).find((u) => u.id === o.clara.id);
    expect(clara).toEqual({
      id: o.clara.id,
      displayName: `Person ${o.clara.username}`,
      roles: ['team_lead', 'caseworker'],
    });
  });

  it('gives a team lead the members of the teams they lead', async () => {
    expect(await directoryOf(o.clara)).toEqual(ids(o.anna, o.nora, o.clara));
    // Lena leads ASD Süd without casework of her own: her team, not ASD Nord.
    expect(await directoryOf(lena)).toEqual(ids(o.ben, lena));
  });

  it("gives the data protection officer the whole office (the trail's actors), not another office", async () => {
    const seen = await directoryOf(o.dora);
    expect(seen).toEqual(ids(o.anna, o.nora, o.ben, o.clara, o.dora, o.fiona, lena, paul, adam));
    expect(seen).not.toContain(o.olga.id);
    expect(seen).not.toContain(gone.id);
  });

  it('gives provider staff, planners and admins themselves only, never the office staff', async () => {
    expect(await directoryOf(paul)).toEqual([paul.id]);
    expect(await directoryOf(o.fiona)).toEqual([o.fiona.id]);
    expect(await directoryOf(adam)).toEqual([adam.id]);
  });

  it('refuses anyone not signed in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/users' });
    expect(res.statusCode).toBe(401);
  });

  it('shows planners and provider staff the teams, but not who is in them (GET /api/teams)', async () => {
    const membersSeenBy = async (user: { username: string }) => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/teams',
        headers: { cookie: await loginCookie(t.app, user.username) },
      });
      expect(res.statusCode).toBe(200);
      const teams = res.json() as { name: string; members: { id: string }[] }[];
      expect(teams.map((team) => team.name)).toContain('ASD Nord');
      return teams.flatMap((team) => team.members.map((member) => member.id));
    };
    expect(await membersSeenBy(o.fiona)).toEqual([]);
    expect(await membersSeenBy(paul)).toEqual([]);
    expect(await membersSeenBy(o.anna)).toContain(o.ben.id);
  });
});
