import type { TRole } from '@lotse/shared';
import { sql } from 'kysely';
import type { OidcConfig } from '../../config.js';
import { NO_TENANT } from '../../platform/audit/events.js';
import { claimAt, type ProviderIdentity } from '../../platform/auth/oidc.js';
import type { AppContext } from '../../platform/context.js';
import { inOfficeScope, type Scope } from '../../platform/scope.js';
import { setMembershipsByTeamName } from '../tenancy/index.js';
import {
  rolesFromClaim,
  secondFactorByProvider,
  teamNamesFromClaim,
  usernameFrom,
} from './provider-claims.js';
import { type LoginResult, startStaffSession } from './start-session.js';

/** Why an account the provider vouched for does not get in: no such account (here), locked, no role. */
export type ProviderSignInRefusal = 'unknown' | 'disabled' | 'no_role';

export class ProviderSignInRefused extends Error {
  constructor(readonly reason: ProviderSignInRefusal) {
    super(`sign-in through the identity provider refused: ${reason}`);
  }
}

/**
 * Signs in the Lotse account the identity provider vouched for (its user claim is the username),
 * takes its roles and teams from the claims where the office configured that, and opens a session like
 * a password sign-in: the provider's second factor counts when its amr/acr say so, otherwise Lotse's
 * TOTP step follows. Refusals are audited and thrown as `ProviderSignInRefused`.
 */
export async function signInWithProvider(
  ctx: AppContext,
  settings: OidcConfig,
  input: { identity: ProviderIdentity; ip: string; previousSessionId: string | null },
): Promise<LoginResult> {
  const { identity } = input;
  const username = usernameFrom(identity.claims, settings.userClaim);
  const account = username
    ? (
        await sql<{ tenant_id: string; user_id: string; disabled: boolean }>`
          SELECT tenant_id, user_id, disabled FROM lotse_login_account(${username})`.execute(ctx.db.app)
      ).rows[0]
    : undefined;
  if (!account) {
    await inOfficeScope(ctx, NO_TENANT, input.ip, ({ audit }) =>
      audit({
        action: 'auth.login_failed',
        resourceType: 'session',
        outcome: 'failed',
        details: {
          method: 'oidc',
          reason: username ? 'unknown_account' : 'claim_missing',
          ...(username ? { username } : { claim: settings.userClaim }),
        },
      }),
    );
    throw new ProviderSignInRefused('unknown');
  }
  const outcome = await inOfficeScope(ctx, account.tenant_id, input.ip, async (scope) => {
    const refuse = async (reason: string, refusal: ProviderSignInRefusal) => {
      await scope.audit({
        actorId: account.user_id,
        action: 'auth.login_failed',
        resourceType: 'session',
        outcome: 'failed',
        details: { method: 'oidc', reason },
      });
      return refusal;
    };
    if (!(await officeAllowed(scope, settings))) return refuse('office_not_allowed', 'unknown');
    if (account.disabled) return refuse('disabled', 'disabled');
    if (!(await applyClaims(scope, settings, account.user_id, identity.claims))) {
      return refuse('no_role_in_claim', 'no_role');
    }
    return startStaffSession(ctx, scope, {
      userId: account.user_id,
      previousSessionId: input.previousSessionId,
      method: 'oidc',
      secondFactorByProvider: secondFactorByProvider(identity, settings),
    });
  });
  if (typeof outcome === 'string') throw new ProviderSignInRefused(outcome);
  return outcome;
}

async function officeAllowed({ tx, tenantId }: Scope, settings: OidcConfig): Promise<boolean> {
  if (!settings.offices) return true;
  const office = await tx.selectFrom('tenants').select('slug').where('id', '=', tenantId).executeTakeFirst();
  return office !== undefined && settings.offices.includes(office.slug);
}

/**
 * Takes roles and teams from the claims when the office configured claims for them; audits what
 * changed. False when the roles claim leaves the account without any role (then nothing changes).
 */
async function applyClaims(
  { tx, tenantId, audit }: Scope,
  settings: OidcConfig,
  userId: string,
  claims: Record<string, unknown>,
): Promise<boolean> {
  if (!settings.rolesClaim && !settings.teamsClaim) return true;
  const user = await tx
    .selectFrom('users')
    .select('roles')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const before = user.roles as TRole[];
  let roles = before;
  if (settings.rolesClaim) {
    roles = rolesFromClaim(claimAt(claims, settings.rolesClaim), before, settings.rolesMayGrantAdmin);
    if (roles.length === 0) return false;
  }
  const rolesChanged = roles.length !== before.length || roles.some((r) => !before.includes(r));
  if (rolesChanged) await tx.updateTable('users').set({ roles }).where('id', '=', userId).execute();
  const teams = settings.teamsClaim
    ? await setMembershipsByTeamName(
        tx,
        tenantId,
        userId,
        teamNamesFromClaim(claimAt(claims, settings.teamsClaim)),
      )
    : undefined;
  const teamsChanged = teams && (teams.joined.length > 0 || teams.left.length > 0);
  if (rolesChanged || teamsChanged || (teams && teams.unknown.length > 0)) {
    await audit({
      actorId: userId,
      actorRoles: roles,
      action: 'auth.claims_applied',
      resourceType: 'user',
      resourceId: userId,
      details: {
        ...(rolesChanged && { rolesBefore: before, rolesAfter: roles }),
        ...(teams && { teamsJoined: teams.joined, teamsLeft: teams.left }),
        ...(teams && teams.unknown.length > 0 && { unknownTeams: teams.unknown.slice(0, 20) }),
      },
    });
  }
  return true;
}
