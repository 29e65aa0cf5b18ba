import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../platform/auth/totp.js';
import { startTestApp, type TestApp } from '../../test-support/app.js';
import { OfficeFactory } from '../../test-support/factories.js';
import {
  startTestIdentityProvider,
  TEST_IDP_PASSWORD,
  type TestIdentityProvider,
} from '../../test-support/identity-provider.js';

// Single sign-on against a real OpenID Connect provider (oidc-provider) on a localhost port: the whole
// code flow over HTTP — Lotse's redirect, the provider's login and consent forms, the return — then
// what Lotse made of it.

const PUBLIC_URL = 'https://lotse.test';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;
const OFFICE_SLUG = 'sso-testamt';

let idp: TestIdentityProvider;
let t: TestApp;
let office: OfficeFactory;
let otherOffice: OfficeFactory;
let north: string;
let south: string;

beforeAll(async () => {
  idp = await startTestIdentityProvider({
    redirectUri: CALLBACK,
    postLogoutRedirectUri: `${PUBLIC_URL}/fachkraft/login?abgemeldet=1`,
  });
  t = await startTestApp({
    demo: false,
    env: {
      PUBLIC_URL,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      OIDC_SCOPES: 'openid profile lotse',
      OIDC_ROLES_CLAIM: 'roles',
      OIDC_TEAMS_CLAIM: 'groups',
      OIDC_MFA_ACR: 'urn:test:mfa',
      OIDC_OFFICES: OFFICE_SLUG,
      LOCAL_PASSWORDS: 'off',
    },
  });
  office = await OfficeFactory.create(t.db);
  await t.db.withOwner((o) =>
    o.updateTable('tenants').set({ slug: OFFICE_SLUG }).where('id', '=', office.tenantId).execute(),
  );
  otherOffice = await OfficeFactory.create(t.db, 'Jugendamt Anderswo');
  north = await office.team('ASD Nord');
  south = await office.team('ASD Süd');
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

/** A Lotse caseworker and the same person at the identity provider. */
async function person(
  opts: { amr?: string[]; acr?: string; roles?: unknown; groups?: unknown; in?: OfficeFactory } = {},
) {
  const user = await (opts.in ?? office).user({ roles: ['caseworker'], teams: opts.in ? [] : [north] });
  idp.accounts.set(`idp-${user.username}`, {
    claims: {
      preferred_username: user.username,
      name: 'Test Person',
      roles: opts.roles ?? ['caseworker'],
      groups: opts.groups ?? ['ASD Nord'],
    },
    amr: opts.amr,
    acr: opts.acr,
  });
  return { ...user, login: `idp-${user.username}` };
}

const cookieOf = (res: { cookies: { name: string; value: string }[] }, name: string) => {
  const c = res.cookies.find((x) => x.name === name && x.value !== '');
  return c ? `${name}=${c.value}` : '';
};

/** Lotse's first step: the redirect to the provider and the pending sign-in cookie. */
async function startSignIn(next = '/fachkraft/faelle') {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/auth/oidc/login?next=${encodeURIComponent(next)}`,
  });
  expect(res.statusCode).toBe(302);
  return {
    authorizeUrl: new URL(String(res.headers.location)),
    pending: cookieOf(res, '__Host-lotse-sso-pending'),
    res,
  };
}

/**
 * The browser at the provider: follows its redirects, fills in the development login form (name and
 * password) and confirms the consent form, until the provider sends the browser back to Lotse.
 */
async function atProvider(authorizeUrl: URL, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizeUrl.href;
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(CALLBACK)) return new URL(url);
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form && { 'content-type': 'application/x-www-form-urlencoded' }),
      },
      ...(form && { body: form.toString() }),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    form = undefined;
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await res.text();
    expect(res.status, html).toBe(200);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`Kein Formular beim Anbieter: ${html.slice(0, 300)}`);
    form = html.includes('name="prompt" value="login"')
      ? new URLSearchParams({ prompt: 'login', login, password: TEST_IDP_PASSWORD })
      : new URLSearchParams({ prompt: 'consent' });
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
  }
  throw new Error('Der Anbieter leitet nicht zu Lotse zurück');
}

/** The return to Lotse with the provider's answer, carrying the pending cookie as the browser would. */
const callback = (returnUrl: URL, pending: string, remoteAddress?: string) =>
  t.app.inject({
    method: 'GET',
    url: `${returnUrl.pathname}${returnUrl.search}`,
    headers: pending ? { cookie: pending } : {},
    ...(remoteAddress && { remoteAddress }),
  });

/** The whole code flow for one provider login; returns Lotse's final answer. */
async function signIn(login: string, next?: string) {
  const { authorizeUrl, pending } = await startSignIn(next);
  return callback(await atProvider(authorizeUrl, login), pending);
}

const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const refreshTarget = (html: string) =>
  /<meta http-equiv="refresh" content="0;url=([^"]+)">/.exec(html)?.[1]?.replaceAll('&amp;', '&');

const auditOf = (actorId: string) =>
  t.db.withOwner(
    async (o) =>
      (
        await sql<{ action: string; outcome: string; details: Record<string, unknown> }>`
        SELECT action, outcome, details FROM audit_events WHERE actor_id = ${actorId} ORDER BY id`.execute(o)
      ).rows,
  );

describe('sign-in through the identity provider', () => {
  it('redirects to the provider with PKCE (S256), state and nonce, keeping them in a Lax, HttpOnly cookie', async () => {
    const { authorizeUrl, res } = await startSignIn();
    expect(`${authorizeUrl.origin}`).toBe(idp.issuer);
    const q = authorizeUrl.searchParams;
    expect(q.get('client_id')).toBe(idp.clientId);
    expect(q.get('redirect_uri')).toBe(CALLBACK);
    expect(q.get('response_type')).toBe('code');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(q.get('nonce')).toMatch(/^[\w-]{20,}$/);
    expect(q.get('scope')).toBe('openid profile lotse');
    const raw = String(res.headers['set-cookie']);
    expect(raw).toMatch(/^__Host-lotse-sso-pending=/);
    expect(raw).toContain('HttpOnly');
    expect(raw).toContain('Secure');
    expect(raw).toContain('SameSite=Lax');
    expect(raw).toContain('Path=/');
    // Nothing readable in the cookie: state and verifier are sealed.
    expect(raw).not.toContain(q.get('state') ?? '-');
  });

  it('signs in a user whose provider confirmed a second factor (amr): session, /api/me, audit', async () => {
    const anna = await person({ amr: ['pwd', 'otp'] });
    const res = await signIn(anna.login);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    // A same-origin page moves on: the SameSite=Strict cookie is sent from there.
    expect(refreshTarget(res.body)).toBe('/fachkraft/faelle');
    const session = cookieOf(res, '__Host-lotse');
    expect(String(res.headers['set-cookie'])).toMatch(/__Host-lotse=[^;]+;.*SameSite=Strict/);
    expect(cookieOf(res, '__Host-lotse-sso')).not.toBe('');
    const me = await get('/api/me', session);
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json()).toMatchObject({ id: anna.id, username: anna.username });
    expect((await get('/api/cases', session)).statusCode).toBe(200);
    const login = (await auditOf(anna.id)).find((e) => e.action === 'auth.login');
    expect(login).toMatchObject({
      outcome: 'allowed',
      details: { method: 'oidc', mfaPending: false, secondFactorByProvider: true },
    });
  });

  it('counts a configured acr as second factor too', async () => {
    const ben = await person({ amr: ['pwd'], acr: 'urn:test:mfa' });
    const res = await signIn(ben.login, '/fachkraft');
    expect(refreshTarget(res.body)).toBe('/fachkraft');
    expect((await get('/api/me', cookieOf(res, '__Host-lotse'))).statusCode).toBe(200);
  });

  it('asks for Lotse’s TOTP when the provider reports no second factor: set-up first, then the code', async () => {
    const clara = await person({ amr: ['pwd'] });
    const first = await signIn(clara.login);
    expect(first.statusCode).toBe(200);
    expect(refreshTarget(first.body)).toBe('/fachkraft/login?schritt=einrichten&next=%2Ffachkraft%2Ffaelle');
    const half = cookieOf(first, '__Host-lotse');
    const blocked = await get('/api/me', half);
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().error).toBe('mfa_required');

    const post = (url: string, cookie: string, payload?: object) =>
      t.app.inject({ method: 'POST', url, headers: { cookie }, ...(payload && { payload }) });
    const { secret } = (await post('/api/auth/mfa/setup', half)).json();
    const now = Date.now() / 1000;
    expect(
      (await post('/api/auth/mfa/enable', half, { code: await currentTotp(secret, now) })).statusCode,
    ).toBe(200);

    const second = await signIn(clara.login);
    expect(refreshTarget(second.body)).toBe('/fachkraft/login?schritt=code&next=%2Ffachkraft%2Ffaelle');
    const pending = cookieOf(second, '__Host-lotse');
    expect((await get('/api/me', pending)).statusCode).toBe(401);
    const mfa = await post('/api/auth/mfa', pending, { code: await currentTotp(secret, now + 30) });
    expect(mfa.statusCode, mfa.body).toBe(200);
    expect((await get('/api/me', cookieOf(mfa, '__Host-lotse'))).json()).toMatchObject({
      username: clara.username,
    });
  });

  it('refuses a return whose state does not match the pending sign-in, or without one (400)', async () => {
    const dora = await person({ amr: ['otp'] });
    const first = await startSignIn();
    const second = await startSignIn();
    const returnUrl = await atProvider(first.authorizeUrl, dora.login);
    // The browser holds the second sign-in's cookie: the first one's state is not its own.
    const crossed = await callback(returnUrl, second.pending);
    expect(crossed.statusCode).toBe(400);
    expect(crossed.body).toContain('abgelaufen');
    expect(cookieOf(crossed, '__Host-lotse')).toBe('');
    const forged = new URL(returnUrl);
    forged.searchParams.set('state', 'x'.repeat(43));
    expect((await callback(forged, first.pending)).statusCode).toBe(400);
    expect((await callback(returnUrl, '')).statusCode).toBe(400);
    expect((await callback(returnUrl, '__Host-lotse-sso-pending=kaputt')).statusCode).toBe(400);
  });

  it('sends an unknown user, a locked account and another office’s account back to the login page', async () => {
    idp.accounts.set('fremd', {
      claims: { preferred_username: 'gibt-es-in-lotse-nicht', roles: ['caseworker'] },
      amr: ['otp'],
    });
    const unknown = await signIn('fremd');
    expect(unknown.statusCode).toBe(303);
    expect(unknown.headers.location).toBe('/fachkraft/login?sso=unbekannt');
    expect(cookieOf(unknown, '__Host-lotse')).toBe('');

    const emil = await person({ amr: ['otp'] });
    await t.db.withOwner((o) =>
      o.updateTable('users').set({ disabled: true }).where('id', '=', emil.id).execute(),
    );
    const locked = await signIn(emil.login);
    expect(locked.headers.location).toBe('/fachkraft/login?sso=gesperrt');
    expect(cookieOf(locked, '__Host-lotse')).toBe('');
    expect((await auditOf(emil.id)).map((e) => `${e.action}:${e.outcome}:${e.details.reason}`)).toEqual([
      'auth.login_failed:failed:disabled',
    ]);

    const elsewhere = await person({ amr: ['otp'], in: otherOffice });
    const other = await signIn(elsewhere.login);
    expect(other.headers.location).toBe('/fachkraft/login?sso=unbekannt');
    expect(cookieOf(other, '__Host-lotse')).toBe('');
  });

  it('takes roles and teams from the claims, but never admin and keeps the teams a user leads', async () => {
    const fiona = await person({
      amr: ['otp'],
      roles: ['caseworker', 'Lotse-Planner', 'admin', 'provider_staff', 'erfunden'],
      groups: ['/Jugendamt/ASD Nord', 'Gibt es nicht'],
    });
    const lead = await office.team('ASD Ost');
    await office.owner(async (o) => {
      await o
        .updateTable('users')
        .set({ roles: ['team_lead'] })
        .where('id', '=', fiona.id)
        .execute();
      await o
        .insertInto('team_memberships')
        .values([
          { tenant_id: office.tenantId, team_id: south, user_id: fiona.id },
          { tenant_id: office.tenantId, team_id: lead, user_id: fiona.id, lead: true },
        ])
        .execute();
    });
    // Before: team lead in ASD Nord (member), ASD Süd (member), ASD Ost (lead).
    const res = await signIn(fiona.login);
    const me = (await get('/api/me', cookieOf(res, '__Host-lotse'))).json();
    expect(me.roles).toEqual(['caseworker', 'planner']);
    expect(
      me.teams.map((team: { name: string; lead: boolean }) => `${team.name}:${team.lead}`).sort(),
    ).toEqual(['ASD Nord:false', 'ASD Ost:true']);
    const applied = (await auditOf(fiona.id)).find((e) => e.action === 'auth.claims_applied');
    expect(applied?.details).toMatchObject({
      rolesBefore: ['team_lead'],
      rolesAfter: ['caseworker', 'planner'],
      teamsJoined: [],
      teamsLeft: ['ASD Süd'],
      unknownTeams: ['Gibt es nicht'],
    });
  });

  it('refuses a user whose roles claim names no Lotse role, and changes nothing', async () => {
    const greta = await person({ amr: ['otp'], roles: ['admin', 'mitarbeiter'] });
    const res = await signIn(greta.login);
    expect(res.headers.location).toBe('/fachkraft/login?sso=keine-rolle');
    const roles = await office.owner((o) =>
      o.selectFrom('users').select('roles').where('id', '=', greta.id).executeTakeFirstOrThrow(),
    );
    expect(roles.roles).toEqual(['caseworker']);
  });

  it('shows the login page a cancelled sign-in (error from the provider)', async () => {
    const { authorizeUrl, pending } = await startSignIn();
    const state = authorizeUrl.searchParams.get('state') ?? '';
    const back = new URL(CALLBACK);
    back.search = new URLSearchParams({ error: 'access_denied', state, iss: idp.issuer }).toString();
    const res = await callback(back, pending);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/fachkraft/login?sso=abgebrochen');
  });

  it('refuses password sign-in with LOCAL_PASSWORDS=off and says so on /api/auth/methods', async () => {
    const hanna = await person();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: hanna.username, password: 'Richtig-Langes-Passwort-1' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'passwords_off' });
    expect(res.json().message).toMatch(/Dienstkonto/);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/methods' })).json()).toEqual({
      sso: true,
      passwords: 'off',
    });
  });

  it('logs out of Lotse and hands the browser the provider’s logout address', async () => {
    const ida = await person({ amr: ['otp'] });
    const res = await signIn(ida.login);
    const cookies = `${cookieOf(res, '__Host-lotse')}; ${cookieOf(res, '__Host-lotse-sso')}`;
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: cookies } });
    expect(out.statusCode).toBe(200);
    const logoutUrl = new URL(out.json().providerLogoutUrl);
    expect(logoutUrl.origin).toBe(idp.issuer);
    expect(logoutUrl.searchParams.get('client_id')).toBe(idp.clientId);
    expect(logoutUrl.searchParams.get('post_logout_redirect_uri')).toBe(
      `${PUBLIC_URL}/fachkraft/login?abgemeldet=1`,
    );
    expect(logoutUrl.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect(String(out.headers['set-cookie'])).toMatch(/__Host-lotse-sso=;/);
    expect((await get('/api/me', cookies)).statusCode).toBe(401);
    // The provider knows the logout address and the ID token: it asks whether to sign out.
    const atProvider = await fetch(logoutUrl, { redirect: 'manual' });
    expect(atProvider.status).toBe(200);
    expect(await atProvider.text()).toContain('logout');
  });
});

describe('without OIDC settings (the default)', () => {
  let plain: TestApp;
  beforeAll(async () => {
    plain = await startTestApp();
  });
  afterAll(() => plain?.close());

  it('answers 404 to the sign-in routes and offers passwords only', async () => {
    expect((await plain.app.inject({ method: 'GET', url: '/api/auth/oidc/login' })).statusCode).toBe(404);
    expect(
      (await plain.app.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=x&state=y' })).statusCode,
    ).toBe(404);
    expect((await plain.app.inject({ method: 'GET', url: '/api/auth/methods' })).json()).toEqual({
      sso: false,
      passwords: 'on',
    });
  });
});

describe('LOCAL_PASSWORDS=admins (the way in when the identity provider is down)', () => {
  let emergency: TestApp;
  let amt: OfficeFactory;
  beforeAll(async () => {
    emergency = await startTestApp({
      env: {
        OIDC_ISSUER: idp.issuer,
        OIDC_CLIENT_ID: idp.clientId,
        OIDC_CLIENT_SECRET: idp.clientSecret,
        LOCAL_PASSWORDS: 'admins',
      },
    });
    amt = await OfficeFactory.create(emergency.db);
  });
  afterAll(() => emergency?.close());

  const passwordLogin = (username: string, password = 'Richtig-Langes-Passwort-1') =>
    emergency.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

  it('lets administrators in with their password, refuses everyone else', async () => {
    const admin = await amt.user({ roles: ['admin'] });
    const caseworker = await amt.user({ roles: ['caseworker'] });
    const adminIn = await passwordLogin(admin.username);
    expect(adminIn.statusCode, adminIn.body).toBe(200);
    const refused = await passwordLogin(caseworker.username);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'passwords_admins_only' });
    expect(cookieOf(refused, '__Host-lotse')).toBe('');
    // A wrong password gets the usual answer.
    expect((await passwordLogin(caseworker.username, 'falsch-falsch-falsch')).statusCode).toBe(401);
    expect((await emergency.app.inject({ method: 'GET', url: '/api/auth/methods' })).json()).toEqual({
      sso: true,
      passwords: 'admins',
    });
    // Signed in by password: logging out does not send the browser to the provider.
    const out = await emergency.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: cookieOf(adminIn, '__Host-lotse') },
    });
    expect(out.statusCode).toBe(204);
  });
});
