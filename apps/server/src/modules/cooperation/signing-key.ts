import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import type { ActorScope, Scope } from '../../platform/scope.js';

// The office's Ed25519 key pair for signed template packages (node:crypto). The private key is
// sealed with the office's data key (KeyRing through scope.sealed); the public key goes into
// every package, and its fingerprint is what partner offices compare.

const keyContext = (tenantId: string) => `cooperation-key:${tenantId}`;

/**
 * The fingerprint of a public key: SHA-256 of its DER (SPKI) encoding, the first 128 bits as eight
 * groups of four hex digits ("3F2A 9C01 …") — short enough to read out on the phone.
 */
export function fingerprintOf(key: KeyObject): string {
  const der = key.export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32).toUpperCase();
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}

/** A fingerprint as typed by a person: spaces, colons and case do not matter. */
export const normalFingerprint = (text: string) => text.replace(/[^0-9a-f]/gi, '').toUpperCase();

export interface OfficeKey {
  publicKey: string;
  fingerprint: string;
  createdAt: string;
  privateKey: KeyObject;
}

/** The office's fingerprint if it has a key yet (null otherwise); creates nothing. */
export async function existingFingerprint(scope: Scope): Promise<string | null> {
  const row = await scope.tx.selectFrom('cooperation_keys').select('fingerprint').executeTakeFirst();
  return row?.fingerprint ?? null;
}

/** The office's signing key, created on first use. */
export async function officeKey(scope: ActorScope): Promise<OfficeKey> {
  let row = await scope.tx
    .selectFrom('cooperation_keys')
    .select(['public_key', 'private_key_enc', 'fingerprint', 'created_at'])
    .executeTakeFirst();
  if (!row) {
    const pair = generateKeyPairSync('ed25519');
    const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await scope.tx
      .insertInto('cooperation_keys')
      .values({
        tenant_id: scope.tenantId,
        public_key: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        private_key_enc: await scope.sealed.seal(privatePem, keyContext(scope.tenantId)),
        fingerprint: fingerprintOf(pair.publicKey),
      })
      .onConflict((oc) => oc.column('tenant_id').doNothing())
      .execute();
    // Another request may have created it first: use what is stored.
    row = await scope.tx
      .selectFrom('cooperation_keys')
      .select(['public_key', 'private_key_enc', 'fingerprint', 'created_at'])
      .executeTakeFirstOrThrow();
  }
  const privatePem = await scope.sealed.open(row.private_key_enc, keyContext(scope.tenantId));
  return {
    publicKey: row.public_key,
    fingerprint: row.fingerprint,
    createdAt: new Date(row.created_at).toISOString(),
    privateKey: createPrivateKey(privatePem),
  };
}

/** A public key from a package, or null if it is no Ed25519 key in PEM. */
export function readPublicKey(pem: string): KeyObject | null {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    // Not a key at all: the caller answers 400 as for a key of the wrong type.
    return null;
  }
}
