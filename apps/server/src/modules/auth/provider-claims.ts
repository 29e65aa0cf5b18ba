import { type TRole, ZRole } from '@lotse/shared';
import type { OidcConfig } from '../../config.js';
import { claimAt, type ProviderIdentity } from '../../platform/auth/oidc.js';

// What the identity provider's claims mean for Lotse: the account, its roles and teams, the second factor.

/** The Lotse username the provider names, or null when the claim is missing or unusable. */
export function usernameFrom(claims: Record<string, unknown>, claim: string): string | null {
  const value = claimAt(claims, claim);
  if (typeof value !== 'string') return null;
  const name = value.trim();
  return name.length > 0 && name.length <= 100 ? name : null;
}

/** Whether the provider says it checked a second factor: an `amr` or the `acr` the office counts. */
export function secondFactorByProvider(
  identity: Pick<ProviderIdentity, 'amr' | 'acr'>,
  settings: Pick<OidcConfig, 'mfaAmr' | 'mfaAcr'>,
): boolean {
  if (identity.amr.some((method) => settings.mfaAmr.includes(method))) return true;
  return identity.acr !== undefined && settings.mfaAcr.includes(identity.acr);
}

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');

/** Roles a claim cannot give or take: provider staff belong to a provider recorded in Lotse. */
const LOCAL_ONLY: readonly TRole[] = ['provider_staff'];

/**
 * The account's roles after a sign-in with a roles claim: the Lotse roles the claim names (exact
 * names, any case, optionally prefixed `lotse-`, `lotse_`, `lotse.` or `lotse:`), everything else
 * ignored. Administration is never granted or taken by the claim unless `mayGrantAdmin`; provider
 * staff stays as Lotse has it.
 */
export function rolesFromClaim(value: unknown, current: readonly TRole[], mayGrantAdmin: boolean): TRole[] {
  const local = (role: TRole) => LOCAL_ONLY.includes(role) || (role === 'admin' && !mayGrantAdmin);
  const claimed = new Set<TRole>();
  for (const entry of strings(value).flatMap((v) => v.split(/[\s,]+/))) {
    const name = entry.toLowerCase().replace(/^lotse[-_.:]/, '');
    const role = ZRole.safeParse(name);
    if (role.success && !local(role.data)) claimed.add(role.data);
  }
  return ZRole.options.filter((role) => (local(role) ? current.includes(role) : claimed.has(role)));
}

/** Team names from a teams claim; group paths (`/Jugendamt/ASD Nord`) count by their last part. */
export function teamNamesFromClaim(value: unknown): string[] {
  return strings(value)
    .map((v) => v.split('/').filter(Boolean).pop()?.trim() ?? '')
    .filter((name) => name.length > 0 && name.length <= 200);
}
