import { type KeyObject, sign, verify } from 'node:crypto';
import { TEMPLATE_PACKAGE_FORMAT, type TTemplatePackage, ZTemplatePackageSchema } from '@lotse/shared';
import { z } from 'zod';
import { badRequest } from '../../platform/errors.js';
import { canonicalJson } from './canonical.js';
import { fingerprintOf, readPublicKey } from './signing-key.js';

// Signed template packages: Ed25519 (node:crypto) over the canonical JSON (canonical.ts) of the
// package without its `signature`, so any changed character — in an item, the office's name or the
// key — breaks the signature.

export type UnsignedPackage = Omit<TTemplatePackage, 'signature'>;

/** Signs a package with the office's private key. */
export function signPackage(unsigned: UnsignedPackage, privateKey: KeyObject): TTemplatePackage {
  const signature = sign(null, Buffer.from(canonicalJson(unsigned), 'utf8'), privateKey).toString('base64');
  return { ...unsigned, signature };
}

export interface VerifiedPackage {
  pkg: TTemplatePackage;
  fingerprint: string;
}

const TAMPERED =
  'Die Signatur des Pakets stimmt nicht: Es wurde nach dem Signieren verändert oder ist beschädigt. Bitten Sie das andere Amt um eine neue Datei.';

/**
 * Checks a package exactly as read from the file: the signature over its original JSON with the
 * key it carries, then its structure. Returns the package and the signer's key fingerprint, which
 * the importer still has to compare with what the other office told them.
 */
export function verifyPackage(raw: Record<string, unknown>): VerifiedPackage {
  if (raw.format !== TEMPLATE_PACKAGE_FORMAT || raw.version !== 1)
    throw badRequest('Das ist kein Lotse-Vorlagenpaket (format „lotse-template-package“, version 1).');
  const { signature, ...signed } = raw;
  if (typeof signature !== 'string' || typeof raw.publicKey !== 'string') throw badRequest(TAMPERED);
  const key = readPublicKey(raw.publicKey);
  if (!key) throw badRequest('Der Schlüssel im Paket ist kein gültiger Ed25519-Schlüssel.');
  let valid = false;
  try {
    valid = verify(null, Buffer.from(canonicalJson(signed), 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    // A signature of the wrong length throws: it is as invalid as a wrong one.
    valid = false;
  }
  if (!valid) throw badRequest(TAMPERED);
  const parsed = ZTemplatePackageSchema.safeParse(raw, { error: z.locales.de().localeError });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badRequest(
      `Das Paket ist signiert, passt aber nicht zum Format: ${issue ? `${issue.path.join('.') || 'Paket'}: ${issue.message}` : 'unbekannter Fehler'}.`,
    );
  }
  return { pkg: parsed.data, fingerprint: fingerprintOf(key) };
}
