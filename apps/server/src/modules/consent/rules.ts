import type { TConsentStatus, TShareSection } from '@lotse/shared';

/** What the rules need of a consent; days are 'YYYY-MM-DD' in the office's calendar. */
export interface ConsentFacts {
  providerId: string;
  sections: readonly TShareSection[];
  validFrom: string;
  validUntil: string | null;
  given: boolean;
  declined: boolean;
  revoked: boolean;
}

export interface ShareFacts {
  providerId: string;
  sections: readonly TShareSection[];
  basis: 'consent' | 'legal_ground';
  ended: boolean;
}

/** The moment of an access: the day, and whether the help is still running. */
export interface AccessMoment {
  today: string;
  caseClosed: boolean;
  /** the provider has a placement in the case that has not ended */
  helpRunning: boolean;
}

/** A consent's state on a day. */
export function consentStatus(c: ConsentFacts, today: string): TConsentStatus {
  if (c.revoked) return 'revoked';
  if (c.declined) return 'declined';
  if (!c.given) return 'requested';
  if (c.validUntil !== null && c.validUntil < today) return 'expired';
  return 'given';
}

/** Whether a consent allows sharing with its provider today (given, not revoked, within its days). */
export const consentInForce = (c: ConsentFacts, today: string) =>
  consentStatus(c, today) === 'given' && c.validFrom <= today;

/** The sections the consents in force today allow for one provider. */
export function consentedSections(
  consents: readonly ConsentFacts[],
  providerId: string,
  today: string,
): Set<TShareSection> {
  const allowed = new Set<TShareSection>();
  for (const c of consents) {
    if (c.providerId === providerId && consentInForce(c, today)) for (const s of c.sections) allowed.add(s);
  }
  return allowed;
}

/**
 * The sections of a case a provider may see at this moment through a share: none once the share
 * ended, the case closed or the help ended; on a legal ground all shared sections; on consent only
 * the shared sections a consent in force still covers. Checked at every access.
 */
export function openSections(
  share: ShareFacts,
  consents: readonly ConsentFacts[],
  at: AccessMoment,
): TShareSection[] {
  if (share.ended || at.caseClosed || !at.helpRunning) return [];
  if (share.basis === 'legal_ground') return [...share.sections];
  const allowed = consentedSections(consents, share.providerId, at.today);
  return share.sections.filter((s) => allowed.has(s));
}
