import type { TChallenge } from '@lotse/shared';

export interface PowSolution {
  algorithm: 'SHA-256';
  challenge: string;
  salt: string;
  signature: string;
  number: number;
}

const BATCH = 64;

function toHex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Lets the browser paint and handle taps between batches, so the page stays responsive. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Solves an ALTCHA-style challenge: finds `number` in 0..maxnumber with
 * hex(SHA-256(salt + number)) === challenge. Hashes run in small parallel batches through
 * WebCrypto; between batches the loop yields to the browser. Throws if no number fits.
 */
export async function solveChallenge(challenge: TChallenge, signal?: AbortSignal): Promise<PowSolution> {
  const encoder = new TextEncoder();
  const target = challenge.challenge.toLowerCase();
  for (let start = 0; start <= challenge.maxnumber; start += BATCH) {
    signal?.throwIfAborted();
    const end = Math.min(start + BATCH - 1, challenge.maxnumber);
    const candidates: number[] = [];
    for (let n = start; n <= end; n++) candidates.push(n);
    const digests = await Promise.all(
      candidates.map((n) => crypto.subtle.digest('SHA-256', encoder.encode(challenge.salt + n))),
    );
    const hit = digests.findIndex((digest) => toHex(digest) === target);
    if (hit >= 0) {
      return {
        algorithm: challenge.algorithm,
        challenge: challenge.challenge,
        salt: challenge.salt,
        signature: challenge.signature,
        number: start + hit,
      };
    }
    if ((start / BATCH) % 16 === 15) await nextTask();
  }
  throw new Error('Proof of work: keine Lösung im erlaubten Bereich');
}
