import {
  shareSectionLabels,
  type TCasePlacements,
  type TConsent,
  type TConsentStatus,
  type TShare,
  type TShareSection,
} from '@lotse/shared';
import type { Tone } from '../../ui/index.ts';

/** "Kontaktdaten" for lists; the full label ("Kontaktdaten (Adresse, Telefon)") is for the forms. */
export function sectionName(section: TShareSection): string {
  return shareSectionLabels[section].replace(/ \(.*\)$/, '');
}

export function sectionNames(sections: readonly TShareSection[]): string {
  return sections.map(sectionName).join(', ');
}

export function consentStatusTone(status: TConsentStatus): Tone {
  switch (status) {
    case 'given':
      return 'success';
    case 'requested':
      return 'info';
    case 'revoked':
    case 'expired':
    case 'declined':
      return 'neutral';
  }
}

/** Requested and given consents still matter; the others are history. */
export function consentIsCurrent(consent: TConsent): boolean {
  switch (consent.status) {
    case 'requested':
    case 'given':
      return true;
    case 'revoked':
    case 'expired':
    case 'declined':
      return false;
  }
}

export interface RunningProvider {
  id: string;
  name: string;
  /** The facilities of the provider that deliver the help in this case. */
  facilities: string[];
}

/** The providers whose help runs in the case now (a confirmed place that has not ended). */
export function runningProviders(placements: TCasePlacements['placements']): RunningProvider[] {
  const byId = new Map<string, RunningProvider>();
  for (const p of placements) {
    if (p.endedAt !== null) continue;
    const known = byId.get(p.providerId);
    if (known) known.facilities.push(p.facilityName);
    else byId.set(p.providerId, { id: p.providerId, name: p.providerName, facilities: [p.facilityName] });
  }
  return [...byId.values()];
}

/**
 * Why a share that has not ended shows the provider less than it names. The server decides what is
 * open; this only explains it: without running help nothing is open, otherwise the consents are missing.
 */
export function closedReason(share: TShare, helpRuns: boolean, caseClosed: boolean): string | null {
  if (share.endedAt !== null) return null;
  const closed = share.sections.filter((s) => !share.openSections.includes(s));
  if (closed.length === 0) return null;
  if (caseClosed) return 'Der Fall ist abgeschlossen: Der Träger sieht nichts mehr aus dieser Freigabe.';
  if (!helpRuns)
    return 'Die Hilfe bei diesem Träger läuft nicht mehr: Er sieht nichts mehr aus dieser Freigabe.';
  return `Freigegeben, aber gesperrt: ${sectionNames(closed)}. Dafür liegt keine gültige Einwilligung (mehr) vor.`;
}

/** The outcome of a step, shown in the card's live region. */
export type Notice = { success: string; error?: undefined } | { error: string; success?: undefined };
