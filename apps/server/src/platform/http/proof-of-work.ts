import { createHmac } from 'node:crypto';
import type { TChallenge } from '@lotse/shared';
import { createChallenge, verifySolution } from 'altcha-lib/v1';
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';

// ALTCHA-style proof of work (self-hosted, no third party): the browser searches a number whose
// SHA-256 with the salt matches the challenge. ~50 k tries take a phone about a second.
const MAX_NUMBER = 50_000;
const VALID_MINUTES = 10;

export class ProofOfWork {
  private readonly hmacKey: string;

  constructor(masterKey: Buffer) {
    this.hmacKey = createHmac('sha256', masterKey).update('lotse:proof-of-work').digest('hex');
  }

  async challenge(): Promise<TChallenge> {
    const c = await createChallenge({
      hmacKey: this.hmacKey,
      maxNumber: MAX_NUMBER,
      expires: new Date(Date.now() + VALID_MINUTES * 60_000),
    });
    return {
      algorithm: 'SHA-256',
      challenge: c.challenge,
      salt: c.salt,
      maxnumber: c.maxnumber ?? MAX_NUMBER,
      signature: c.signature,
    };
  }

  /** True when the solution is right, unexpired and not used before (each challenge counts once). */
  async accept(
    db: Db,
    solution: { algorithm: 'SHA-256'; challenge: string; salt: string; signature: string; number: number },
  ) {
    const valid = await verifySolution(solution, this.hmacKey, true).catch(() => false);
    if (!valid) return false;
    await sql`DELETE FROM used_challenges WHERE expires_at < now()`.execute(db.app);
    const inserted = await sql<{ challenge: string }>`
      INSERT INTO used_challenges (challenge, expires_at)
      VALUES (${solution.challenge}, now() + make_interval(mins => ${VALID_MINUTES}))
      ON CONFLICT DO NOTHING RETURNING challenge`.execute(db.app);
    return inserted.rows.length === 1;
  }
}
