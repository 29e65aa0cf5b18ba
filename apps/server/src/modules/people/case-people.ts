import type { TCasePerson, TCasePersonRole, TGender, TRelation, TRelationKind } from '@lotse/shared';

export interface CasePersonRow {
  id: string;
  first_name: string;
  last_name: string;
  birth_date: string | null;
  gender: string;
  languages: string[];
  phone: string | null;
  email: string | null;
  street: string | null;
  house_number: string | null;
  postcode: string | null;
  city: string | null;
  area_id: string | null;
  area_name: string | null;
  role: string;
}

/** A person of a case with their role in it. */
export function presentCasePerson(p: CasePersonRow): TCasePerson {
  return {
    id: p.id,
    firstName: p.first_name,
    lastName: p.last_name,
    birthDate: p.birth_date,
    gender: p.gender as TGender,
    languages: p.languages,
    phone: p.phone,
    email: p.email,
    street: p.street,
    houseNumber: p.house_number,
    postcode: p.postcode,
    city: p.city,
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
