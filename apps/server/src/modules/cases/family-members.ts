import type { TCasePersonRole } from '@lotse/shared';
import type { Scope } from '../../platform/scope.js';
import { openPersonal } from '../people/index.js';

export interface CaseMember {
  personId: string;
  role: TCasePersonRole;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  gender: string;
  languages: string[];
}

/** The persons of a case with their role and name (for family accounts; the caller checks access). */
export async function caseMembers(scope: Scope, caseId: string): Promise<CaseMember[]> {
  const rows = await scope.tx
    .selectFrom('case_persons as cp')
    .innerJoin('persons as p', (j) =>
      j.onRef('p.tenant_id', '=', 'cp.tenant_id').onRef('p.id', '=', 'cp.person_id'),
    )
    .select(['p.id', 'p.personal_enc', 'p.birth_date', 'p.gender', 'p.languages', 'cp.role'])
    .where('cp.case_id', '=', caseId)
    .orderBy('p.birth_date')
    .execute();
  const members: CaseMember[] = [];
  for (const r of rows) {
    const personal = await openPersonal(scope.sealed, r.id, r.personal_enc);
    members.push({
      personId: r.id,
      role: r.role as TCasePersonRole,
      firstName: personal.firstName,
      lastName: personal.lastName,
      birthDate: r.birth_date,
      gender: r.gender,
      languages: r.languages,
    });
  }
  return members;
}

/** Name, address and phone of each person of a case (a provider's "contact" section; the caller checks access). */
export async function caseContacts(scope: Scope, caseId: string) {
  const rows = await scope.tx
    .selectFrom('case_persons as cp')
    .innerJoin('persons as p', (j) =>
      j.onRef('p.tenant_id', '=', 'cp.tenant_id').onRef('p.id', '=', 'cp.person_id'),
    )
    .select(['p.id', 'p.personal_enc'])
    .where('cp.case_id', '=', caseId)
    .orderBy('p.birth_date')
    .execute();
  const contacts = [];
  for (const r of rows) {
    const p = await openPersonal(scope.sealed, r.id, r.personal_enc);
    contacts.push({
      name: `${p.firstName} ${p.lastName}`.trim(),
      street: [p.street, p.houseNumber].filter(Boolean).join(' ') || null,
      postcode: p.postcode,
      city: p.city,
      phone: p.phone,
    });
  }
  return contacts;
}

/** The case's team and the request it was opened from (for the family app). */
export async function caseFrame(scope: Scope, caseId: string) {
  return scope.tx
    .selectFrom('cases')
    .select([
      'id',
      'team_id',
      'origin_request_id',
      'status',
      'help_type',
      'social_area_id',
      'caseworker_id',
      'reference',
    ])
    .where('id', '=', caseId)
    .executeTakeFirst();
}

/** The case opened from a family's request, if any (for the family's complaints; the caller checks access). */
export async function caseOfRequest(scope: Scope, requestId: string) {
  return scope.tx
    .selectFrom('cases')
    .select(['id', 'team_id', 'caseworker_id'])
    .where('origin_request_id', '=', requestId)
    .orderBy('opened_at', 'desc')
    .executeTakeFirst();
}
