import {
  endangermentTypes,
  hintSources,
  protectionResults,
  type TGender,
  type THelpEndReason,
} from '@lotse/shared';

// Code numbers of the exported records. Where the statistics reference confirms them (HzE: type of
// help, reason for ending) they are the official ones; everything else is numbered in the order of
// the official form's answers and marked as not confirmed in docs/statistics.md.

/** HzE "Grund der Beendigung" (confirmed). */
export const endReasonCodes: Record<THelpEndReason, string> = {
  as_planned: '10',
  early_by_custodian: '20',
  early_by_facility: '21',
  early_by_minor: '22',
  adoption: '30',
  other_office: '40',
  other: '50',
};

/** Sex: 1 male, 2 female, 3 diverse, 4 not stated (order of the form; not confirmed). */
export const sexCodes: Record<TGender, string> = { male: '1', female: '2', diverse: '3', unspecified: '4' };

/** A two-digit number for the position of a value in the form's list (not confirmed). */
const position = (list: readonly string[], value: string) => String(list.indexOf(value) + 1).padStart(2, '0');

export const resultCode = (r: string) => position(protectionResults, r).slice(1);
export const hintSourceCodes = (s: readonly string[]) => s.map((x) => position(hintSources, x)).join('|');
export const endangermentCodes = (s: readonly string[]) =>
  s.map((x) => position(endangermentTypes, x)).join('|');
export const yesNo = (b: boolean | null) => (b === null ? '' : b ? '1' : '2');

/** "MM/YYYY" of an ISO date. */
export const monthYear = (iso: string | null) => (iso ? `${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');
