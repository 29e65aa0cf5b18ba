import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tx } from '../db/connection.js';

// Envelope encryption with Node's crypto (OpenSSL): AES-256-GCM, per-tenant data keys wrapped by
// the master key. Ciphertext layout: [format=1][key version u32][iv 12][tag 16][ciphertext].
const FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + 4 + IV_BYTES + TAG_BYTES;
/** The version of the installation-wide keys (`encryptShared`); a new one would derive new keys. */
const SHARED_KEY_VERSION = 1;

function seal(key: Buffer, plaintext: Buffer, aad: string): { iv: Buffer; tag: Buffer; ciphertext: Buffer } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

function open(key: Buffer, iv: Buffer, tag: Buffer, ciphertext: Buffer, aad: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

/** Holds the master key and the unwrapped per-tenant data keys of this process. */
export class KeyRing {
  private readonly dataKeys = new Map<string, { version: number; key: Buffer }>();
  private readonly indexKeys = new Map<string, Buffer>();
  private readonly sharedKeys = new Map<string, Buffer>();

  constructor(private readonly masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('Der Hauptschlüssel muss 32 Byte lang sein');
  }

  /** The tenant's current data key; created and stored (wrapped) on first use. */
  async dataKey(tx: Tx, tenantId: string): Promise<{ version: number; key: Buffer }> {
    const cached = this.dataKeys.get(tenantId);
    if (cached) return cached;
    const row = await tx
      .selectFrom('tenant_keys')
      .select(['version', 'wrapped_key'])
      .where('tenant_id', '=', tenantId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (row) {
      const entry = {
        version: row.version,
        key: this.unwrap(tenantId, row.version, Buffer.from(row.wrapped_key)),
      };
      this.dataKeys.set(tenantId, entry);
      return entry;
    }
    const key = randomBytes(32);
    await tx
      .insertInto('tenant_keys')
      .values({ tenant_id: tenantId, version: 1, wrapped_key: this.wrap(tenantId, 1, key) })
      .onConflict((oc) => oc.doNothing())
      .execute();
    // Another process may have won the race: read back what is stored.
    const stored = await tx
      .selectFrom('tenant_keys')
      .select('wrapped_key')
      .where('tenant_id', '=', tenantId)
      .where('version', '=', 1)
      .executeTakeFirstOrThrow();
    // Not cached: this transaction may still roll back and take the new key with it.
    return { version: 1, key: this.unwrap(tenantId, 1, Buffer.from(stored.wrapped_key)) };
  }

  private async keyByVersion(tx: Tx, tenantId: string, version: number): Promise<Buffer> {
    const current = await this.dataKey(tx, tenantId);
    if (current.version === version) return current.key;
    const row = await tx
      .selectFrom('tenant_keys')
      .select('wrapped_key')
      .where('tenant_id', '=', tenantId)
      .where('version', '=', version)
      .executeTakeFirstOrThrow();
    return this.unwrap(tenantId, version, Buffer.from(row.wrapped_key));
  }

  /** Encrypts `plaintext` for the tenant; `context` binds the ciphertext to its place (e.g. entry id). */
  async encrypt(tx: Tx, tenantId: string, plaintext: Buffer | string, context: string): Promise<Buffer> {
    const { version, key } = await this.dataKey(tx, tenantId);
    const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
    const { iv, tag, ciphertext } = seal(key, data, `${tenantId}|${context}`);
    const header = Buffer.alloc(5);
    header.writeUInt8(FORMAT, 0);
    header.writeUInt32BE(version, 1);
    return Buffer.concat([header, iv, tag, ciphertext]);
  }

  async decrypt(tx: Tx, tenantId: string, blob: Uint8Array, context: string): Promise<Buffer> {
    const buf = Buffer.from(blob);
    if (buf.length < HEADER_BYTES || buf.readUInt8(0) !== FORMAT)
      throw new Error('Unbekanntes Chiffrat-Format');
    const version = buf.readUInt32BE(1);
    const key = await this.keyByVersion(tx, tenantId, version);
    const iv = buf.subarray(5, 5 + IV_BYTES);
    const tag = buf.subarray(5 + IV_BYTES, HEADER_BYTES);
    return open(key, iv, tag, buf.subarray(HEADER_BYTES), `${tenantId}|${context}`);
  }

  async decryptText(tx: Tx, tenantId: string, blob: Uint8Array, context: string): Promise<string> {
    return (await this.decrypt(tx, tenantId, blob, context)).toString('utf8');
  }

  /**
   * A keyed blind index of one search token (HMAC-SHA-256 with a per-tenant key derived from the
   * master key, truncated to 128 bits): equal tokens give equal values, so encrypted names stay
   * searchable, but the database cannot reverse or recompute them. It does reveal which rows share
   * a token (docs/decisions/0013).
   */
  blindIndex(tenantId: string, token: string): string {
    let key = this.indexKeys.get(tenantId);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.masterKey, tenantId, 'lotse:blind-index', 32));
      this.indexKeys.set(tenantId, key);
    }
    return createHmac('sha256', key).update(token, 'utf8').digest('hex').slice(0, 32);
  }

  /**
   * Encrypts records that several offices read (e.g. messages between offices), which no one office's
   * key may lock: AES-256-GCM as `encrypt`, with an installation-wide data key per `purpose` derived
   * from the master key (HKDF, like the blind-index keys), so it is never stored and never an office's.
   */
  encryptShared(purpose: string, plaintext: Buffer | string, context: string): Buffer {
    const version = SHARED_KEY_VERSION;
    const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
    const { iv, tag, ciphertext } = seal(
      this.sharedKey(purpose, version),
      data,
      `shared:${purpose}|${context}`,
    );
    const header = Buffer.alloc(5);
    header.writeUInt8(FORMAT, 0);
    header.writeUInt32BE(version, 1);
    return Buffer.concat([header, iv, tag, ciphertext]);
  }

  /** Decrypts what `encryptShared` sealed for the same purpose and context. */
  decryptShared(purpose: string, blob: Uint8Array, context: string): Buffer {
    const buf = Buffer.from(blob);
    if (buf.length < HEADER_BYTES || buf.readUInt8(0) !== FORMAT)
      throw new Error('Unbekanntes Chiffrat-Format');
    const key = this.sharedKey(purpose, buf.readUInt32BE(1));
    const iv = buf.subarray(5, 5 + IV_BYTES);
    const tag = buf.subarray(5 + IV_BYTES, HEADER_BYTES);
    return open(key, iv, tag, buf.subarray(HEADER_BYTES), `shared:${purpose}|${context}`);
  }

  private sharedKey(purpose: string, version: number): Buffer {
    const id = `${purpose}|${version}`;
    let key = this.sharedKeys.get(id);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.masterKey, purpose, `lotse:shared-data-key:v${version}`, 32));
      this.sharedKeys.set(id, key);
    }
    return key;
  }

  private wrap(tenantId: string, version: number, key: Buffer): Buffer {
    const { iv, tag, ciphertext } = seal(this.masterKey, key, `wrap|${tenantId}|${version}`);
    return Buffer.concat([iv, tag, ciphertext]);
  }

  private unwrap(tenantId: string, version: number, wrapped: Buffer): Buffer {
    return open(
      this.masterKey,
      wrapped.subarray(0, IV_BYTES),
      wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES),
      wrapped.subarray(IV_BYTES + TAG_BYTES),
      `wrap|${tenantId}|${version}`,
    );
  }
}

/**
 * The master key from config; in demo mode, generated once into DATA_DIR/master.key.
 * Returns the key and whether it was generated (the caller warns).
 */
export function resolveMasterKey(configured: string | undefined, dataDir: string, demo: boolean) {
  if (configured) return { key: Buffer.from(configured, 'base64'), generated: false };
  if (!demo) throw new Error('MASTER_KEY fehlt');
  const file = join(dataDir, 'master.key');
  if (existsSync(file))
    return { key: Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'), generated: false };
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  return { key, generated: true };
}
