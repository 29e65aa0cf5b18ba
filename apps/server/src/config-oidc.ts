import { z } from 'zod';

// Settings of single sign-on through the office's identity provider (OpenID Connect), read by config.ts.

/** A claim's name, or a dotted path into nested claims (`resource_access.lotse.roles`); URIs allowed (ADFS). */
const claimName = (setting: string) =>
  z
    .string()
    .regex(
      /^[\x21-\x7e]{1,200}$/,
      `${setting}: Name eines Claims ohne Leerzeichen (z. B. preferred_username)`,
    );
/** Comma-separated values without spaces inside (amr and acr values, office slugs). */
const list = (setting: string, example: string) =>
  z
    .string()
    .regex(
      /^\s*[^\s,]+\s*(,\s*[^\s,]+\s*)*$/,
      `${setting}: Liste von Werten, durch Kommas getrennt (z. B. ${example})`,
    );

export const oidcSettings = {
  OIDC_ISSUER: z
    .url({ protocol: /^https?$/, message: 'OIDC_ISSUER muss eine Adresse sein (https://…)' })
    .optional(),
  OIDC_CLIENT_ID: z.string().max(500, 'OIDC_CLIENT_ID: höchstens 500 Zeichen').optional(),
  OIDC_CLIENT_SECRET: z.string().max(4000, 'OIDC_CLIENT_SECRET: höchstens 4000 Zeichen').optional(),
  OIDC_SCOPES: z
    .string()
    .regex(/^[\x21-\x7e]+( [\x21-\x7e]+)*$/, 'OIDC_SCOPES: durch Leerzeichen getrennte Scopes (openid …)')
    .optional(),
  OIDC_USER_CLAIM: claimName('OIDC_USER_CLAIM').optional(),
  OIDC_ROLES_CLAIM: claimName('OIDC_ROLES_CLAIM').optional(),
  OIDC_ROLES_ADMIN: z.enum(['0', '1'], 'OIDC_ROLES_ADMIN: 0 oder 1').optional(),
  OIDC_TEAMS_CLAIM: claimName('OIDC_TEAMS_CLAIM').optional(),
  OIDC_MFA_AMR: list('OIDC_MFA_AMR', 'mfa,otp,hwk').optional(),
  OIDC_MFA_ACR: list('OIDC_MFA_ACR', 'gold oder urn:…:mfa').optional(),
  OIDC_OFFICES: z
    .string()
    .regex(
      /^\s*[a-z0-9-]+\s*(,\s*[a-z0-9-]+\s*)*$/,
      'OIDC_OFFICES: Kürzel von Jugendämtern (OFFICE_SLUG-Form), durch Kommas getrennt',
    )
    .optional(),
  LOCAL_PASSWORDS: z.enum(['on', 'off', 'admins'], 'LOCAL_PASSWORDS: on, off oder admins').default('on'),
};

const ZOidcSettings = z.object(oidcSettings);
type OidcEnv = z.infer<typeof ZOidcSettings>;

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** Lotse's callback, registered at the provider as redirect URI. */
  redirectUri: string;
  /** Where the provider sends the browser back after its own logout (registered there too). */
  postLogoutRedirectUri: string;
  /** The claim whose value is the Lotse username. */
  userClaim: string;
  /** Roles from this claim replace the account's roles at each sign-in (admin only with `rolesMayGrantAdmin`). */
  rolesClaim: string | undefined;
  rolesMayGrantAdmin: boolean;
  /** Team memberships (by team name) from this claim replace the account's memberships at each sign-in. */
  teamsClaim: string | undefined;
  /** `amr` values that mean the provider checked a second factor. */
  mfaAmr: string[];
  /** `acr` values that mean the provider checked a second factor. */
  mfaAcr: string[];
  /** Slugs of the offices whose accounts may sign in through this provider; undefined: every office. */
  offices: string[] | undefined;
  /** An http:// issuer on this machine (tests, a local Keycloak): plain HTTP to it is allowed. */
  insecureLoopback: boolean;
}

