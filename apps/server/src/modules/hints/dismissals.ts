import { randomUUID } from 'node:crypto';
import type { THint } from '@lotse/shared';
import { sql } from 'kysely';
import { HttpError } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { authorizeCase } from '../cases/index.js';
import { hintsOfCase } from './list-hints.js';
import { isHintRule } from './rules.js';
import { dismissalReasonContext } from './standing-dismissals.js';

/**
 * Sets a hint aside for this case with a reason: the caseworker decides, the record says who and why.
 * Only a hint that is shown now can be dismissed (409 otherwise); answers with the case's hints.
 */
export async function dismissHint(
  scope: ActorScope,
  caseId: string,
  rule: string,
  reason: string,
): Promise<THint[]> {
  const { tx, actor, sealed, audit } = scope;
  await authorizeCase(tx, actor, caseId, 'update');
  if (!isHintRule(rule)) throw new HttpError(400, 'bad_request', `Eine Regel „${rule}“ gibt es nicht.`);
  const current = await hintsOfCase(scope, caseId);
  const hint = current.find((h) => h.rule === rule);
  if (!hint) throw new HttpError(409, 'conflict', 'Dieser Hinweis liegt für den Fall zurzeit nicht vor.');
  if (hint.dismissal) throw new HttpError(409, 'conflict', 'Dieser Hinweis ist bereits zurückgestellt.');
  const id = randomUUID();
  await tx
    .insertInto('hint_dismissals')
    .values({
      tenant_id: actor.tenantId,
      id,
      case_id: caseId,
      rule,
      reason_enc: await sealed.seal(reason, dismissalReasonContext(id)),
      dismissed_by: actor.userId,
    })
    .execute();
  await audit({
    action: 'hint.dismiss',
    resourceType: 'case',
    resourceId: caseId,
    caseId,
    details: { rule },
  });
  return hintsOfCase(scope, caseId);
}

/** Takes a dismissal back: the hint counts again; the record of the dismissal stays. */
export async function restoreHint(scope: ActorScope, caseId: string, rule: string): Promise<THint[]> {
  const { tx, actor, audit } = scope;
  await authorizeCase(tx, actor, caseId, 'update');
  const withdrawn = await tx
    .updateTable('hint_dismissals')
    .set({ withdrawn_by: actor.userId, withdrawn_at: sql<Date>`now()` })
    .where('case_id', '=', caseId)
    .where('rule', '=', rule)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  if (Number(withdrawn.numUpdatedRows) === 0)
    throw new HttpError(409, 'conflict', 'Dieser Hinweis ist nicht zurückgestellt.');
  await audit({
    action: 'hint.restore',
    resourceType: 'case',
    resourceId: caseId,
    caseId,
    details: { rule },
  });
  return hintsOfCase(scope, caseId);
}
