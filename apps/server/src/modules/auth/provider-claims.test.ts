import { describe, expect, it } from 'vitest';
import { claimAt } from '../../platform/auth/oidc.js';
import {
  rolesFromClaim,
  secondFactorByProvider,
  teamNamesFromClaim,
  usernameFrom,
} from './provider-claims.js';
import { safeNext } from './sso-pages.js';

describe('what the identity provider’s claims mean', () => {
  it('finds claims by name, by dotted path, and by URI names that contain dots', () => {
    const claims = {
      resource_access: { lotse: { roles: ['caseworker'] } },
      'http://schemas.microsoft.com/ws/2008/06/identity/claims/role': 'team_lead',
    };
    expect(claimAt(claims, 'resource_access.lotse.roles')).toEqual(['caseworker']);
    expect(claimAt(claims, 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role')).toBe('team_lead');
    expect(claimAt(claims, 'resource_access.other.roles')).toBeUndefined();
  });

  it('takes the username from a non-empty string claim only', () => {
    expect(usernameFrom({ preferred_username: ' anna.asd ' }, 'preferred_username')).toBe('anna.asd');
    expect(usernameFrom({ preferred_username: '' }, 'preferred_username')).toBeNull();
    expect(usernameFrom({ preferred_username: ['a'] }, 'preferred_username')).toBeNull();
    expect(usernameFrom({}, 'upn')).toBeNull();
  });

  it('maps role claims to existing roles only, and never grants or takes admin unless allowed', () => {
    expect(rolesFromClaim(['caseworker', 'LOTSE-TEAM_LEAD', 'chef', 'admin'], ['dpo'], false)).toEqual([
      'caseworker',
      'team_lead',
    ]);
    expect(rolesFromClaim('caseworker planner', ['admin'], false)).toEqual([
      'caseworker',
      'planner',
      'admin',
    ]);
    expect(rolesFromClaim(['caseworker'], ['admin'], true)).toEqual(['caseworker']);
    expect(rolesFromClaim(['admin'], [], true)).toEqual(['admin']);
    // Provider staff belongs to a provider in Lotse: the claim neither gives nor takes it.
    expect(rolesFromClaim(['provider_staff'], [], false)).toEqual([]);
    expect(rolesFromClaim([], ['provider_staff'], false)).toEqual(['provider_staff']);
    expect(rolesFromClaim(undefined, ['caseworker'], false)).toEqual([]);
  });

  it('reads team names, group paths by their last part', () => {
    expect(teamNamesFromClaim(['/Jugendamt/ASD Nord', 'ASD Süd', 7, ''])).toEqual(['ASD Nord', 'ASD Süd']);
    expect(teamNamesFromClaim('ASD Nord')).toEqual(['ASD Nord']);
    expect(teamNamesFromClaim(undefined)).toEqual([]);
  });

  it('counts the provider’s second factor by amr or acr as configured', () => {
    const settings = { mfaAmr: ['mfa', 'otp'], mfaAcr: ['urn:amt:mfa'] };
    expect(secondFactorByProvider({ amr: ['pwd', 'otp'], acr: undefined }, settings)).toBe(true);
    expect(secondFactorByProvider({ amr: ['pwd'], acr: 'urn:amt:mfa' }, settings)).toBe(true);
    expect(secondFactorByProvider({ amr: ['pwd'], acr: '1' }, settings)).toBe(false);
    expect(secondFactorByProvider({ amr: [], acr: undefined }, { mfaAmr: [], mfaAcr: [] })).toBe(false);
  });

  it('returns only to the staff faces’ own paths after sign-in', () => {
    expect(safeNext('/fachkraft/faelle?tab=verlauf')).toBe('/fachkraft/faelle?tab=verlauf');
    expect(safeNext('/admin')).toBe('/admin');
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/fachkraft//evil',
      '/fachkraft/login',
      '/x',
      '/admin"><script>',
      undefined,
    ]) {
      expect(safeNext(bad)).toBe('/fachkraft');
    }
  });
});
