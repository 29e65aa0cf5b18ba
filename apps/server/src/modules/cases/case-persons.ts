import { randomUUID } from 'node:crypto';
import type { TCasePersonRole, TRelationKind, TUpdatePersonRequest } from '@lotse/shared';
import { sql } from 'kysely';
import { HttpError } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { NotVisibleError } from '../../platform/scope.js';
import { createPerson, type PersonInput, updatePerson } from '../people/index.js';
import { authorizeCase } from './authorize.js';
import { casesOfPerson, refreshCaseSocialAreas } from './case-social-area.js';
import { refreshCaseSearchText } from './search-text.js';

/** Adds a new person to a case (e.g. a sibling or the father) with their role. */
export async function addPersonToCase(
  scope: ActorScope,
  caseId: string,
  input: { role: TCasePersonRole; person: PersonInput },
): Promise<string> {
  const { tx, actor, audit } = scope;
  await authorizeCase(tx, actor, caseId, 'manage_persons');
  const count = await tx
    .selectFrom('case_persons')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (Number(count?.n ?? 0) >= 30)
    throw new HttpError(409, 'too_many', 'Ein Fall kann höchstens 30 Personen haben.');
  const personId = await createPerson(scope, actor.tenantId, input.person);
  await tx
    .insertInto('case_persons')
    .values({ tenant_id: actor.tenantId, case_id: caseId, person_id: personId, role: input.role })
    .execute();
  await tx.updateTable('cases').set({ updated_at: sql<Date>`now()` }).where('id', '=', caseId).execute();
  await refreshCaseSearchText(scope, caseId);
  await audit({ action: 'person.add', resourceType: 'person', resourceId: personId, caseId });
  if (input.role === 'child') await refreshCaseSocialAreas(scope, [caseId], { personId });
  return personId;
}

/** Records how two persons of the case are related (for the genogram). */
export async function addRelation(
  scope: ActorScope,
  caseId: string,
  input: { fromPersonId: string; toPersonId: string; kind: TRelationKind },
): Promise<string> {
  const { tx, actor, audit } = scope;
  await authorizeCase(tx, actor, caseId, 'manage_persons');
  await requireCasePersons(scope, caseId, [input.fromPersonId, input.toPersonId]);
  const existing = await tx
    .selectFrom('relations')
    .select('id')
    .where('from_person_id', '=', input.fromPersonId)
    .where('to_person_id', '=', input.toPersonId)
    .where('kind', '=', input.kind)
    .executeTakeFirst();
  if (existing) throw new HttpError(409, 'exists', 'Diese Beziehung ist schon eingetragen.');
  const id = randomUUID();
  await tx
    .insertInto('relations')
    .values({
      tenant_id: actor.tenantId,
      id,
      from_person_id: input.fromPersonId,
      to_person_id: input.toPersonId,
      kind: input.kind,
    })
    .execute();
  await audit({ action: 'relation.add', resourceType: 'relation', resourceId: id, caseId });
  return id;
}

/** The distinct ids, when all of them are persons of the case; otherwise a 400. */
export async function requireCasePersons(scope: ActorScope, caseId: string, personIds: string[]) {
  const unique = [...new Set(personIds)];
  const members = await scope.tx
    .selectFrom('case_persons')
    .select('person_id')
    .where('case_id', '=', caseId)
    .where('person_id', 'in', unique)
    .execute();
  if (members.length !== unique.length) {
    throw new HttpError(400, 'bad_request', 'Alle Personen müssen zu diesem Fall gehören.');
  }
  return unique;
}

/** Corrects a person's data or their role in this case. */
export async function editCasePerson(
  scope: ActorScope,
  caseId: string,
  personId: string,
  input: TUpdatePersonRequest,
): Promise<void> {
  const { tx, actor, audit } = scope;
  await authorizeCase(tx, actor, caseId, 'manage_persons');
  const link = await tx
    .selectFrom('case_persons')
    .select('person_id')
    .where('case_id', '=', caseId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!link) throw new NotVisibleError('person', personId, 'Person');
  const { role, ...fields } = input;
  if (Object.keys(fields).length > 0) await updatePerson(scope, personId, fields);
  if (role) {
    await tx
      .updateTable('case_persons')
      .set({ role })
      .where('case_id', '=', caseId)
      .where('person_id', '=', personId)
      .execute();
  }
  await tx.updateTable('cases').set({ updated_at: sql<Date>`now()` }).where('id', '=', caseId).execute();
  await refreshCaseSearchText(scope, caseId);
  await audit({
    action: 'person.update',
    resourceType: 'person',
    resourceId: personId,
    caseId,
    details: { fields: Object.keys(input) },
  });
  // The social area of every case the person belongs to follows its children (case-social-area.ts).
  if (areaRelevantFields.some((field) => field in input)) {
    await refreshCaseSocialAreas(scope, await casesOfPerson(tx, personId), { personId });
  }
}

const areaRelevantFields = ['postcode', 'street', 'houseNumber', 'birthDate', 'role'] as const;
