import { randomUUID } from 'node:crypto';
import type { ZPlaceHoldSchema } from '@lotse/shared';
import type { z } from 'zod';
import type { Tx } from '../../db/connection.js';
import { HttpError } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { caseFacts } from '../cases/index.js';
import { holdReasonContext } from './sealing.js';

export interface Hold {
  id: string;
  caseId: string;
  reference: string;
  reason: string;
  placedBy: string;
  placedAt: string;
}

/** The office's active legal holds (cases kept from erasure), with the reason. */
export async function activeHolds(tx: Tx, sealed: SealedText): Promise<Hold[]> {
  const rows = await tx
    .selectFrom('retention_holds as h')
    .leftJoin('directory_users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'h.tenant_id').onRef('u.id', '=', 'h.placed_by'),
    )
    .select(['h.id', 'h.case_id', 'h.reason_enc', 'h.placed_at', 'u.display_name'])
    .where('h.lifted_at', 'is', null)
    .orderBy('h.placed_at', 'desc')
    .execute();
  const facts = await caseFacts(
    tx,
    rows.map((r) => r.case_id),
  );
  const out: Hold[] = [];
  for (const r of rows) {
    out.push({
      id: r.id,
      caseId: r.case_id,
      reference: facts.get(r.case_id)?.reference ?? '–',
      reason: await sealed.open(r.reason_enc, holdReasonContext(r.id)),
      placedBy: r.display_name ?? '–',
      placedAt: new Date(r.placed_at).toISOString(),
    });
  }
  return out;
}

export async function listHolds(scope: ActorScope): Promise<{ items: Hold[] }> {
  requireOfficeAction(scope.actor, 'handle_data_subject_rights');
  return { items: await activeHolds(scope.tx, scope.sealed) };
}

/** Keeps a case from erasure (court proceedings, an inspection, a claim) until the hold is lifted. */
export async function placeHold(scope: ActorScope, input: z.output<typeof ZPlaceHoldSchema>): Promise<Hold> {
  requireOfficeAction(scope.actor, 'handle_data_subject_rights');
  if (!(await caseFacts(scope.tx, [input.caseId])).has(input.caseId)) {
    throw new NotVisibleError('case', input.caseId);
  }
  const held = (await activeHolds(scope.tx, scope.sealed)).find((h) => h.caseId === input.caseId);
  if (held)
    throw new HttpError(409, 'conflict', `Der Fall ${held.reference} ist schon gesperrt: ${held.reason}`);
  const id = randomUUID();
  await scope.tx
    .insertInto('retention_holds')
    .values({
      tenant_id: scope.tenantId,
      id,
      case_id: input.caseId,
      reason_enc: await scope.sealed.seal(input.reason, holdReasonContext(id)),
      placed_by: scope.actor.userId,
    })
    .execute();
  await scope.audit({
    action: 'retention.hold_place',
    resourceType: 'retention',
    resourceId: id,
    caseId: input.caseId,
  });
  return (await activeHolds(scope.tx, scope.sealed)).find((h) => h.id === id) as Hold;
}

export async function liftHold(scope: ActorScope, holdId: string): Promise<{ items: Hold[] }> {
  requireOfficeAction(scope.actor, 'handle_data_subject_rights');
  const row = await scope.tx
    .updateTable('retention_holds')
    .set({ lifted_at: new Date(), lifted_by: scope.actor.userId })
    .where('id', '=', holdId)
    .where('lifted_at', 'is', null)
    .returning('case_id')
    .executeTakeFirst();
  if (!row) throw new NotVisibleError('retention', holdId, 'Sperre');
  await scope.audit({
    action: 'retention.hold_lift',
    resourceType: 'retention',
    resourceId: holdId,
    caseId: row.case_id,
  });
  return { items: await activeHolds(scope.tx, scope.sealed) };
}