export const DEFAULT_MFA_AMR = 'mfa,otp,hwk,swk,sc,fido';
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const splitList = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * The single sign-on settings, checked together: the provider's three settings belong together, the
 * others need them, and password sign-in may only be switched off when there is another way in.
 * Returns the problem in words instead of throwing, so config.ts reports it like every other setting.
 */
export function oidcConfigOf(
  e: OidcEnv,
  ctx: { publicUrl: string; publicUrlSet: boolean; production: boolean },
): { oidc: OidcConfig | undefined } | { problem: string } {
  const core = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
  const dependent = Object.entries({
    OIDC_SCOPES: e.OIDC_SCOPES,
    OIDC_USER_CLAIM: e.OIDC_USER_CLAIM,
    OIDC_ROLES_CLAIM: e.OIDC_ROLES_CLAIM,
    OIDC_ROLES_ADMIN: e.OIDC_ROLES_ADMIN,
    OIDC_TEAMS_CLAIM: e.OIDC_TEAMS_CLAIM,
    OIDC_MFA_AMR: e.OIDC_MFA_AMR,
    OIDC_MFA_ACR: e.OIDC_MFA_ACR,
    OIDC_OFFICES: e.OIDC_OFFICES,
  })
    .filter(([, value]) => value !== undefined)
    .map(([name]) => name);
  if (core.some(Boolean) && !core.every(Boolean)) {
    return {
      problem:
        'OIDC_ISSUER, OIDC_CLIENT_ID und OIDC_CLIENT_SECRET gehören zusammen: bitte alle drei setzen oder keines.',
    };
  }
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) {
    if (dependent.length > 0) {
      return {
        problem: `${dependent.join(', ')} wirkt nur zusammen mit OIDC_ISSUER, OIDC_CLIENT_ID und OIDC_CLIENT_SECRET.`,
      };
    }
    if (e.LOCAL_PASSWORDS !== 'on') {
      return {
        problem: `LOCAL_PASSWORDS=${e.LOCAL_PASSWORDS} braucht die Anmeldung mit Dienstkonto (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET): sonst kann sich niemand anmelden.`,
      };
    }
    return { oidc: undefined };
  }
  const issuer = new URL(e.OIDC_ISSUER);
  const insecureLoopback = issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
  if (issuer.protocol !== 'https:' && !insecureLoopback) {
    return { problem: 'OIDC_ISSUER muss mit https:// beginnen (http:// nur für localhost).' };
  }
  const scopes = e.OIDC_SCOPES ?? 'openid profile email';
  if (!scopes.split(' ').includes('openid')) {
    return { problem: 'OIDC_SCOPES muss den Scope openid enthalten.' };
  }
  if (e.OIDC_ROLES_ADMIN === '1' && !e.OIDC_ROLES_CLAIM) {
    return { problem: 'OIDC_ROLES_ADMIN=1 wirkt nur zusammen mit OIDC_ROLES_CLAIM.' };
  }
  if (ctx.production && !ctx.publicUrlSet) {
    return {
      problem:
        'Die Anmeldung mit Dienstkonto braucht PUBLIC_URL: daraus entsteht die Redirect-URI (…/api/auth/oidc/callback), die beim Anmeldedienst eingetragen wird.',
    };
  }
  const base = ctx.publicUrl.replace(/\/+$/, '');
  const amr = e.OIDC_MFA_AMR ?? DEFAULT_MFA_AMR;
  return {
    oidc: {
      issuer: e.OIDC_ISSUER,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      scopes,
      redirectUri: `${base}/api/auth/oidc/callback`,
      postLogoutRedirectUri: `${base}/fachkraft/login?abgemeldet=1`,
      userClaim: e.OIDC_USER_CLAIM ?? 'preferred_username',
      rolesClaim: e.OIDC_ROLES_CLAIM,
      rolesMayGrantAdmin: e.OIDC_ROLES_ADMIN === '1',
      teamsClaim: e.OIDC_TEAMS_CLAIM,
      mfaAmr: amr.trim() === 'none' ? [] : splitList(amr),
      mfaAcr: splitList(e.OIDC_MFA_ACR),
      offices: e.OIDC_OFFICES ? splitList(e.OIDC_OFFICES) : undefined,
      insecureLoopback,
    },
  };
}
