import { randomUUID } from 'node:crypto';
import type {
  TDataSubjectRequest,
  ZDecideDataSubjectRequestSchema,
  ZRecordDataSubjectRequestSchema,
} from '@lotse/shared';
import { addMonths } from 'date-fns';
import type { z } from 'zod';
import { HttpError } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { personNames } from '../people/index.js';
import { officeToday } from '../tenancy/index.js';
import { decisionContext, noteContext } from './sealing.js';

/** Art. 12 (3) DSGVO: answered within one month of receipt. */
const oneMonthAfter = (day: string) => officeToday(addMonths(new Date(`${day}T12:00:00Z`), 1));

async function requirePerson(scope: ActorScope, personId: string): Promise<void> {
  requireOfficeAction(scope.actor, 'handle_data_subject_rights');
  if (!(await personNames(scope.tx, scope.sealed, [personId])).has(personId)) {
    throw new NotVisibleError('person', personId, 'Person');
  }
}

/** Records what a person asked for (access, correction, restriction, erasure, objection). */
export async function recordRequest(
  scope: ActorScope,
  personId: string,
  input: z.output<typeof ZRecordDataSubjectRequestSchema>,
): Promise<TDataSubjectRequest> {
  await requirePerson(scope, personId);
  if (input.receivedOn > officeToday()) {
    throw new HttpError(400, 'invalid', 'Der Eingang kann nicht in der Zukunft liegen.');
  }
  const id = randomUUID();
  await scope.tx
    .insertInto('data_subject_requests')
    .values({
      tenant_id: scope.tenantId,
      id,
      person_id: personId,
      right: input.right,
      received_on: input.receivedOn,
      due_on: oneMonthAfter(input.receivedOn),
      note_enc: await scope.sealed.seal(input.note, noteContext(id)),
      recorded_by: scope.actor.userId,
    })
    .execute();
  await scope.audit({
    action: 'privacy.request_record',
    resourceType: 'data_subject_request',
    resourceId: id,
    details: { personId, right: input.right },
  });
  return (await readRequests(scope, personId, id))[0] as TDataSubjectRequest;
}

/** Records the decision on a request: done (what was done) or refused (the legal ground). */
export async function decideRequest(
  scope: ActorScope,
  requestId: string,
  input: z.output<typeof ZDecideDataSubjectRequestSchema>,
): Promise<TDataSubjectRequest> {
  requireOfficeAction(scope.actor, 'handle_data_subject_rights');
  const row = await scope.tx
    .selectFrom('data_subject_requests')
    .select(['person_id', 'status'])
    .where('id', '=', requestId)
    .executeTakeFirst();
  if (!row) throw new NotVisibleError('data_subject_request', requestId, 'Antrag');
  if (row.status !== 'open')
    throw new HttpError(409, 'conflict', 'Über diesen Antrag ist schon entschieden.');
  await scope.tx
    .updateTable('data_subject_requests')
    .set({
      status: input.status,
      decision_enc: await scope.sealed.seal(input.decision, decisionContext(requestId)),
      decided_by: scope.actor.userId,
      decided_at: new Date(),
    })
    .where('id', '=', requestId)
    .execute();
  await scope.audit({
    action: 'privacy.request_decide',
    resourceType: 'data_subject_request',
    resourceId: requestId,
    details: { personId: row.person_id, status: input.status },
  });
  return (await readRequests(scope, row.person_id, requestId))[0] as TDataSubjectRequest;
}

/** The person's recorded requests, newest first (read as part of the request work, not audited twice). */
export async function listRequests(
  scope: ActorScope,
  personId: string,
): Promise<{ items: TDataSubjectRequest[] }> {
  await requirePerson(scope, personId);
  return { items: await readRequests(scope, personId) };
}

async function readRequests(
  scope: ActorScope,
  personId: string,
  onlyId?: string,
): Promise<TDataSubjectRequest[]> {
  let query = scope.tx
    .selectFrom('data_subject_requests as r')
    .leftJoin('directory_users as rec', (j) =>
      j.onRef('rec.tenant_id', '=', 'r.tenant_id').onRef('rec.id', '=', 'r.recorded_by'),
    )
    .leftJoin('directory_users as dec', (j) =>
      j.onRef('dec.tenant_id', '=', 'r.tenant_id').onRef('dec.id', '=', 'r.decided_by'),
    )
    .selectAll('r')
    .select(['rec.display_name as recorded_by_name', 'dec.display_name as decided_by_name'])
    .where('r.person_id', '=', personId);
  if (onlyId) query = query.where('r.id', '=', onlyId);
  const rows = await query.orderBy('r.received_on', 'desc').orderBy('r.recorded_at', 'desc').execute();
  const out: TDataSubjectRequest[] = [];
  for (const r of rows) {
    out.push({
      id: r.id,
      personId: r.person_id,
      right: r.right,
      receivedOn: String(r.received_on).slice(0, 10),
      dueOn: String(r.due_on).slice(0, 10),
      note: await scope.sealed.open(r.note_enc, noteContext(r.id)),
      status: r.status,
      decision: r.decision_enc ? await scope.sealed.open(r.decision_enc, decisionContext(r.id)) : null,
      recordedBy: r.recorded_by_name ?? '–',
      decidedBy: r.decided_by_name ?? null,
      decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    });
  }
  return out;
}
