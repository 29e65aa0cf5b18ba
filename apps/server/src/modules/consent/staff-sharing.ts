import { randomUUID } from 'node:crypto';
import { shareSectionLabels, type TCaseSharing, type TConsentInput, type TShareInput } from '@lotse/shared';
import { badRequest, conflict } from '../../platform/errors.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { authorizeCase, canOnCase, caseMembers, shareableDocuments } from '../cases/index.js';
import { hasActivePlacement } from '../placements/index.js';
import { providerServesOffice } from '../providers/index.js';
import { officeToday } from '../tenancy/index.js';
import { consentRows, presentSharing, toConsentFacts } from './facts.js';
import { consentedSections } from './rules.js';

async function sharingView(scope: ActorScope, caseId: string): Promise<TCaseSharing> {
  const facts = await authorizeCase(scope.tx, scope.actor, caseId, 'read');
  const mayUpdate = canOnCase(scope.actor, 'update', facts);
  return presentSharing(scope, caseId, { revoke: mayUpdate, end: mayUpdate });
}

/** Consents and shares of a case (audited read). */
export async function caseSharing(scope: ActorScope, caseId: string): Promise<TCaseSharing> {
  const view = await sharingView(scope, caseId);
  await scope.audit({ action: 'consent.list', resourceType: 'case', resourceId: caseId, caseId });
  return view;
}

/**
 * Staff record a consent a person signed (source "form", with the signed form as a document), or ask
 * the person in the family app (source "app": it waits there until they agree).
 */
export async function recordConsent(
  scope: ActorScope,
  caseId: string,
  input: TConsentInput,
): Promise<TCaseSharing> {
  const { tx, actor, tenantId } = scope;
  await authorizeCase(tx, actor, caseId, 'update');
  if (!(await caseMembers(scope, caseId)).some((m) => m.personId === input.personId)) {
    throw badRequest('Die Person gehört nicht zu diesem Fall.', { personId: 'Nicht in diesem Fall' });
  }
  if (!(await providerServesOffice(tx, input.providerId))) {
    throw badRequest('Dieser Träger arbeitet nicht für dieses Jugendamt.', {
      providerId: 'Unbekannter Träger',
    });
  }
  if (input.validUntil !== null && input.validUntil < input.validFrom) {
    throw badRequest('Das Ende der Gültigkeit liegt vor ihrem Beginn.', { validUntil: 'Vor dem Beginn' });
  }
  if (input.source === 'form') {
    if (!input.documentId) {
      throw badRequest('Bitte die unterschriebene Einwilligung als Dokument des Falls angeben.', {
        documentId: 'Unterschriebenes Formular fehlt',
      });
    }
    const [doc] = await shareableDocuments(scope, caseId, [input.documentId]);
    if (!doc)
      throw badRequest('Das Dokument gehört nicht zu diesem Fall.', { documentId: 'Nicht in diesem Fall' });
  }
  const id = randomUUID();
  await tx
    .insertInto('consents')
    .values({
      tenant_id: tenantId,
      id,
      case_id: caseId,
      person_id: input.personId,
      provider_id: input.providerId,
      purpose: input.purpose,
      sections: input.sections,
      valid_from: input.validFrom,
      valid_until: input.validUntil,
      source: input.source,
      document_id: input.source === 'form' ? input.documentId : null,
      recorded_by: actor.userId,
      given_at: input.source === 'form' ? new Date() : null,
    })
    .execute();
  await scope.audit({
    action: input.source === 'form' ? 'consent.record' : 'consent.request',
    resourceType: 'consent',
    resourceId: id,
    caseId,
    details: { sections: input.sections },
  });
  return sharingView(scope, caseId);
}

