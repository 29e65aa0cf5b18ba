import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PasskeyChallenges } from '../../platform/auth/passkey-challenges.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { activateFamilyAccount } from '../../test-support/family-account.js';
import { routeRequestsTo, submitIntakeRequest } from '../../test-support/intake.js';
import { buildOffice, type Office, openCase } from '../../test-support/office.js';

// The happy path (a real authenticator signs) runs in Chromium with a virtual authenticator
// (e2e/tests/family-passkey.spec.ts); here: the challenges, the options and every refusal.

let t: TestApp;
let o: Office;
let sandraCookie: string;

const fakeResponse = (id = 'AAAA') => ({
  id,
  rawId: id,
  type: 'public-key',
  response: {
    clientDataJSON: 'e30',
    attestationObject: 'AAAA',
    authenticatorData: 'AAAA',
    signature: 'AAAA',
  },
  clientExtensionResults: {},
});

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  const anna = await loginCookie(t.app, o.anna.username);
  const caseId = await openCase(t.app, anna, o.nord);
  const detail = (
    await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: { cookie: anna } })
  ).json() as { persons: { id: string; firstName: string }[] };
  const sandra = detail.persons.find((p) => p.firstName === 'Sandra')?.id ?? '';
  sandraCookie = (await activateFamilyAccount(t.app, anna, caseId, sandra)).cookie;
});
afterAll(() => t.close());

describe('passkey challenges', () => {
  it('count once, for their purpose and account, and only while fresh and unaltered', async () => {
    const challenges = new PasskeyChallenges(randomBytes(32));
    const echo = (token: string) => Buffer.from(token).toString('base64url');
    const a = challenges.issue('register', 'account-1');
    expect(await challenges.redeem(t.db.app, echo(a), 'login', null)).toBe(false);
    expect(await challenges.redeem(t.db.app, echo(a), 'register', 'account-2')).toBe(false);
    expect(await challenges.redeem(t.db.app, echo(a), 'register', 'account-1')).toBe(true);
    expect(await challenges.redeem(t.db.app, echo(a), 'register', 'account-1')).toBe(false);
    const b = challenges.issue('login', null);
    const tampered = b.replace(/^login\.-\.(\d+)/, (_, ms) => `login.-.${Number(ms) + 60_000}`);
    expect(await challenges.redeem(t.db.app, echo(tampered), 'login', null)).toBe(false);
    const other = new PasskeyChallenges(randomBytes(32));
    expect(await other.redeem(t.db.app, echo(b), 'login', null)).toBe(false);
    expect(await challenges.redeem(t.db.app, 'nicht-base64-!!', 'login', null)).toBe(false);
  });
});

describe('family passkeys', () => {
  it('offers registration options for a discoverable credential of the signed-in account', async () => {
    expect(
      (
        await t.app.inject({ method: 'GET', url: '/api/family/passkeys', headers: { cookie: sandraCookie } })
      ).json(),
    ).toEqual([]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/family/passkeys/options',
      headers: { cookie: sandraCookie },
    });
    expect(res.statusCode, res.body).toBe(200);
    const options = res.json();
    expect(options.rp).toEqual({ name: 'Lotse – Familien-App', id: 'localhost' });
    expect(options.user.name).toBe('Sandra (Lotse)');
    expect(options.authenticatorSelection).toMatchObject({
      residentKey: 'required',
      userVerification: 'required',
    });
    expect(options.challenge.length).toBeGreaterThan(40);
  });

  it('refuses a registration that does not verify, and bad shapes, with 400', async () => {
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/family/passkeys',
      headers: { cookie: sandraCookie },
      payload: fakeResponse(),
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().message).toMatch(/Passkey konnte nicht eingerichtet werden/);
    for (const bad of [
      {},
      { ...fakeResponse(), type: 'password' },
      { ...fakeResponse(), id: 'x'.repeat(2000) },
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/family/passkeys',
        headers: { cookie: sandraCookie },
        payload: bad,
      });
      expect(res.statusCode).toBe(400);
    }
    expect(
      (
        await t.app.inject({ method: 'GET', url: '/api/family/passkeys', headers: { cookie: sandraCookie } })
      ).json(),
    ).toEqual([]);
  });

  it('is only for accounts: a request code and strangers get 404 and 401', async () => {
    await routeRequestsTo(t, o, o.nord);
    const family = await submitIntakeRequest(t);
    const asRequest = await t.app.inject({
      method: 'POST',
      url: '/api/family/passkeys/options',
      headers: { cookie: family.cookie },
    });
    expect(asRequest.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/api/family/passkeys/options' })).statusCode).toBe(
      401,
    );
    const removeUnknown = await t.app.inject({
      method: 'DELETE',
      url: '/api/family/passkeys/7e57ca5e-0000-4000-8000-0000000000ff',
      headers: { cookie: sandraCookie },
    });
    expect(removeUnknown.statusCode).toBe(404);
  });

  it('signs nobody in with an unknown or forged passkey (401, audited)', async () => {
    const options = await t.app.inject({ method: 'POST', url: '/api/family/passkey-login/options' });
    expect(options.statusCode).toBe(200);
    expect(options.json()).toMatchObject({ rpId: 'localhost', userVerification: 'required' });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/family/passkey-login',
      payload: fakeResponse('unbekannt'),
    });
    expect(login.statusCode).toBe(401);
    expect(login.json().message).toMatch(/Code und PIN/);
    expect(login.cookies.find((c) => c.name === '__Host-lotse-family')).toBeUndefined();
  });
});
