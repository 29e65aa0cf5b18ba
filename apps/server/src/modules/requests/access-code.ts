import { randomInt } from 'node:crypto';
import type { Tx } from '../../db/connection.js';

// No 0/O, 1/I/L: codes are read aloud on the phone and copied from paper.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A code like "K7QM-4XPT" (40 bits) that a family uses with its PIN to come back. */
export function newAccessCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export function normaliseAccessCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return raw.length === 8 ? `${raw.slice(0, 4)}-${raw.slice(4)}` : raw;
}

export function newPin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** A request's code and PIN hash, so a family account can take them over (the family keeps what it knows). */
export async function requestCredentials(
  tx: Tx,
  requestId: string,
): Promise<{ accessCode: string; pinHash: string }> {
  const row = await tx
    .selectFrom('intake_requests')
    .select(['access_code', 'pin_hash'])
    .where('id', '=', requestId)
    .executeTakeFirstOrThrow();
  return { accessCode: row.access_code, pinHash: row.pin_hash };
}
