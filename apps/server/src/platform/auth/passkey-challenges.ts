import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../db/schema.js';

const VALID_MINUTES = 5;

export type PasskeyPurpose = 'register' | 'login';

/**
 * WebAuthn challenges without server state between the two steps: a random nonce with its purpose,
 * the account it is for (registration) and its expiry, signed with a key derived from the master key.
 * Each challenge counts once (`used_challenges`, shared with the proof of work).
 */
export class PasskeyChallenges {
  private readonly key: Buffer;

  constructor(masterKey: Buffer) {
    this.key = createHmac('sha256', masterKey).update('lotse:passkey-challenge').digest();
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }

  /** A new challenge for `purpose` (and, for a registration, the account it belongs to). */
  issue(purpose: PasskeyPurpose, subject: string | null): string {
    const expires = Date.now() + VALID_MINUTES * 60_000;
    const body = [purpose, subject ?? '-', expires, randomBytes(16).toString('base64url')].join('.');
    return `${body}.${this.sign(body)}`;
  }

  /**
   * True when `clientChallenge` (base64url, as the browser echoes it) is one we issued for this
   * purpose and subject, unexpired, and not used before. `db` is the caller's transaction when it has
   * one (on the embedded database a second connection would wait for it).
   */
  async redeem(
    db: Kysely<Database>,
    clientChallenge: string,
    purpose: PasskeyPurpose,
    subject: string | null,
  ): Promise<boolean> {
    const token = Buffer.from(clientChallenge, 'base64url').toString('utf8');
    const parts = token.split('.');
    if (parts.length !== 5) return false;
    const [p, s, expires, , signature] = parts as [string, string, string, string, string];
    const body = parts.slice(0, 4).join('.');
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
    if (p !== purpose || s !== (subject ?? '-') || Number(expires) < Date.now()) return false;
    const inserted = await sql<{ challenge: string }>`
      INSERT INTO used_challenges (challenge, expires_at)
      VALUES (${`passkey:${token}`}, now() + make_interval(mins => ${VALID_MINUTES}))
      ON CONFLICT DO NOTHING RETURNING challenge`.execute(db);
    return inserted.rows.length === 1;
  }
}
