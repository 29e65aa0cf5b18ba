import { randomUUID } from 'node:crypto';
import type { TMeeting, TProposeMeeting } from '@lotse/shared';
import type { KeyRing } from '../../platform/crypto.js';
import { badRequest } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { conversationChannel } from '../messaging/index.js';
import { requestForStaff } from '../requests/index.js';
import { presentMeetings, selectMeetings, titleContext } from './queries.js';

/**
 * Staff propose appointment slots for a family's intake request; the family then picks one. The
 * family's page (and colleagues') learn about the proposal at once.
 */
export async function proposeMeeting(
  scope: ActorScope,
  keys: KeyRing,
  requestId: string,
  input: TProposeMeeting,
): Promise<TMeeting> {
  const request = await requestForStaff(scope, requestId);
  const starts = [...new Set(input.slots.map((s) => new Date(s).getTime()))].sort((a, b) => a - b);
  if (starts.some((t) => t < Date.now())) {
    throw badRequest('Termine müssen in der Zukunft liegen.', { slots: 'Termin liegt in der Vergangenheit' });
  }
  const { tx, actor } = scope;
  const id = randomUUID();
  await tx
    .insertInto('meetings')
    .values({
      tenant_id: request.tenantId,
      id,
      intake_request_id: request.id,
      team_id: request.teamId,
      title_enc: await keys.encrypt(tx, request.tenantId, input.title, titleContext(id)),
      duration_minutes: input.durationMinutes,
      kind: input.kind,
      created_by: actor.userId,
    })
    .execute();
  await tx
    .insertInto('meeting_slots')
    .values(
      starts.map((t) => ({
        tenant_id: request.tenantId,
        id: randomUUID(),
        meeting_id: id,
        starts_at: new Date(t),
      })),
    )
    .execute();
  await scope.audit({
    action: 'meeting.propose',
    resourceType: 'meeting',
    resourceId: id,
    caseId: request.caseId,
    details: { intakeRequestId: request.id, slots: starts.length, kind: input.kind },
  });
  scope.publish(conversationChannel(request.id), { type: 'changed' });
  const rows = await selectMeetings(tx).where('m.id', '=', id).execute();
  const [meeting] = await presentMeetings(tx, keys, rows);
  if (!meeting) throw new Error('meeting vanished');
  return meeting;
}

/** The meetings of one intake request, newest first (staff of the request's team). */
export async function listMeetingsForRequest(
  scope: ActorScope,
  keys: KeyRing,
  requestId: string,
): Promise<TMeeting[]> {
  const request = await requestForStaff(scope, requestId);
  const rows = await selectMeetings(scope.tx)
    .where('m.intake_request_id', '=', request.id)
    .orderBy('m.created_at', 'desc')
    .execute();
  await scope.audit({
    action: 'meeting.list',
    resourceType: 'meeting',
    caseId: request.caseId,
    details: { intakeRequestId: request.id, ids: rows.map((r) => r.id) },
  });
  return presentMeetings(scope.tx, keys, rows);
}
