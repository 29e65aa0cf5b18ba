import { type TCaseDetail, type TCasePerson, ZOfferGender } from '@lotse/shared';
import { Link } from 'react-router';
import { buttonClass } from '../../ui/index.ts';
import { ageInYears } from '../format.ts';
import { mayInOffice, useCurrentUser } from '../session.tsx';
import { PLACEMENTS_PATH } from './paths.ts';

/** Youth welfare ends at 27: an older age would only be refused by the search. */
const MAX_AGE = 27;

/**
 * The search prefilled for one child of the case: age (from the birth date), gender, postcode (the
 * child's, else the family's) and the case's help type. `caseId` and `personId` travel along so the
 * search can lead back to the case (and, later, send inquiries for this child).
 */
export function placementSearchHref(detail: TCaseDetail, child: TCasePerson | undefined): string {
  const params = new URLSearchParams({ caseId: detail.id });
  if (child) {
    params.set('personId', child.id);
    const age = ageInYears(child.birthDate);
    if (age !== null && age >= 0 && age <= MAX_AGE) params.set('age', String(age));
    const gender = ZOfferGender.safeParse(child.gender);
    if (gender.success) params.set('gender', gender.data);
  }
  const postcode = child?.postcode ?? detail.persons.find((p) => p.role !== 'child' && p.postcode)?.postcode;
  if (postcode) params.set('postcode', postcode);
  if (detail.helpType) params.set('helpType', detail.helpType);
  return `${PLACEMENTS_PATH}?${params.toString()}`;
}

/** "Plätze suchen" on the case page, one per child, for users the server lets search placements. */
export function CasePlacementSearch(props: { detail: TCaseDetail }) {
  const me = useCurrentUser();
  if (!mayInOffice(me, 'search_placements')) return null;
  const children = props.detail.persons.filter((p) => p.role === 'child');
  const targets = children.length > 0 ? children : [undefined];
  return targets.map((child) => (
    <Link
      key={child?.id ?? 'case'}
      to={placementSearchHref(props.detail, child)}
      className={buttonClass('secondary', 'sm')}
    >
      Plätze suchen
      {children.length > 1 && child ? ` für ${child.firstName}` : ''}
    </Link>
  ));
}
