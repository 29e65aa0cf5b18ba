import type { TCasePersonRole, TFamilyAccountAction, TFamilyAccountStatus } from '@lotse/shared';

/** From this age a young person may have an account of their own (as the issue and § 36 practice expect). */
export const YOUNG_PERSON_MIN_AGE = 14;

/** Full years between a birth date and a day (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Why a person of the case cannot get an account (German, shown to staff), or null if they can:
 * parents and guardians; children and young people from 14; never relatives or other persons.
 */
export function invitationBlocker(
  person: { role: TCasePersonRole; birthDate: string | null },
  today: string,
): string | null {
  if (person.role === 'parent' || person.role === 'guardian') return null;
  if (person.role !== 'child') {
    return 'Einladen lassen sich Kinder und Jugendliche ab 14, Eltern und Sorgeberechtigte.';
  }
  if (!person.birthDate) return 'Für die Einladung eines jungen Menschen fehlt das Geburtsdatum.';
  if (ageOn(person.birthDate, today) < YOUNG_PERSON_MIN_AGE) {
    return `Junge Menschen bekommen einen eigenen Zugang ab ${YOUNG_PERSON_MIN_AGE} Jahren.`;
  }
  return null;
}

/** What staff who may change the case can do with an account. */
export function allowedAccountActions(
  account: { status: TFamilyAccountStatus },
  mayChangeCase: boolean,
): TFamilyAccountAction[] {
  return mayChangeCase && account.status !== 'ended' ? ['end'] : [];
}
