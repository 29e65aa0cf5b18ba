import type { TCasePerson, TCasePersonRole, TGender, TRelation, TRelationKind } from '@lotse/shared';
import type { SealedText } from '../../platform/sealed-text.js';
import { openPersonal } from './personal-data.js';

/** A person as the case page reads them (in a JSON sub-select): sealed record, social area, role. */
export interface CasePersonRow {
  id: string;
  /** bytea as JSON renders it, or bytes. */
  personal_enc: Uint8Array | string | null;
  birth_date: string | null;
  birth_date_approximate: boolean;
  gender: string;
  languages: string[];
  area_id: string | null;
  area_name: string | null;
  role: string;
}

/** A person of a case with their role in it, the sealed record opened. */
export async function presentCasePerson(p: CasePersonRow, sealed: SealedText): Promise<TCasePerson> {
  const personal = await openPersonal(sealed, p.id, p.personal_enc);
  return {
    id: p.id,
    firstName: personal.firstName,
    lastName: personal.lastName,
    birthDate: p.birth_date,
    birthDateApproximate: p.birth_date_approximate,
    gender: p.gender as TGender,
    languages: p.languages,
    phone: personal.phone,
    email: personal.email,
    street: personal.street,
    houseNumber: personal.houseNumber,
    postcode: personal.postcode,
    city: personal.city,
    socialArea: p.area_id && p.area_name ? { id: p.area_id, name: p.area_name } : null,
    role: p.role as TCasePersonRole,
  };
}

/** A relation between two persons (an edge of the genogram). */
export function presentRelation(r: {
  id: string;
  from_person_id: string;
  to_person_id: string;
  kind: string;
}): TRelation {
  return {
    id: r.id,
    fromPersonId: r.from_person_id,
    toPersonId: r.to_person_id,
    kind: r.kind as TRelationKind,
  };
}
