import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../platform/auth/totp.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { OfficeFactory, TEST_PASSWORD } from '../../test-support/factories.js';

let t: TestApp;
let office: OfficeFactory;
let team: string;

beforeAll(async () => {
  t = await startTestApp({ demo: false });
  office = await OfficeFactory.create(t.db);
  team = await office.team('ASD Nord');
});
afterAll(() => t.close());

const login = (username: string, password: string, cookie?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    headers: cookie ? { cookie } : {},
  });
const sessionCookie = (res: { cookies: { name: string; value: string }[] }) => {
  const c = res.cookies.find((x) => x.name === '__Host-lotse');
  return c ? `__Host-lotse=${c.value}` : '';
};

describe('sign-in', () => {
  it('sets a __Host- session cookie that is Secure, HttpOnly and SameSite=Strict', async () => {
    const u = await office.user({ roles: ['caseworker'], teams: [team] });
    const res = await login(u.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const raw = String(res.headers['set-cookie']);
    expect(raw).toMatch(/^__Host-lotse=/);
    expect(raw).toContain('Secure');
    expect(raw).toContain('HttpOnly');
    expect(raw).toContain('SameSite=Strict');
    expect(raw).toContain('Path=/');
    expect(raw).not.toContain('Domain');
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const u = await office.user({ roles: ['caseworker'], teams: [team] });
    const wrong = await login(u.username, 'falsches-Passwort-123');
    const unknown = await login('gibt-es-nicht', 'falsches-Passwort-123');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
  });

  it('makes a name wait after failures from one address, but lets its owner in from elsewhere', async () => {
    const u = await office.user({ roles: ['caseworker'], teams: [team] });
    for (const name of [u.username, 'niemand-bekannt']) {
      const attempt = (password: string, remoteAddress: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: name, password },
          remoteAddress,
        });
      for (let i = 0; i < 4; i++)
        expect((await attempt('nein-nein-nein-1', '10.14.9.1')).statusCode).toBe(401);
      const waiting = await attempt(TEST_PASSWORD, '10.14.9.1');
      expect(waiting.statusCode).toBe(429);
      expect(waiting.json().message).toMatch(/2 Sekunden/);
      expect(waiting.headers['retry-after']).toBe('2');
      if (name === u.username) {
        // The name itself has not waited yet: its owner signs in from another address.
        expect((await attempt(TEST_PASSWORD, '10.14.9.2')).statusCode).toBe(200);
      }
    }
    // … and after the wait from the same address too.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: u.username, password: TEST_PASSWORD },
      remoteAddress: '10.14.9.1',
    });
    expect(again.statusCode).toBe(200);
  });

  it('requires TOTP enrolment for staff outside demo mode, then the code at each login', async () => {
    const u = await office.user({ roles: ['caseworker'], teams: [team] });
    const first = await login(u.username, TEST_PASSWORD);
    expect(first.json()).toMatchObject({ ok: false, mfaSetupRequired: true });
    const halfSession = sessionCookie(first);
    // A half-open session cannot read anything yet.
    const blocked = await t.app.inject({
      method: 'GET',
      url: '/api/cases',
      headers: { cookie: halfSession },
    });
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().error).toBe('mfa_required');

    const setup = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/setup',
      headers: { cookie: halfSession },
    });
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl } = setup.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/enable',
      headers: { cookie: halfSession },
      payload: { code: '000000' },
    });
    expect(bad.statusCode).toBe(401);
    const enable = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/enable',
      headers: { cookie: halfSession },
      payload: { code: await currentTotp(secret) },
    });
    expect(enable.statusCode).toBe(200);
    const full = sessionCookie(enable);
    expect(full).not.toBe(halfSession); // rotated
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: halfSession } })).statusCode,
    ).toBe(401);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: full } });
    expect(me.json()).toMatchObject({ username: u.username, mfaEnabled: true, demo: false });

    const second = await login(u.username, TEST_PASSWORD);
    expect(second.json()).toMatchObject({ mfaRequired: true });
    const mfa = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa',
      headers: { cookie: sessionCookie(second) },
      // The enrolment code is used up; the authenticator shows the next one 30 seconds later.
      payload: { code: await currentTotp(secret, Date.now() / 1000 + 30) },
    });
    expect(mfa.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/cases', headers: { cookie: sessionCookie(mfa) } }))
        .statusCode,
    ).toBe(200);
  });

  it('accepts a TOTP code only once: a replay is refused like a wrong code, the next step works', async () => {
    const u = await office.user({ roles: ['caseworker'], teams: [team] });
    // An address of its own: the login rate limit of the other tests does not reach this one.
    const remoteAddress = '192.0.2.65';
    const post = (url: string, cookie: string, payload?: object) =>
      t.app.inject({ method: 'POST', url, remoteAddress, headers: { cookie }, ...(payload && { payload }) });
    const signIn = async () =>
      sessionCookie(
        await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress,
          payload: { username: u.username, password: TEST_PASSWORD },
        }),
      );
    const enrolling = await signIn();
    const { secret } = (await post('/api/auth/mfa/setup', enrolling)).json();
    const now = Date.now() / 1000;
    const code = await currentTotp(secret, now);
    expect((await post('/api/auth/mfa/enable', enrolling, { code })).statusCode).toBe(200);

    const half = await signIn();
    const wrong = await post('/api/auth/mfa', half, { code: code === '000000' ? '111111' : '000000' });
    const replayed = await post('/api/auth/mfa', half, { code });
    expect(replayed.statusCode).toBe(401);
    expect(replayed.body).toBe(wrong.body);
    // A code from the step before is still inside the window, but older than the used one: refused.
    const older = await post('/api/auth/mfa', half, { code: await currentTotp(secret, now - 30) });
    expect(older.statusCode).toBe(401);

    const nextCode = await currentTotp(secret, now + 30);
    const next = await post('/api/auth/mfa', half, { code: nextCode });
    expect(next.statusCode, next.body).toBe(200);
    expect((await post('/api/auth/mfa', await signIn(), { code: nextCode })).statusCode).toBe(401);

    const events = await t.db.withOwner((o) =>
      sql<{ action: string; outcome: string }>`
        SELECT action, outcome FROM audit_events
        WHERE actor_id = ${u.id} AND action LIKE 'auth.mfa%' ORDER BY id`.execute(o),
    );
    expect(events.rows.map((e) => `${e.action}:${e.outcome}`)).toEqual([
      'auth.mfa_enabled:allowed',
      'auth.mfa_failed:failed',
      'auth.mfa_failed:failed',
      'auth.mfa_failed:failed',
      'auth.mfa:allowed',
      'auth.mfa_failed:failed',
    ]);
  });

  it('rejects malformed MFA codes with a readable message', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/mfa', payload: { code: 'abc' } });
    expect(res.statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('rotates the session at login: the old cookie stops working', async () => {
    const u = await office.user({ roles: ['caseworker'], teams: [team] });
    const demoLike = await startTestApp({ demo: true });
    try {
      const f = await OfficeFactory.create(demoLike.db);
      const tm = await f.team('T');
      const user = await f.user({ roles: ['caseworker'], teams: [tm] });
      const first = await loginCookie(demoLike.app, user.username);
      const second = await demoLike.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: user.username, password: TEST_PASSWORD },
        headers: { cookie: first },
      });
      expect(second.statusCode).toBe(200);
      expect(
        (await demoLike.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: first } })).statusCode,
      ).toBe(401);
      expect(
        (
          await demoLike.app.inject({
            method: 'GET',
            url: '/api/me',
            headers: { cookie: sessionCookie(second) },
          })
        ).statusCode,
      ).toBe(200);

      // Idle timeout: a session not seen for longer than the idle limit is gone.
      await demoLike.db.withOwner((o) =>
        sql`UPDATE sessions SET last_seen_at = now() - interval '2 hours'`.execute(o),
      );
      demoLike.ctx.sessions.clear(); // two hours later this instance's 10-second cache is long empty
      expect(
        (
          await demoLike.app.inject({
            method: 'GET',
            url: '/api/me',
            headers: { cookie: sessionCookie(second) },
          })
        ).statusCode,
      ).toBe(401);

      // Absolute timeout.
      const third = await loginCookie(demoLike.app, user.username);
      await demoLike.db.withOwner((o) =>
        sql`UPDATE sessions SET expires_at = now() - interval '1 second'`.execute(o),
      );
      demoLike.ctx.sessions.clear();
      expect(
        (await demoLike.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: third } })).statusCode,
      ).toBe(401);

      // Logout ends the session.
      const fourth = await loginCookie(demoLike.app, user.username);
      const out = await demoLike.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: fourth },
      });
      expect(out.statusCode).toBe(204);
      expect(
        (await demoLike.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: fourth } }))
          .statusCode,
      ).toBe(401);
    } finally {
      await demoLike.close();
    }
    expect(u.username).toBeTruthy();
  });
});
