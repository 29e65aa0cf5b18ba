import type { TComplaintTopic, TSharedComplaint } from '@lotse/shared';
import type { ActorScope } from '../../platform/scope.js';
import { authorizeCase } from '../cases/index.js';
import { answerContext, textContext } from './sealing.js';

/**
 * The complaints the complaint office shared with the staff of a case (who may read the case).
 * Complaints not shared are not there — for the caseworker concerned as for everyone else.
 */
export async function sharedComplaintsOfCase(scope: ActorScope, caseId: string): Promise<TSharedComplaint[]> {
  await authorizeCase(scope.tx, scope.actor, caseId, 'read');
  const rows = await scope.tx
    .selectFrom('complaints')
    .select(['id', 'reference', 'topic', 'status', 'received_at', 'text_enc', 'answer_enc', 'shared_at'])
    .where('case_id', '=', caseId)
    .where('shared_at', 'is not', null)
    .orderBy('received_at', 'desc')
    .execute();
  const shared: TSharedComplaint[] = [];
  for (const r of rows) {
    shared.push({
      id: r.id,
      reference: r.reference,
      topic: r.topic as TComplaintTopic,
      status: r.status,
      receivedAt: new Date(r.received_at as Date).toISOString(),
      text: await scope.sealed.open(r.text_enc, textContext(r.id)),
      answer: r.answer_enc ? await scope.sealed.open(r.answer_enc, answerContext(r.id)) : null,
      sharedAt: new Date(r.shared_at as Date).toISOString(),
    });
  }
  if (shared.length > 0) {
    await scope.audit({
      action: 'complaint.shared_list',
      resourceType: 'case',
      resourceId: caseId,
      details: { complaints: shared.map((c) => c.id) },
    });
  }
  return shared;
}
