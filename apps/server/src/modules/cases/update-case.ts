import { randomUUID } from 'node:crypto';
import {
  allowedNextStatuses,
  caseStatusLabels,
  type TCaseStatus,
  type TUpdateCaseRequest,
} from '@lotse/shared';
import { sql } from 'kysely';
import type { KeyRing } from '../../platform/crypto.js';
import { HttpError } from '../../platform/errors.js';
import type { ActorScope } from '../../platform/scope.js';
import { isTeamMember } from '../tenancy/index.js';
import { authorizeCase } from './authorize.js';
import { caseTitleContext, entryTitleContext } from './sealed-fields.js';
import { refreshCaseSearchText } from './search-text.js';

/** Changes title, help type, status (along the lifecycle) or assignment of a case. */
export async function updateCase(
  scope: ActorScope,
  keys: KeyRing,
  caseId: string,
  input: TUpdateCaseRequest,
): Promise<void> {
  const { tx, actor, audit } = scope;
  const assigning = input.caseworkerId !== undefined || input.deputyIds !== undefined;
  const editing = input.title !== undefined || input.helpType !== undefined;
  const facts = await authorizeCase(
    tx,
    actor,
    caseId,
    editing ? 'update' : input.status ? 'change_status' : 'assign',
  );
  if (editing && input.status) await authorizeCase(tx, actor, caseId, 'change_status');
  if (assigning) await authorizeCase(tx, actor, caseId, 'assign');

  const changes: Record<string, unknown> = {};
  if (input.status && input.status !== facts.status) {
    if (!allowedNextStatuses(facts.status).includes(input.status)) {
      throw new HttpError(
        409,
        'invalid_transition',
        `Von „${caseStatusLabels[facts.status]}“ geht es nicht direkt zu „${caseStatusLabels[input.status]}“.`,
        {
          status: `Erlaubt: ${allowedNextStatuses(facts.status)
            .map((s) => caseStatusLabels[s])
            .join(', ')}`,
        },
      );
    }
    changes.status = input.status;
    await recordStatusChange(scope, keys, caseId, facts.status, input.status);
  }
  if (input.caseworkerId !== undefined && input.caseworkerId !== null) {
    await requireTeamMember(scope, facts.teamId, input.caseworkerId, 'caseworkerId');
  }
  for (const deputyId of input.deputyIds ?? [])
    await requireTeamMember(scope, facts.teamId, deputyId, 'deputyIds');

  await tx
    .updateTable('cases')
    .set({
      ...(input.title !== undefined && {
        title_enc: await scope.sealed.seal(input.title, caseTitleContext(caseId)),
      }),
      ...(input.helpType !== undefined && { help_type: input.helpType }),
      ...(input.caseworkerId !== undefined && { caseworker_id: input.caseworkerId }),
      ...(changes.status !== undefined && {
        status: input.status,
        closed_at: input.status === 'closed' ? sql<Date>`now()` : null,
      }),
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', caseId)
    .execute();
  if (input.deputyIds) {
    await tx.deleteFrom('case_deputies').where('case_id', '=', caseId).execute();
    const unique = [...new Set(input.deputyIds)];
    if (unique.length) {
      await tx
        .insertInto('case_deputies')
        .values(unique.map((user_id) => ({ tenant_id: actor.tenantId, case_id: caseId, user_id })))
        .execute();
    }
  }
  if (input.title !== undefined) await refreshCaseSearchText(scope, caseId);
  await audit({
    action: 'case.update',
    resourceType: 'case',
    resourceId: caseId,
    caseId,
    details: { fields: Object.keys(input) },
  });
}

async function requireTeamMember({ tx }: ActorScope, teamId: string, userId: string, field: string) {
  if (!(await isTeamMember(tx, teamId, userId))) {
    throw new HttpError(
      400,
      'bad_request',
      'Zuständige und Vertretungen müssen zum Team des Falls gehören.',
      {
        [field]: 'Nicht im Team',
      },
    );
  }
}

/** A status change leaves a trace in the timeline. */
async function recordStatusChange(
  { tx, actor }: ActorScope,
  keys: KeyRing,
  caseId: string,
  from: TCaseStatus,
  to: TCaseStatus,
) {
  const id = randomUUID();
  const body = `Status geändert von „${caseStatusLabels[from]}“ zu „${caseStatusLabels[to]}“.`;
  await tx
    .insertInto('case_entries')
    .values({
      tenant_id: actor.tenantId,
      id,
      case_id: caseId,
      kind: 'status_change',
      occurred_at: sql<Date>`now()`,
      author_id: actor.userId,
      title_enc: await keys.encrypt(
        tx,
        actor.tenantId,
        `Status: ${caseStatusLabels[to]}`,
        entryTitleContext(id),
      ),
      body_enc: await keys.encrypt(tx, actor.tenantId, body, `entry:${id}`),
    })
    .execute();
}
