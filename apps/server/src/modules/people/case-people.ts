import type { TCasePerson, TCasePersonRole, TGender, TRelation, TRelationKind } from '@lotse/shared';
import type { Selectable } from 'kysely';
import type { PersonsTable } from './tables.js';

/** A person as the case page reads them: the stored fields, their social area and role in the case. */
export type CasePersonRow = Omit<Selectable<PersonsTable>, 'tenant_id' | 'social_area_id' | 'created_at'> & {
  area_id: string | null;
  area_name: string | null;
  role: string;
};

/** A person of a case with their role in it. */
export function presentCasePerson(p: CasePersonRow): TCasePerson {
  return {
    id: p.id,
    firstName: p.first_name,
    lastName: p.last_name,
    birthDate: p.birth_date,
    birthDateApproximate: p.birth_date_approximate,
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
