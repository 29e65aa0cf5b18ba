import { randomUUID } from 'node:crypto';
import type { TCasePlacements } from '@lotse/shared';
import type { KeyRing } from '../../platform/crypto.js';
import { conflict } from '../../platform/errors.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { authorizeCase } from '../cases/index.js';
import { facilityRefs } from '../providers/index.js';
import { officeToday } from '../tenancy/index.js';
import { inquiryForStaff, officeName } from './inquiries.js';
import { confirmedMail, mailFacility, withdrawnMail } from './mails.js';
import { casePlacementsView, openProfile } from './present.js';

/** Withdraws the inquiry's still open requests (sent or accepted) and tells those facilities. */
async function withdrawOthers(scope: ActorScope, keys: KeyRing, inquiryId: string, placedElsewhere: boolean) {
  const { tx, tenantId } = scope;
  const withdrawn = await tx
    .updateTable('placement_inquiry_recipients')
    .set({ status: 'withdrawn', withdrawn_at: new Date() })
    .where('inquiry_id', '=', inquiryId)
    .where('status', 'in', ['sent', 'accepted'])
    .returning(['facility_id'])
    .execute();
  const facilities = await facilityRefs(
    tx,
    withdrawn.map((w) => w.facility_id),
  );
  const office = await officeName(scope);
  for (const f of facilities.values()) {
    await mailFacility(tx, keys, tenantId, f, (to) => withdrawnMail(to, f.name, office, placedElsewhere));
  }
  return withdrawn.length;
}

/**
 * The caseworker confirms the place one provider offered: the placement starts, every other request
 * of the inquiry is withdrawn at once and those providers are told.
 */
export async function confirmPlacement(
  scope: ActorScope,
  keys: KeyRing,
  inquiryId: string,
  recipientId: string,
): Promise<TCasePlacements> {
  const { tx, tenantId, actor } = scope;
  const inquiry = await inquiryForStaff(scope, inquiryId);
  if (inquiry.status !== 'open') throw conflict('Diese Anfrage ist schon abgeschlossen.');
  const recipient = await tx
    .selectFrom('placement_inquiry_recipients')
    .select(['id', 'status', 'provider_id', 'facility_id'])
    .where('id', '=', recipientId)
    .where('inquiry_id', '=', inquiryId)
    .executeTakeFirst();
  if (!recipient) throw new NotVisibleError('placement_inquiry', recipientId, 'Antwort');
  if (recipient.status !== 'accepted') {
    throw conflict('Bestätigen lässt sich nur ein Platz, den der Träger angeboten hat.');
  }
  const now = new Date();
  await tx
    .updateTable('placement_inquiry_recipients')
    .set({ status: 'placed' })
    .where('id', '=', recipientId)
    .execute();
  const withdrawn = await withdrawOthers(scope, keys, inquiryId, true);
  await tx
    .updateTable('placement_inquiries')
    .set({ status: 'placed', closed_at: now })
    .where('id', '=', inquiryId)
    .execute();
  const profile = await openProfile(scope, { id: inquiryId, profile: inquiry.profile, needs_enc: null });
  const placementId = randomUUID();
  const today = officeToday();
  await tx
    .insertInto('placements')
    .values({
      tenant_id: tenantId,
      id: placementId,
      case_id: inquiry.case_id,
      inquiry_id: inquiryId,
      provider_id: recipient.provider_id,
      facility_id: recipient.facility_id,
      help_type: profile.helpType,
      started_on: profile.startBy && profile.startBy > today ? profile.startBy : today,
      created_by: actor.userId,
    })
    .execute();
  const facility = (await facilityRefs(tx, [recipient.facility_id])).get(recipient.facility_id);
  if (facility) {
    const office = await officeName(scope);
    await mailFacility(tx, keys, tenantId, facility, (to) => confirmedMail(to, facility.name, office));
  }
  await scope.audit({
    action: 'placement.inquiry_confirm',
    resourceType: 'placement',
    resourceId: placementId,
    caseId: inquiry.case_id,
    details: { inquiryId, withdrawn },
  });
  return casePlacementsView(scope, inquiry.case_id);
}

/** The caseworker withdraws the whole inquiry (e.g. the family found another way); providers are told. */
export async function cancelInquiry(
  scope: ActorScope,
  keys: KeyRing,
  inquiryId: string,
): Promise<TCasePlacements> {
  const inquiry = await inquiryForStaff(scope, inquiryId);
  if (inquiry.status !== 'open') throw conflict('Diese Anfrage ist schon abgeschlossen.');
  const withdrawn = await withdrawOthers(scope, keys, inquiryId, false);
  await scope.tx
    .updateTable('placement_inquiries')
    .set({ status: 'cancelled', closed_at: new Date() })
    .where('id', '=', inquiryId)
    .execute();
  await scope.audit({
    action: 'placement.inquiry_cancel',
    resourceType: 'placement_inquiry',
    resourceId: inquiryId,
    caseId: inquiry.case_id,
    details: { withdrawn },
  });
  return casePlacementsView(scope, inquiry.case_id);
}

/** The help at the provider ends: the placement closes, and with it every share of the case with it. */
export async function endPlacement(scope: ActorScope, placementId: string): Promise<TCasePlacements> {
  const placement = await scope.tx
    .selectFrom('placements')
    .select(['id', 'case_id', 'ended_at'])
    .where('id', '=', placementId)
    .executeTakeFirst();
  if (!placement) throw new NotVisibleError('placement', placementId, 'Belegung');
  await authorizeCase(scope.tx, scope.actor, placement.case_id, 'update');
  if (placement.ended_at !== null) throw conflict('Diese Hilfe ist schon beendet.');
  await scope.tx
    .updateTable('placements')
    .set({ ended_at: new Date() })
    .where('id', '=', placementId)
    .execute();
  await scope.audit({
    action: 'placement.end',
    resourceType: 'placement',
    resourceId: placementId,
    caseId: placement.case_id,
  });
  return casePlacementsView(scope, placement.case_id);
}

/** Whether a provider has a running placement in a case (shares need one). */
export async function hasActivePlacement(
  scope: Pick<ActorScope, 'tx'>,
  caseId: string,
  providerId: string,
): Promise<boolean> {
  const row = await scope.tx
    .selectFrom('placements')
    .select('id')
    .where('case_id', '=', caseId)
    .where('provider_id', '=', providerId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
