import { randomUUID } from 'node:crypto';
import type { TUpdateHouseholdRequest } from '@lotse/shared';
import { sql } from 'kysely';
import { HttpError } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { NotVisibleError } from '../../platform/scope.js';
import { authorizeCase } from './authorize.js';
import { requireCasePersons } from './case-persons.js';
import { householdLabelContext } from './sealed-fields.js';

// A household (Haushalt) records which persons of a case live together. It belongs to the case it
// was recorded in; its members are persons of that case.

/** Records that persons of the case live together. */
export async function addHousehold(
  scope: ActorScope,
  caseId: string,
  input: { label: string; personIds: string[] },
): Promise<string> {
  const { tx, actor, audit, sealed } = scope;
  await authorizeCase(tx, actor, caseId, 'manage_persons');
  const personIds = await requireCasePersons(scope, caseId, input.personIds);
  const id = randomUUID();
  const label_enc = await sealed.seal(input.label, householdLabelContext(id));
  await tx
    .insertInto('households')
    .values({ tenant_id: actor.tenantId, id, label_enc, case_id: caseId })
    .execute();
  await tx
    .insertInto('household_members')
    .values(personIds.map((person_id) => ({ tenant_id: actor.tenantId, household_id: id, person_id })))
    .execute();
  await touchCase(scope, caseId);
  await audit({ action: 'household.add', resourceType: 'household', resourceId: id, caseId });
  return id;
}

/** Renames a household and/or sets who lives in it (persons of the case; none is allowed). */
export async function updateHousehold(
  scope: ActorScope,
  caseId: string,
  householdId: string,
  input: TUpdateHouseholdRequest,
): Promise<void> {
  const { tx, actor, audit, sealed } = scope;
  await authorizeCase(tx, actor, caseId, 'manage_persons');
  const household = await householdOfCase(scope, caseId, householdId);
  if (input.label !== undefined && input.label !== household.label) {
    const label_enc = await sealed.seal(input.label, householdLabelContext(householdId));
    await tx.updateTable('households').set({ label_enc }).where('id', '=', householdId).execute();
  }
  let added: string[] = [];
  let removed: string[] = [];
  if (input.personIds !== undefined) {
    const wanted = input.personIds.length ? await requireCasePersons(scope, caseId, input.personIds) : [];
    const current = await memberIds(scope, householdId);
    added = wanted.filter((id) => !current.includes(id));
    removed = current.filter((id) => !wanted.includes(id));
    if (removed.length) {
      await tx
        .deleteFrom('household_members')
        .where('household_id', '=', householdId)
        .where('person_id', 'in', removed)
        .execute();
    }
    if (added.length) {
      await tx
        .insertInto('household_members')
        .values(
          added.map((person_id) => ({ tenant_id: actor.tenantId, household_id: householdId, person_id })),
        )
        .execute();
    }
  }
  await touchCase(scope, caseId);
  await audit({
    action: 'household.update',
    resourceType: 'household',
    resourceId: householdId,
    caseId,
    details: { fields: Object.keys(input), added, removed },
  });
}

/** Deletes a household nobody lives in any more; one with members is refused (remove them first). */
export async function deleteHousehold(scope: ActorScope, caseId: string, householdId: string): Promise<void> {
  const { tx, actor, audit } = scope;
  await authorizeCase(tx, actor, caseId, 'manage_persons');
  const household = await householdOfCase(scope, caseId, householdId);
  if ((await memberIds(scope, householdId)).length > 0) {
    throw new HttpError(
      409,
      'household_not_empty',
      `Im Haushalt „${household.label}“ sind noch Personen eingetragen. Nehmen Sie sie zuerst heraus.`,
    );
  }
  await tx.deleteFrom('households').where('id', '=', householdId).execute();
  await touchCase(scope, caseId);
  await audit({
    action: 'household.delete',
    resourceType: 'household',
    resourceId: householdId,
    caseId,
  });
}

/** The household of this case with its label opened; any other is "not found". */
async function householdOfCase({ tx, sealed }: ActorScope, caseId: string, householdId: string) {
  const household = await tx
    .selectFrom('households')
    .select(['id', 'label_enc'])
    .where('id', '=', householdId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!household) throw new NotVisibleError('household', householdId, 'Haushalt');
  return {
    id: household.id,
    label: await sealed.open(household.label_enc, householdLabelContext(household.id)),
  };
}

async function memberIds({ tx }: ActorScope, householdId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('household_members')
    .select('person_id')
    .where('household_id', '=', householdId)
    .execute();
  return rows.map((r) => r.person_id);
}

async function touchCase({ tx }: ActorScope, caseId: string) {
  await tx.updateTable('cases').set({ updated_at: sql<Date>`now()` }).where('id', '=', caseId).execute();
}
