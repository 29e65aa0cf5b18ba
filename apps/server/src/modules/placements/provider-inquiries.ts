import type { TInquiryAnswer, TProviderInquiry } from '@lotse/shared';
import { conflict } from '../../platform/errors.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { addReminderTask } from '../cases/index.js';
import { facilityRefs, providerLinkOf } from '../providers/index.js';
import { officeToday } from '../tenancy/index.js';
import { officeName } from './inquiries.js';
import { providerInquiryActions } from './policy.js';
import { effectiveStatus, openProfile } from './present.js';

async function inquiriesOfProvider(scope: ActorScope, providerId: string, recipientId?: string) {
  let query = scope.tx
    .selectFrom('placement_inquiry_recipients as r')
    .innerJoin('placement_inquiries as i', (j) =>
      j.onRef('i.tenant_id', '=', 'r.tenant_id').onRef('i.id', '=', 'r.inquiry_id'),
    )
    .select([
      'r.id',
      'r.facility_id',
      'r.status',
      'r.reason',
      'i.id as inquiry_id',
      'i.status as inquiry_status',
      'i.profile',
      'i.needs_enc',
      'i.answer_by',
      'i.created_at',
      'i.case_id',
    ])
    .where('r.provider_id', '=', providerId)
    .orderBy('i.created_at', 'desc')
    .limit(200);
  if (recipientId) query = query.where('r.id', '=', recipientId);
  return query.execute();
}

async function present(scope: ActorScope, rows: Awaited<ReturnType<typeof inquiriesOfProvider>>) {
  const today = officeToday();
  const office = await officeName(scope);
  const facilities = await facilityRefs(
    scope.tx,
    rows.map((r) => r.facility_id),
  );
  const items: TProviderInquiry[] = [];
  for (const r of rows) {
    const status = effectiveStatus(r.status, r.answer_by, today);
    items.push({
      id: r.id,
      facilityId: r.facility_id,
      facilityName: facilities.get(r.facility_id)?.name ?? '',
      officeName: office,
      profile: await openProfile(scope, { id: r.inquiry_id, profile: r.profile, needs_enc: r.needs_enc }),
      answerBy: r.answer_by,
      receivedAt: new Date(r.created_at).toISOString(),
      status,
      reason: r.reason,
      allowedActions: providerInquiryActions(
        { status: r.inquiry_status },
        { status: r.status, expired: status === 'expired' },
      ),
    });
  }
  return items;
}

/** The inquiries addressed to the signed-in provider staff member's organisation: profiles, never cases. */
export async function providerInquiries(scope: ActorScope): Promise<{ items: TProviderInquiry[] }> {
  const link = await providerLinkOf(scope);
  const items = await present(scope, await inquiriesOfProvider(scope, link.providerId));
  await scope.audit({
    action: 'placement.provider_inquiries',
    resourceType: 'placement_inquiry',
    resourceId: null,
    details: { count: items.length },
  });
  return { items };
}

/**
 * The provider accepts (holds a place) or declines with a reason, once and before the deadline. An
 * offered place becomes a task for the caseworker to confirm.
 */
export async function answerInquiry(
  scope: ActorScope,
  recipientId: string,
  answer: TInquiryAnswer,
): Promise<TProviderInquiry> {
  const link = await providerLinkOf(scope);
  const [row] = await inquiriesOfProvider(scope, link.providerId, recipientId);
  if (!row) throw new NotVisibleError('placement_inquiry', recipientId, 'Anfrage');
  const today = officeToday();
  if (row.inquiry_status !== 'open' || row.status === 'withdrawn') {
    throw conflict('Das Jugendamt hat diese Anfrage schon abgeschlossen oder zurückgezogen.');
  }
  if (row.status !== 'sent') throw conflict('Diese Anfrage ist schon beantwortet.');
  if (row.answer_by < today) throw conflict('Die Frist für diese Anfrage ist abgelaufen.');
  const now = new Date();
  await scope.tx
    .updateTable('placement_inquiry_recipients')
    .set({
      status: answer.answer === 'accept' ? 'accepted' : 'declined',
      reason: answer.reason || null,
      answered_at: now,
      answered_by: scope.actor.userId,
    })
    .where('id', '=', recipientId)
    .execute();
  if (answer.answer === 'accept') {
    const facility = (await facilityRefs(scope.tx, [row.facility_id])).get(row.facility_id);
    await addReminderTask(scope.tx, scope.sealed, scope.tenantId, {
      caseId: row.case_id,
      title: `Platzangebot von ${facility?.name ?? 'einem Träger'} bestätigen oder ablehnen`,
      dueOn: row.answer_by,
      createdBy: scope.actor.userId,
    });
  }
  await scope.audit({
    action: 'placement.inquiry_answer',
    resourceType: 'placement_inquiry',
    resourceId: row.inquiry_id,
    details: { answer: answer.answer },
  });
  const [updated] = await present(scope, await inquiriesOfProvider(scope, link.providerId, recipientId));
  if (!updated) throw new NotVisibleError('placement_inquiry', recipientId, 'Anfrage');
  return updated;
}
