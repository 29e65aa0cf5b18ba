import type {
  TCasePerson,
  TInquiry,
  TInquiryProfile,
  TInquiryRecipientStatus,
  TOfferLanguage,
  TSpecialisation,
} from '@lotse/shared';
import type { Tone } from '../../ui/index.ts';
import { ageInYears, todayIso } from '../format.ts';

/** Providers answer within this many days at most (the server refuses a later deadline). */
export const MAX_ANSWER_DAYS = 14;
/** The deadline the form suggests. */
export const DEFAULT_ANSWER_DAYS = 3;
/** Facilities asked at once, at most. */
export const MAX_RECIPIENTS = 10;
export const MAX_LANGUAGES = 6;

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The office's today plus `days` (date inputs: min, max, default deadline). */
export function officeDayPlus(days: number): string {
  return addDays(todayIso(), days);
}

/** The anchor of an inquiry on the case page (`#anfrage-…`), where the search leads after sending. */
export function inquiryAnchor(inquiryId: string): string {
  return `anfrage-${inquiryId}`;
}

/** The inquiry just sent: the newest of the case's. */
export function newestInquiry(inquiries: readonly TInquiry[]): TInquiry | undefined {
  return [...inquiries].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

/** What the form knows before sending; the server adds age and gender from the file. */
export interface InquiryDraft {
  helpType: TInquiryProfile['helpType'] | '';
  specialisations: TSpecialisation[];
  languages: TOfferLanguage[];
  needs: string;
  startBy: string;
  answerBy: string;
}

/**
 * The profile a provider will read, as the server builds it: age and gender from the child's file
 * (gender "keine Angabe" when the file has none), nothing that names the family. Null age: the file
 * lacks the birth date, and the server will refuse the inquiry until it is entered.
 */
export function previewProfile(
  person: Pick<TCasePerson, 'birthDate' | 'gender'> | undefined,
  draft: InquiryDraft,
): Omit<TInquiryProfile, 'age' | 'helpType'> & { age: number | null; helpType: InquiryDraft['helpType'] } {
  const gender = person?.gender;
  return {
    age: ageInYears(person?.birthDate),
    gender: gender === 'female' || gender === 'male' || gender === 'diverse' ? gender : 'unspecified',
    helpType: draft.helpType,
    specialisations: draft.specialisations,
    languages: draft.languages,
    needs: draft.needs.trim(),
    startBy: draft.startBy || null,
  };
}

export function recipientStatusTone(status: TInquiryRecipientStatus): Tone {
  switch (status) {
    case 'sent':
      return 'info';
    case 'accepted':
      return 'success';
    case 'placed':
      return 'accent';
    case 'declined':
      return 'warning';
    case 'withdrawn':
    case 'expired':
      return 'neutral';
  }
}

export function inquiryStatusTone(status: TInquiry['status']): Tone {
  switch (status) {
    case 'open':
      return 'info';
    case 'placed':
      return 'success';
    case 'cancelled':
      return 'neutral';
  }
}

/** "1 Einrichtung", "3 Einrichtungen". */
export function facilitiesText(count: number): string {
  return count === 1 ? '1 Einrichtung' : `${count} Einrichtungen`;
}

/** What the search hands to the case page after sending (router state), for its confirmation. */
export interface InquirySent {
  inquirySent: { id: string; recipients: number; answerBy: string };
}

/** The router state of the case page, if it comes from sending an inquiry. */
export function inquirySentOf(state: unknown): InquirySent['inquirySent'] | null {
  if (!state || typeof state !== 'object' || !('inquirySent' in state)) return null;
  const sent = (state as Partial<InquirySent>).inquirySent;
  if (!sent || typeof sent.id !== 'string' || typeof sent.recipients !== 'number') return null;
  return typeof sent.answerBy === 'string' ? sent : null;
}
