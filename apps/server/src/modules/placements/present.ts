import type { TCasePlacements, TInquiry, TInquiryProfile } from '@lotse/shared';
import type { ActorScope } from '../../platform/scope.js';
import { authorizeCase, canOnCase } from '../cases/index.js';
import { facilityRefs, isoOrNull } from '../providers/index.js';
import { officeToday } from '../tenancy/index.js';
import { inquiryActions, recipientActions } from './policy.js';

export const needsContext = (inquiryId: string) => `placement-inquiry:${inquiryId}`;

/** A stored profile with its sealed needs opened. */
export async function openProfile(
  scope: Pick<ActorScope, 'sealed'>,
  row: { id: string; profile: unknown; needs_enc: Uint8Array | null },
): Promise<TInquiryProfile> {
  const stored = (typeof row.profile === 'string' ? JSON.parse(row.profile) : row.profile) as Omit<
    TInquiryProfile,
    'needs'
  >;
  return {
    ...stored,
    needs: row.needs_enc ? await scope.sealed.open(row.needs_enc, needsContext(row.id)) : '',
  };
}

/** "sent" past the deadline reads as "expired" (no answer in time). */
export const effectiveStatus = (
  status: TInquiry['recipients'][number]['status'],
  answerBy: string,
  today: string,
) => (status === 'sent' && answerBy < today ? 'expired' : status);

/** The case's inquiries (newest first) with every recipient's answer, and its placements. Unaudited. */
export async function casePlacementsView(scope: ActorScope, caseId: string): Promise<TCasePlacements> {
  const { tx, actor } = scope;
  const facts = await authorizeCase(tx, actor, caseId, 'read');
  const mayUpdate = canOnCase(actor, 'update', facts);
  const today = officeToday();
  const inquiries = await tx
    .selectFrom('placement_inquiries as i')
    .innerJoin('directory_users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'i.tenant_id').onRef('u.id', '=', 'i.created_by'),
    )
    .select(['i.id', 'i.status', 'i.profile', 'i.needs_enc', 'i.answer_by', 'i.created_at', 'u.display_name'])
    .where('i.case_id', '=', caseId)
    .orderBy('i.created_at', 'desc')
    .limit(50)
    .execute();
  const recipients =
    inquiries.length === 0
      ? []
      : await tx
          .selectFrom('placement_inquiry_recipients as r')
          .select([
            'r.id',
            'r.inquiry_id',
            'r.provider_id',
            'r.facility_id',
            'r.status',
            'r.reason',
            'r.answered_at',
          ])
          .where(
            'r.inquiry_id',
            'in',
            inquiries.map((i) => i.id),
          )
          .execute();
  const placements = await tx
    .selectFrom('placements as p')
    .select(['p.id', 'p.provider_id', 'p.facility_id', 'p.help_type', 'p.started_on', 'p.ended_at'])
    .where('p.case_id', '=', caseId)
    .orderBy('p.started_on', 'desc')
    .execute();
  const facilities = await facilityRefs(
    tx,
    [...recipients, ...placements].map((r) => r.facility_id),
  );
  const facility = (id: string) => facilities.get(id);
  const result: TCasePlacements = { inquiries: [], placements: [] };
  for (const i of inquiries) {
    const inquiry = { tenantId: scope.tenantId, status: i.status };
    result.inquiries.push({
      id: i.id,
      caseId,
      status: i.status,
      profile: await openProfile(scope, i),
      answerBy: i.answer_by,
      createdAt: new Date(i.created_at).toISOString(),
      createdBy: i.display_name,
      recipients: recipients
        .filter((r) => r.inquiry_id === i.id)
        .sort((a, b) =>
          (facility(a.facility_id)?.name ?? '').localeCompare(facility(b.facility_id)?.name ?? ''),
        )
        .map((r) => {
          const status = effectiveStatus(r.status, i.answer_by, today);
          return {
            id: r.id,
            providerName: facility(r.facility_id)?.providerName ?? '',
            facilityId: r.facility_id,
            facilityName: facility(r.facility_id)?.name ?? '',
            city: facility(r.facility_id)?.city ?? '',
            status,
            reason: r.reason,
            answeredAt: isoOrNull(r.answered_at),
            allowedActions: recipientActions(
              actor,
              inquiry,
              { status: r.status, expired: status === 'expired' },
              mayUpdate,
            ),
          };
        }),
      allowedActions: inquiryActions(actor, inquiry, mayUpdate),
    });
  }
  result.placements = placements.map((p) => ({
    id: p.id,
    caseId,
    providerId: p.provider_id,
    providerName: facility(p.facility_id)?.providerName ?? '',
    facilityId: p.facility_id,
    facilityName: facility(p.facility_id)?.name ?? '',
    helpType: p.help_type as TCasePlacements['placements'][number]['helpType'],
    startedOn: p.started_on,
    endedAt: isoOrNull(p.ended_at),
    allowedActions: p.ended_at === null && mayUpdate ? ['end' as const] : [],
  }));
  return result;
}