/** Staff record a revocation (e.g. by phone or letter); access ends at once. */
export async function revokeConsentByStaff(
  scope: ActorScope,
  caseId: string,
  consentId: string,
): Promise<TCaseSharing> {
  await authorizeCase(scope.tx, scope.actor, caseId, 'update');
  const consent = await scope.tx
    .selectFrom('consents')
    .select(['id', 'revoked_at'])
    .where('id', '=', consentId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!consent) throw new NotVisibleError('consent', consentId, 'Einwilligung');
  if (consent.revoked_at !== null) throw conflict('Diese Einwilligung ist schon widerrufen.');
  await scope.tx
    .updateTable('consents')
    .set({ revoked_at: new Date(), revoked_by_kind: 'staff' })
    .where('id', '=', consentId)
    .execute();
  await scope.audit({ action: 'consent.revoke', resourceType: 'consent', resourceId: consentId, caseId });
  return sharingView(scope, caseId);
}

/**
 * After placement, the caseworker opens chosen sections of the case to the provider — on consents in
 * force that cover every section, or on a recorded legal ground.
 */
export async function createShare(
  scope: ActorScope,
  caseId: string,
  input: TShareInput,
): Promise<TCaseSharing> {
  const { tx, actor, tenantId } = scope;
  await authorizeCase(tx, actor, caseId, 'update');
  if (!(await hasActivePlacement(scope, caseId, input.providerId))) {
    throw conflict('Teilen Sie die Akte erst, wenn der Träger die Hilfe übernommen hat (Platz bestätigt).');
  }
  if (input.basis === 'legal_ground' && (input.legalGround ?? '').length < 5) {
    throw badRequest('Bitte die Rechtsgrundlage angeben (z. B. „§ 8a Abs. 4 SGB VIII“).', {
      legalGround: 'Rechtsgrundlage fehlt',
    });
  }
  if (input.basis === 'consent') {
    const allowed = consentedSections(
      (await consentRows(scope, caseId)).map(toConsentFacts),
      input.providerId,
      officeToday(),
    );
    const missing = input.sections.filter((s) => !allowed.has(s));
    if (missing.length > 0) {
      throw conflict(
        `Für ${missing.map((s) => `„${shareSectionLabels[s]}“`).join(', ')} liegt keine gültige Einwilligung für diesen Träger vor.`,
      );
    }
  }
  const documentIds = input.sections.includes('documents') ? [...new Set(input.documentIds)] : [];
  if (input.sections.includes('documents')) {
    if (documentIds.length === 0)
      throw badRequest('Bitte die Dokumente wählen, die der Träger sehen soll.', {
        documentIds: 'Keine Dokumente gewählt',
      });
    const docs = await shareableDocuments(scope, caseId, documentIds);
    if (docs.length !== documentIds.length) {
      throw badRequest('Mindestens ein Dokument gehört nicht zum Fall oder ist anvertraut (§ 65).', {
        documentIds: 'Nicht teilbar',
      });
    }
  }
  const id = randomUUID();
  await tx
    .insertInto('case_shares')
    .values({
      tenant_id: tenantId,
      id,
      case_id: caseId,
      provider_id: input.providerId,
      sections: input.sections,
      basis: input.basis,
      legal_ground: input.basis === 'legal_ground' ? input.legalGround : null,
      document_ids: documentIds,
      created_by: actor.userId,
    })
    .execute();
  await scope.audit({
    action: 'share.create',
    resourceType: 'share',
    resourceId: id,
    caseId,
    details: { providerId: input.providerId, sections: input.sections, basis: input.basis },
  });
  return sharingView(scope, caseId);
}

/** The caseworker ends a share; the provider loses access at once. */
export async function endShare(scope: ActorScope, caseId: string, shareId: string): Promise<TCaseSharing> {
  await authorizeCase(scope.tx, scope.actor, caseId, 'update');
  const share = await scope.tx
    .selectFrom('case_shares')
    .select(['id', 'ended_at'])
    .where('id', '=', shareId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!share) throw new NotVisibleError('share', shareId, 'Freigabe');
  if (share.ended_at !== null) throw conflict('Diese Freigabe ist schon beendet.');
  await scope.tx
    .updateTable('case_shares')
    .set({ ended_at: new Date(), ended_by: scope.actor.userId })
    .where('id', '=', shareId)
    .execute();
  await scope.audit({ action: 'share.end', resourceType: 'share', resourceId: shareId, caseId });
  return sharingView(scope, caseId);
}
