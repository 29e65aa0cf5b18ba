import type { TCasePerson, TCasePersonRole, TGender, TRelation, TRelationKind } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';

/** The persons of a case with their role in it. */
export async function listCasePersons(tx: Tx, caseId: string): Promise<TCasePerson[]> {
  const rows = await tx
    .selectFrom('case_persons as cp')
    .innerJoin('persons as p', (j) =>
      j.onRef('p.tenant_id', '=', 'cp.tenant_id').onRef('p.id', '=', 'cp.person_id'),
    )
    .leftJoin('social_areas as sa', (j) =>
      j.onRef('sa.tenant_id', '=', 'p.tenant_id').onRef('sa.id', '=', 'p.social_area_id'),
    )
    .select([
      'p.id',
      'p.first_name',
      'p.last_name',
      'p.birth_date',
      'p.gender',
      'p.languages',
      'p.phone',
      'p.email',
      'p.street',
      'p.house_number',
      'p.postcode',
      'p.city',
      'sa.id as area_id',
      'sa.name as area_name',
      'cp.role',
    ])
    .where('cp.case_id', '=', caseId)
    .orderBy('p.birth_date')
    .execute();
  return rows.map((p) => ({
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
  }));
}

/** Relations among the given persons (the genogram of a case). */
export async function listRelationsAmong(tx: Tx, personIds: string[]): Promise<TRelation[]> {
  if (personIds.length === 0) return [];
  const rows = await tx
    .selectFrom('relations')
    .select(['id', 'from_person_id', 'to_person_id', 'kind'])
    .where('from_person_id', 'in', personIds)
    .where('to_person_id', 'in', personIds)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fromPersonId: r.from_person_id,
    toPersonId: r.to_person_id,
    kind: r.kind as TRelationKind,
  }));
}
