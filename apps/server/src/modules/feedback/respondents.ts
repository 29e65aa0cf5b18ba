import type { TFeedbackVersion } from '@lotse/shared';
import { differenceInYears } from 'date-fns';
import type { CaseMember } from '../cases/index.js';

/** Children younger than this answer in the child version, with a parent's account. */
export const CHILD_VERSION_BELOW_AGE = 14;

export interface Respondent {
  member: CaseMember;
  self: boolean;
  version: TFeedbackVersion;
}

const ageOn = (birthDate: string | null, today: string) =>
  birthDate === null ? null : differenceInYears(new Date(today), new Date(birthDate));

/**
 * Whose voice an account can give: its own, and a parent's or guardian's also that of each younger
 * child of the case (a child of unknown age counts as younger: nobody else could answer for them,
 * since accounts start at 14). A young person answers only for themselves.
 */
export function respondentsFor(accountPersonId: string, members: CaseMember[], today: string): Respondent[] {
  const me = members.find((m) => m.personId === accountPersonId);
  if (!me) return [];
  const myAge = ageOn(me.birthDate, today);
  const own: Respondent = {
    member: me,
    self: true,
    version: me.role === 'child' && myAge !== null && myAge < CHILD_VERSION_BELOW_AGE ? 'child' : 'standard',
  };
  if (me.role !== 'parent' && me.role !== 'guardian') return [own];
  const children = members
    .filter((m) => m.role === 'child')
    .filter((m) => {
      const age = ageOn(m.birthDate, today);
      return age === null || age < CHILD_VERSION_BELOW_AGE;
    })
    .map((member): Respondent => ({ member, self: false, version: 'child' }));
  return [own, ...children];
}
