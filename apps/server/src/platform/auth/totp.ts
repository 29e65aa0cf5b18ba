import { generate, generateSecret, generateURI, verify } from 'otplib';

const PERIOD = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, username: string, issuer: string): string {
  return generateURI({ issuer, label: username, secret });
}

/**
 * Accepts the current code and one step either side (clock drift of phones), but only from a time
 * step later than `lastAcceptedStep`: a code that was used once cannot be replayed. Returns the
 * time step the code belongs to, or null when it is wrong or already used.
 */
export async function verifyTotp(
  secret: string,
  code: string,
  lastAcceptedStep: number | null,
): Promise<number | null> {
  // otplib throws when the last step lies beyond its window (e.g. after the server clock went back);
  // then no code can be newer, and the answer is simply "wrong".
  const latestStepInWindow = Math.floor((Date.now() / 1000 + PERIOD) / PERIOD);
  if (lastAcceptedStep !== null && lastAcceptedStep >= latestStepInWindow) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: PERIOD,
    ...(lastAcceptedStep !== null && { afterTimeStep: lastAcceptedStep }),
  });
  // The result type also covers HOTP; a TOTP result always carries its time step.
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** The code for now, or for `epochSeconds` (tests use it for the next step). */
export function currentTotp(secret: string, epochSeconds?: number): Promise<string> {
  return generate({ secret, ...(epochSeconds !== undefined && { epoch: epochSeconds }) });
}
