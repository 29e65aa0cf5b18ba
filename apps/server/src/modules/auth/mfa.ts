import type { Actor } from '../../platform/actor.js';
import { createSession, deleteSession } from '../../platform/auth/sessions.js';
import { recordFailure, staffKeys, waitSeconds } from '../../platform/auth/throttle.js';
import { newTotpSecret, totpUri, verifyTotp } from '../../platform/auth/totp.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, HttpError, RetryLaterError } from '../../platform/errors.js';
import { type ActorScope, inScopeOf } from '../../platform/scope.js';

const totpContext = (userId: string) => `totp:${userId}`;

/**
 * Checks the second factor of a half-open session. `enrol` finishes a pending TOTP set-up.
 * On success the session is replaced by a new one (rotation) that is fully signed in.
 */
export async function confirmMfa(
  ctx: AppContext,
  actor: Actor,
  input: { code: string; ip: string; enrol: boolean },
): Promise<string> {
  const throttle = staffKeys(actor.username, input.ip);
  const wait = await waitSeconds(ctx.db, throttle);
  if (wait > 0) throw new RetryLaterError(wait);
  const result = await inScopeOf(ctx, actor, input.ip, async ({ tx, audit }) => {
    const user = await tx
      .selectFrom('users')
      .select(['totp_secret_enc', 'mfa_enabled', 'totp_last_step'])
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    if (input.enrol && user.mfa_enabled)
      throw conflict('Die Zwei-Faktor-Anmeldung ist bereits eingerichtet.');
    if (!input.enrol && !user.mfa_enabled) {
      throw new HttpError(
        409,
        'mfa_not_enabled',
        'Für dieses Konto ist noch kein zweiter Faktor eingerichtet.',
      );
    }
    if (!user.totp_secret_enc) {
      throw new HttpError(
        409,
        'mfa_setup_missing',
        'Bitte starten Sie zuerst die Einrichtung des zweiten Faktors.',
      );
    }
    const secret = await ctx.keys.decryptText(
      tx,
      actor.tenantId,
      user.totp_secret_enc,
      totpContext(actor.userId),
    );
    const step = await verifyTotp(secret, input.code, user.totp_last_step);
    // Claiming the step is conditional, so two requests racing with the same code cannot both win.
    const claimed =
      step !== null &&
      (await tx
        .updateTable('users')
        .set({ totp_last_step: step, ...(input.enrol && { mfa_enabled: true }) })
        .where('id', '=', actor.userId)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .returning('id')
        .executeTakeFirst());
    if (!claimed) {
      // A replayed code gets the same answer as a wrong one.
      await audit({
        action: 'auth.mfa_failed',
        resourceType: 'session',
        outcome: 'failed',
      });
      return null;
    }
    await deleteSession(tx, actor.sessionId);
    const token = await createSession(tx, {
      tenantId: actor.tenantId,
      userId: actor.userId,
      mfaPassed: true,
      absoluteSeconds: ctx.config.sessionAbsoluteSeconds,
    });
    await audit({ action: input.enrol ? 'auth.mfa_enabled' : 'auth.mfa', resourceType: 'session' });
    return token;
  });
  if (!result) {
    await recordFailure(ctx.db, throttle);
    throw new HttpError(
      401,
      'invalid_code',
      'Der Code stimmt nicht. Bitte geben Sie den aktuellen Code ein.',
    );
  }
  return result;
}

/** Starts TOTP enrolment: stores a new secret (encrypted) and returns it for the authenticator app. */
export async function startMfaSetup(
  ctx: AppContext,
  { tx, actor }: ActorScope,
): Promise<{ secret: string; otpauthUrl: string }> {
  const user = await tx
    .selectFrom('users')
    .select('mfa_enabled')
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (user.mfa_enabled) throw conflict('Die Zwei-Faktor-Anmeldung ist bereits eingerichtet.');
  const secret = newTotpSecret();
  await tx
    .updateTable('users')
    .set({ totp_secret_enc: await ctx.keys.encrypt(tx, actor.tenantId, secret, totpContext(actor.userId)) })
    .where('id', '=', actor.userId)
    .execute();
  return { secret, otpauthUrl: totpUri(secret, actor.username, 'Lotse') };
}
