import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const provider = {
  OIDC_ISSUER: 'https://login.jugendamt.example/realms/amt',
  OIDC_CLIENT_ID: 'lotse',
  OIDC_CLIENT_SECRET: 'geheim',
};

describe('single sign-on settings', () => {
  it('is off by default, with password sign-in on', () => {
    const c = loadConfig({});
    expect(c.oidc).toBeUndefined();
    expect(c.localPasswords).toBe('on');
  });

  it('derives the redirect URI from PUBLIC_URL and fills in the defaults', () => {
    const c = loadConfig({ ...provider, PUBLIC_URL: 'https://lotse.amt.example/' });
    expect(c.oidc).toMatchObject({
      issuer: provider.OIDC_ISSUER,
      redirectUri: 'https://lotse.amt.example/api/auth/oidc/callback',
      postLogoutRedirectUri: 'https://lotse.amt.example/fachkraft/login?abgemeldet=1',
      scopes: 'openid profile email',
      userClaim: 'preferred_username',
      rolesClaim: undefined,
      rolesMayGrantAdmin: false,
      mfaAmr: ['mfa', 'otp', 'hwk', 'swk', 'sc', 'fido'],
      mfaAcr: [],
      offices: undefined,
      insecureLoopback: false,
    });
    expect(loadConfig({ ...provider, OIDC_MFA_AMR: 'none' }).oidc?.mfaAmr).toEqual([]);
    expect(loadConfig({ ...provider, OIDC_OFFICES: 'musterstadt, nachbarstadt' }).oidc?.offices).toEqual([
      'musterstadt',
      'nachbarstadt',
    ]);
  });

  it('wants the provider’s three settings together', () => {
    expect(() => loadConfig({ OIDC_ISSUER: provider.OIDC_ISSUER })).toThrow(
      /OIDC_ISSUER, OIDC_CLIENT_ID und OIDC_CLIENT_SECRET gehören zusammen/,
    );
    expect(() => loadConfig({ OIDC_ROLES_CLAIM: 'roles' })).toThrow(
      /OIDC_ROLES_CLAIM wirkt nur zusammen mit/,
    );
  });

  it('allows plain http only for a provider on this machine', () => {
    expect(() => loadConfig({ ...provider, OIDC_ISSUER: 'http://login.jugendamt.example' })).toThrow(
      /https:\/\//,
    );
    expect(
      loadConfig({ ...provider, OIDC_ISSUER: 'http://localhost:8080/realms/amt' }).oidc?.insecureLoopback,
    ).toBe(true);
  });

  it('refuses settings that would lock everyone out or mean nothing', () => {
    expect(() => loadConfig({ LOCAL_PASSWORDS: 'off' })).toThrow(/sonst kann sich niemand anmelden/);
    expect(() => loadConfig({ LOCAL_PASSWORDS: 'vielleicht' })).toThrow(
      /LOCAL_PASSWORDS: on, off oder admins/,
    );
    expect(() => loadConfig({ ...provider, OIDC_SCOPES: 'profile email' })).toThrow(/openid/);
    expect(() => loadConfig({ ...provider, OIDC_ROLES_ADMIN: '1' })).toThrow(/OIDC_ROLES_CLAIM/);
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(() =>
      loadConfig({ ...provider, NODE_ENV: 'production', MASTER_KEY: key, DATABASE_URL: 'postgres://x@h/d' }),
    ).toThrow(/PUBLIC_URL/);
    expect(loadConfig({ ...provider, LOCAL_PASSWORDS: 'admins' }).localPasswords).toBe('admins');
  });
});
