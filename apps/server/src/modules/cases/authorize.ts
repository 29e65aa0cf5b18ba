import type { TCaseAction } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import type { Actor } from '../../platform/actor.js';
import { HttpError } from '../../platform/errors.js';
import { NotVisibleError } from '../../platform/scope.js';
import { type CaseFacts, can } from './policy.js';
import { loadCaseFacts } from './queries.js';

/**
 * Loads a case's facts and checks the policy. A case the actor may not read does not exist for
 * them (404). On a case they can read, a refused action gets a clear 403 saying why.
 */
export async function authorizeCase(
  tx: Tx,
  actor: Actor,
  caseId: string,
  action: TCaseAction,
): Promise<CaseFacts & { id: string }> {
  const facts = await loadCaseFacts(tx, caseId);
  if (!facts || !can(actor, 'read', facts)) throw new NotVisibleError('case', caseId);
  if (!can(actor, action, facts)) {
    const message =
      action === 'assign'
        ? 'Zuständigkeiten kann nur die Teamleitung ändern.'
        : facts.status === 'closed'
          ? 'Der Fall ist abgeschlossen. Öffnen Sie ihn wieder, um etwas zu ändern.'
          : 'Diese Aktion ist für Sie in diesem Fall nicht erlaubt.';
    throw new HttpError(403, 'forbidden', message);
  }
  return facts;
}
