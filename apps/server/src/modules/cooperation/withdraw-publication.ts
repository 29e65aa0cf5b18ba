import type { TPublication } from '@lotse/shared';
import { HttpError } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { canOnPublication } from './policy.js';
import { presentPublication } from './present.js';
import { publicationRow } from './publications.js';

/**
 * Takes an own publication out of the shared space. Copies other offices took stay theirs; the
 * publication stays in the own office's list as withdrawn.
 */
export async function withdrawPublication(scope: ActorScope, id: string): Promise<TPublication> {
  const row = await publicationRow(scope, id);
  const facts = {
    publisherTenant: row.publisher_tenant,
    kind: row.kind,
    withdrawn: row.withdrawn_at !== null,
    importedHere: row.imported_at !== null,
  };
  if (!canOnPublication(scope.actor, 'withdraw', facts)) {
    throw new HttpError(
      403,
      'forbidden',
      facts.withdrawn
        ? 'Die Veröffentlichung ist bereits zurückgezogen.'
        : row.publisher_tenant !== scope.tenantId
          ? `Zurückziehen kann nur das Amt, das veröffentlicht hat (${row.publisher_office}).`
          : 'Veröffentlichungen ziehen nur Teamleitungen und Administrator*innen zurück.',
    );
  }
  // Row-level security binds the update to the own office as well (migration 0034).
  await scope.tx
    .updateTable('cooperation_publications')
    .set({ withdrawn_at: new Date() })
    .where('id', '=', id)
    .where('publisher_tenant', '=', scope.tenantId)
    .execute();
  await scope.audit({ action: 'cooperation.withdraw', resourceType: 'publication', resourceId: id });
  return presentPublication(await publicationRow(scope, id), scope.actor);
}
