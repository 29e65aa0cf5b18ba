import { randomUUID } from 'node:crypto';
import type { TRelationKind, ZCreateCaseRequestSchema } from '@lotse/shared';
import type { z } from 'zod';
import { hasRole } from '../../platform/actor.js';
import { HttpError } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import { createPerson } from '../people/index.js';
import { isTeamMember } from '../tenancy/index.js';
import { socialAreaFromChildren } from './case-social-area.js';
import { type StoredOrigin, ZStoredOrigin } from './present.js';
import { nextCaseReference } from './reference.js';
import { caseTitleContext } from './sealed-fields.js';
import { refreshCaseSearchText } from './search-text.js';

export type CreateCaseInput = z.output<typeof ZCreateCaseRequestSchema>;

/** What a case opened from a family's request brings along besides its persons. */
export interface CaseFromRequest {
  origin?: { requestId: string; stored: StoredOrigin };
  /** Relations between the new persons, by their position in `input.persons`. */
  relations?: { from: number; to: number; kind: TRelationKind }[];
}

/** Opens a case in one of the actor's teams with its persons; the case starts as an inquiry. */
export async function createCase(
  scope: ActorScope,
  input: CreateCaseInput,
  from: CaseFromRequest = {},
): Promise<string> {
  const { tx, actor, audit } = scope;
  const origin = from.origin;
  requireOfficeAction(actor, 'create_cases');
  if (!actor.memberTeamIds.includes(input.teamId)) {
    throw new HttpError(403, 'forbidden', 'Sie können nur in Ihrem eigenen Team einen Fall anlegen.', {
      teamId: 'Nicht Ihr Team',
    });
  }
  const caseworkerId = input.caseworkerId ?? (hasRole(actor, 'caseworker') ? actor.userId : null);
  if (caseworkerId && caseworkerId !== actor.userId) {
    if (!(await isTeamMember(tx, input.teamId, caseworkerId))) {
      throw new HttpError(400, 'bad_request', 'Die zuständige Fachkraft muss zum Team gehören.', {
        caseworkerId: 'Nicht im Team',
      });
    }
  }
  const id = randomUUID();
  const reference = await nextCaseReference(tx, actor.tenantId, input.teamId);

  await tx
    .insertInto('cases')
    .values({
      tenant_id: actor.tenantId,
      id,
      reference,
      title_enc: await scope.sealed.seal(input.title, caseTitleContext(id)),
      help_type: input.helpType ?? null,
      status: 'inquiry',
      team_id: input.teamId,
      caseworker_id: caseworkerId,
      social_area_id: null,
      origin_request_id: origin?.requestId ?? null,
      origin: origin ? JSON.stringify(ZStoredOrigin.parse(origin.stored)) : null,
    })
    .execute();
  const personIds: string[] = [];
  for (const { role, person } of input.persons) {
    const personId = await createPerson(scope, actor.tenantId, person);
    personIds.push(personId);
    await tx
      .insertInto('case_persons')
      .values({ tenant_id: actor.tenantId, case_id: id, person_id: personId, role })
      .execute();
    await audit({ action: 'person.add', resourceType: 'person', resourceId: personId, caseId: id });
  }
  for (const relation of from.relations ?? []) {
    const fromPerson = personIds[relation.from];
    const toPerson = personIds[relation.to];
    if (!fromPerson || !toPerson) continue;
    const relationId = randomUUID();
    await tx
      .insertInto('relations')
      .values({
        tenant_id: actor.tenantId,
        id: relationId,
        from_person_id: fromPerson,
        to_person_id: toPerson,
        kind: relation.kind,
      })
      .execute();
    await audit({ action: 'relation.add', resourceType: 'relation', resourceId: relationId, caseId: id });
  }
  const area = await socialAreaFromChildren(tx, id);
  if (area) await tx.updateTable('cases').set({ social_area_id: area }).where('id', '=', id).execute();
  await refreshCaseSearchText(scope, id);
  await audit({ action: 'case.create', resourceType: 'case', resourceId: id, caseId: id });
  return id;
}
