import type { TProtectionAction, TProtectionStatus } from '@lotse/shared';
import { HttpError } from '../../platform/errors.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { authorizeCase } from '../cases/index.js';
import { canOnProcedure, type ProtectionResource } from './policy.js';

/** What the case policy lets the actor do with the case: read it, or also work on it. */
export async function caseAccessOf(scope: ActorScope, caseId: string): Promise<'read' | 'update'> {
  await authorizeCase(scope.tx, scope.actor, caseId, 'read');
  try {
    await authorizeCase(scope.tx, scope.actor, caseId, 'update');
    return 'update';
  } catch (error) {
    if (error instanceof HttpError && error.status === 403) return 'read';
    throw error;
  }
}

const refusals: Record<TProtectionAction, string> = {
  read: 'Kein Zugriff auf dieses Verfahren.',
  edit: 'Dieses Verfahren kann nicht mehr geändert werden.',
  propose_result: 'Ein Ergebnis kann hier nicht vorgeschlagen werden.',
  sign_off: 'Diese Freigabe ist nicht möglich.',
  edit_survey: 'Die Statistikangaben können Sie hier nicht ändern.',
};

/** Why an action on a visible procedure is refused, in words a person can act on. */
function refusalFor(action: TProtectionAction, r: ProtectionResource, actorId: string): HttpError {
  if (r.caseAccess !== 'update')
    return new HttpError(
      403,
      'forbidden',
      'Sie dürfen diesen Fall lesen, aber nicht bearbeiten (z. B. weil er abgeschlossen ist).',
    );
  if (r.status === 'closed')
    return new HttpError(
      409,
      'conflict',
      'Das Verfahren ist abgeschlossen und freigegeben; es ändert sich nicht mehr. Bei neuen Hinweisen erfassen Sie eine neue Meldung.',
    );
  if (action === 'sign_off' && r.status === 'awaiting_sign_off' && r.proposedBy === actorId)
    return new HttpError(
      409,
      'conflict',
      'Die zweite Freigabe muss eine andere Fachkraft geben: Sie haben das Ergebnis selbst vorgeschlagen (Vier-Augen-Prinzip).',
    );
  if (action === 'sign_off' && r.status === 'open')
    return new HttpError(
      409,
      'conflict',
      'Es gibt noch keinen Ergebnisvorschlag, der freigegeben werden könnte.',
    );
  return new HttpError(409, 'conflict', refusals[action]);
}

/**
 * Loads a procedure and checks the policy. A procedure of a case the actor may not see does not
 * exist for them (404); a refused action on a visible one gets a 403/409 that says why.
 */
export async function authorizeProcedure(scope: ActorScope, procedureId: string, action: TProtectionAction) {
  const row = await scope.tx
    .selectFrom('protection_procedures')
    .select(['id', 'case_id', 'status', 'proposed_by', 'received_at', 'provider_report'])
    .where('id', '=', procedureId)
    .executeTakeFirst();
  const notVisible = () => new NotVisibleError('protection_procedure', procedureId, 'Kinderschutzverfahren');
  if (!row) throw notVisible();
  let caseAccess: 'read' | 'update';
  try {
    caseAccess = await caseAccessOf(scope, row.case_id);
  } catch (error) {
    if (error instanceof NotVisibleError) throw notVisible();
    throw error;
  }
  const resource: ProtectionResource = {
    caseAccess,
    status: row.status as TProtectionStatus,
    proposedBy: row.proposed_by,
  };
  if (!canOnProcedure(scope.actor, 'read', resource)) throw notVisible();
  if (!canOnProcedure(scope.actor, action, resource)) throw refusalFor(action, resource, scope.actor.userId);
  return { ...row, receivedAt: new Date(row.received_at), resource };
}
