import type { TCaseAction, TPerspectivesAction } from '@lotse/shared';
import { HttpError } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { authorizeCase } from '../cases/index.js';
import { allowedPerspectivesActions, caseActionFor } from './policy.js';

/**
 * Checks `action` on the case's perspectives against the case policy: a case the caller may not
 * read does not exist for them (404), a refused action on a readable case is a 403 with the reason.
 * Answers what else the caller may do, for `allowedActions`.
 */
export async function authorizePerspectives(
  scope: ActorScope,
  caseId: string,
  action: TPerspectivesAction,
): Promise<TPerspectivesAction[]> {
  await authorizeCase(scope.tx, scope.actor, caseId, caseActionFor[action]);
  const caseActions: TCaseAction[] = ['read'];
  if (caseActionFor[action] === 'update') caseActions.push('update');
  else if (await mayOnCase(scope, caseId, 'update')) caseActions.push('update');
  return allowedPerspectivesActions(scope.actor, { caseActions });
}

async function mayOnCase(scope: ActorScope, caseId: string, action: TCaseAction): Promise<boolean> {
  try {
    await authorizeCase(scope.tx, scope.actor, caseId, action);
    return true;
  } catch (error) {
    if (error instanceof HttpError && error.status === 403) return false;
    throw error;
  }
}
