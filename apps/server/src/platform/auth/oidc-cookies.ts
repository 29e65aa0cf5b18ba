import { z } from 'zod';
import type { KeyRing } from '../crypto.js';
import type { PendingSignIn } from './oidc.js';

/**
 * The sign-in on its way through the provider (state, nonce, PKCE verifier, where to go afterwards):
 * SameSite=Lax, because the provider's redirect back is a cross-site navigation that must carry it.
 */
export const SSO_PENDING_COOKIE = '__Host-lotse-sso-pending';
/** Which account signed in through the provider, and its ID token as logout hint (SameSite=Strict). */
export const SSO_LOGOUT_COOKIE = '__Host-lotse-sso';

const PENDING = 'oidc-pending-sign-in';
const LOGOUT = 'oidc-logout-hint';
/** Browsers keep cookies up to 4096 bytes; a larger ID token is left out of the logout hint. */
const MAX_COOKIE_CHARS = 3800;

const ZPending = z.object({
  state: z.string().min(20),
  nonce: z.string().min(20),
  codeVerifier: z.string().min(43),
  next: z.string(),
  expires: z.number(),
});
const ZLogoutHint = z.object({ userId: z.string(), idToken: z.string().optional() });

/** Encrypts the pending sign-in (AES-GCM with an installation key derived from the master key). */
export function sealPendingSignIn(keys: KeyRing, pending: PendingSignIn): string {
  return keys.encryptShared(PENDING, JSON.stringify(pending), 'v1').toString('base64url');
}

/** The pending sign-in from its cookie, or null when it is missing, forged, unreadable or expired. */
export function openPendingSignIn(keys: KeyRing, value: string | undefined): PendingSignIn | null {
  const parsed = ZPending.safeParse(open(keys, PENDING, value));
  if (!parsed.success || parsed.data.expires < Date.now()) return null;
  return parsed.data;
}

/** The logout hint for an account signed in through the provider. */
export function sealLogoutHint(keys: KeyRing, hint: { userId: string; idToken: string }): string {
  const full = keys.encryptShared(LOGOUT, JSON.stringify(hint), 'v1').toString('base64url');
  if (full.length <= MAX_COOKIE_CHARS) return full;
  return keys.encryptShared(LOGOUT, JSON.stringify({ userId: hint.userId }), 'v1').toString('base64url');
}

export function openLogoutHint(
  keys: KeyRing,
  value: string | undefined,
): { userId: string; idToken?: string } | null {
  const parsed = ZLogoutHint.safeParse(open(keys, LOGOUT, value));
  return parsed.success ? parsed.data : null;
}

function open(keys: KeyRing, purpose: string, value: string | undefined): unknown {
  if (!value || value.length > 6000) return null;
  try {
    return JSON.parse(keys.decryptShared(purpose, Buffer.from(value, 'base64url'), 'v1').toString('utf8'));
  } catch {
    return null; // forged, cut or from another installation: the same as no cookie
  }
}
