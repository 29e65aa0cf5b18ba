import { HttpError } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import type { ProviderLink } from './policy.js';

/** The signed-in provider staff member's organisation; 403 with a way out when the account has none. */
export async function providerLinkOf(scope: ActorScope): Promise<ProviderLink & { providerName: string }> {
  requireOfficeAction(scope.actor, 'work_as_provider');
  const row = await scope.tx
    .selectFrom('provider_staff as s')
    .innerJoin('providers as p', 'p.id', 's.provider_id')
    .select(['s.provider_id', 's.provider_role', 'p.name'])
    .where('s.user_id', '=', scope.actor.userId)
    .executeTakeFirst();
  if (!row) {
    throw new HttpError(
      403,
      'forbidden',
      'Ihr Konto ist noch keinem Träger zugeordnet. Bitte wenden Sie sich an die Administration des Jugendamts.',
    );
  }
  return {
    tenantId: scope.tenantId,
    userId: scope.actor.userId,
    providerId: row.provider_id,
    role: row.provider_role,
    providerName: row.name,
  };
}
