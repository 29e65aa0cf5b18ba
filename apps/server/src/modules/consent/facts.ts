import type { TConsent, TShare, TShareSection } from '@lotse/shared';
import type { Scope } from '../../platform/scope.js';
import { caseFrame, caseMembers } from '../cases/index.js';
import { hasActivePlacement } from '../placements/index.js';
import { isoOrNull, providerNames } from '../providers/index.js';
import { officeToday } from '../tenancy/index.js';
import {
  type AccessMoment,
  type ConsentFacts,
  consentStatus,
  openSections,
  type ShareFacts,
} from './rules.js';
import type { CaseSharesTable, ConsentsTable } from './tables.js';

type ConsentRow = Omit<ConsentsTable, 'recorded_at'> & { recorded_at: Date | string };
type ShareRow = Omit<CaseSharesTable, 'created_at' | 'document_ids'> & {
  created_at: Date | string;
  document_ids: string[];
};

export const toConsentFacts = (c: ConsentRow): ConsentFacts => ({
  providerId: c.provider_id,
  sections: c.sections as TShareSection[],
  validFrom: c.valid_from,
  validUntil: c.valid_until,
  given: c.given_at !== null,
  declined: c.declined_at !== null,
  revoked: c.revoked_at !== null,
});

export const toShareFacts = (s: ShareRow): ShareFacts => ({
  providerId: s.provider_id,
  sections: s.sections as TShareSection[],
  basis: s.basis,
  ended: s.ended_at !== null,
});

export async function consentRows(scope: Scope, caseId: string): Promise<ConsentRow[]> {
  return scope.tx
    .selectFrom('consents')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('recorded_at', 'desc')
    .execute();
}

export async function shareRows(scope: Scope, caseId: string): Promise<ShareRow[]> {
  return scope.tx
    .selectFrom('case_shares')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** The moment of an access for one provider: today, the case's state, whether its help runs. */
export async function accessMoment(scope: Scope, caseId: string, providerId: string): Promise<AccessMoment> {
  const frame = await caseFrame(scope, caseId);
  return {
    today: officeToday(),
    caseClosed: !frame || frame.status === 'closed',
    helpRunning: await hasActivePlacement(scope, caseId, providerId),
  };
}

/** A provider's open sections of a case right now, over all its shares (empty: no access). */
export async function openSectionsFor(scope: Scope, caseId: string, providerId: string) {
  const shares = (await shareRows(scope, caseId)).filter(
    (s) => s.provider_id === providerId && s.ended_at === null,
  );
  if (shares.length === 0)
    return { sections: [] as TShareSection[], documentIds: [] as string[], since: null };
  const consents = (await consentRows(scope, caseId)).map(toConsentFacts);
  const at = await accessMoment(scope, caseId, providerId);
  const sections = new Set<TShareSection>();
  const documentIds = new Set<string>();
  for (const s of shares) {
    const open = openSections(toShareFacts(s), consents, at);
    for (const section of open) sections.add(section);
    if (open.includes('documents')) for (const d of s.document_ids) documentIds.add(d);
  }
  const since = shares.map((s) => new Date(s.created_at).toISOString()).sort()[0] ?? null;
  return { sections: [...sections], documentIds: [...documentIds], since };
}

/** Consents and shares of a case as staff see them, with what is open right now. */
export async function presentSharing(
  scope: Scope,
  caseId: string,
  may: { revoke: boolean; end: boolean },
): Promise<{ consents: TConsent[]; shares: TShare[] }> {
  const [consents, shares, members] = await Promise.all([
    consentRows(scope, caseId),
    shareRows(scope, caseId),
    caseMembers(scope, caseId),
  ]);
  const names = await providerNames(scope.tx, [
    ...new Set([...consents, ...shares].map((r) => r.provider_id)),
  ]);
  const today = officeToday();
  const facts = consents.map(toConsentFacts);
  const moments = new Map<string, AccessMoment>();
  for (const providerId of new Set(shares.map((s) => s.provider_id))) {
    moments.set(providerId, await accessMoment(scope, caseId, providerId));
  }
  const person = (id: string) => members.find((m) => m.personId === id);
  return {
    consents: consents.map((c) => {
      const status = consentStatus(toConsentFacts(c), today);
      const p = person(c.person_id);
      return {
        id: c.id,
        caseId,
        person: { id: c.person_id, name: p ? `${p.firstName} ${p.lastName}`.trim() : '' },
        provider: { id: c.provider_id, name: names.get(c.provider_id) ?? '' },
        purpose: c.purpose,
        sections: c.sections as TShareSection[],
        validFrom: c.valid_from,
        validUntil: c.valid_until,
        source: c.source,
        documentId: c.document_id,
        status,
        givenAt: isoOrNull(c.given_at),
        revokedAt: isoOrNull(c.revoked_at),
        allowedActions:
          may.revoke && (status === 'given' || status === 'requested') ? ['revoke' as const] : [],
      };
    }),
    shares: shares.map((s) => {
      const at = moments.get(s.provider_id) ?? { today, caseClosed: true, helpRunning: false };
      return {
        id: s.id,
        caseId,
        provider: { id: s.provider_id, name: names.get(s.provider_id) ?? '' },
        sections: s.sections as TShareSection[],
        openSections: openSections(toShareFacts(s), facts, at),
        basis: s.basis,
        legalGround: s.legal_ground,
        documentIds: s.document_ids,
        createdAt: new Date(s.created_at).toISOString(),
        endedAt: isoOrNull(s.ended_at),
        allowedActions: may.end && s.ended_at === null ? ['end' as const] : [],
      };
    }),
  };
}
