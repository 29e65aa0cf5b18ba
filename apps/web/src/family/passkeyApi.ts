/**
 * Passkeys of a family account: set one up in "Meine Akte", sign in with it at /zurueck. The browser
 * part (@simplewebauthn/browser) is loaded only when someone uses a passkey.
 */
import { type TFamilyPasskey, ZFamilyPasskeySchema } from '@lotse/shared';
import { z } from 'zod';
import { api } from '../api/client.ts';

const ZOptions = z.record(z.string(), z.unknown());

/** Whether this browser can use passkeys at all (WebAuthn in a secure context). */
export const passkeysSupported = (): boolean =>
  typeof window !== 'undefined' && window.isSecureContext && 'PublicKeyCredential' in window;

/** The person closed the device's dialog or the device refused: not an error to report loudly. */
export const isPasskeyCancel = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError');

export function fetchPasskeys(signal?: AbortSignal): Promise<TFamilyPasskey[]> {
  return api('/api/family/passkeys', { signal, schema: ZFamilyPasskeySchema.array() });
}

export async function addPasskey(): Promise<TFamilyPasskey[]> {
  const options = await api('/api/family/passkeys/options', { method: 'POST', schema: ZOptions });
  const { startRegistration } = await import('@simplewebauthn/browser');
  const response = await startRegistration({ optionsJSON: options as never });
  return api('/api/family/passkeys', {
    method: 'POST',
    body: response,
    schema: ZFamilyPasskeySchema.array(),
  });
}

export function removePasskey(id: string): Promise<TFamilyPasskey[]> {
  return api(`/api/family/passkeys/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    schema: ZFamilyPasskeySchema.array(),
  });
}

/** Signs in with a passkey of this device; the family session starts as with code and PIN. */
export async function signInWithPasskey(): Promise<void> {
  const options = await api('/api/family/passkey-login/options', { method: 'POST', schema: ZOptions });
  const { startAuthentication } = await import('@simplewebauthn/browser');
  const response = await startAuthentication({ optionsJSON: options as never });
  await api('/api/family/passkey-login', {
    method: 'POST',
    body: response,
    schema: z.object({ ok: z.literal(true), kind: z.literal('account') }),
  });
}
