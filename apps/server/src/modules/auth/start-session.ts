import { createSession, deleteSession } from '../../platform/auth/sessions.js';
import type { AppContext } from '../../platform/context.js';
import type { Scope } from '../../platform/scope.js';

export interface LoginResult {
  token: string;
  userId: string;
  mfaRequired: boolean;
  mfaSetupRequired: boolean;
}

/**
 * Opens a staff session (replacing the caller's previous one) for an account whose identity is proven,
 * by password or by the office's identity provider, and audits the sign-in. The session waits for
 * Lotse's second factor unless the provider confirmed one, or demo mode lets accounts without TOTP in.
 */
export async function startStaffSession(
  ctx: AppContext,
  { tx, audit }: Scope,
  input: {
    userId: string;
    previousSessionId: string | null;
    method: 'password' | 'oidc';
    secondFactorByProvider: boolean;
  },
): Promise<LoginResult> {
  const user = await tx
    .selectFrom('users')
    .select(['tenant_id', 'mfa_enabled', 'roles'])
    .where('id', '=', input.userId)
    .executeTakeFirstOrThrow();
  if (input.previousSessionId) await deleteSession(tx, input.previousSessionId);
  const mfaPassed = input.secondFactorByProvider || (!user.mfa_enabled && ctx.config.demo);
  const token = await createSession(tx, {
    tenantId: user.tenant_id,
    userId: input.userId,
    mfaPassed,
    absoluteSeconds: ctx.config.sessionAbsoluteSeconds,
  });
  await audit({
    actorId: input.userId,
    actorRoles: user.roles,
    action: 'auth.login',
    resourceType: 'session',
    details: {
      mfaPending: !mfaPassed,
      ...(input.method === 'oidc' && {
        method: 'oidc',
        secondFactorByProvider: input.secondFactorByProvider,
      }),
    },
  });
  return {
    token,
    userId: input.userId,
    mfaRequired: !mfaPassed && user.mfa_enabled,
    mfaSetupRequired: !mfaPassed && !user.mfa_enabled,
  };
}
