import { type TAdminFlowResponse, type TFlowDefinition, ZFlowDefinitionSchema } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import { HttpError } from '../../platform/errors.js';
import { defaultFlow } from './default-flow.js';

/** The newest published intake flow of the office, or the built-in default (version 0). */
export async function currentFlow(tx: Tx): Promise<{ version: number; definition: TFlowDefinition }> {
  const row = await tx
    .selectFrom('intake_flows')
    .select(['version', 'definition'])
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return { version: 0, definition: defaultFlow };
  const parsed = ZFlowDefinitionSchema.safeParse(row.definition);
  return parsed.success
    ? { version: row.version, definition: parsed.data }
    : { version: 0, definition: defaultFlow };
}

/** The current flow with who published it and when, for the office administration. */
export async function currentFlowForAdmin(tx: Tx): Promise<TAdminFlowResponse> {
  const flow = await currentFlow(tx);
  if (flow.version === 0) return { ...flow, publishedAt: null, publishedBy: null };
  const row = await tx
    .selectFrom('intake_flows')
    .leftJoin('directory_users as users', (j) =>
      j
        .onRef('users.tenant_id', '=', 'intake_flows.tenant_id')
        .onRef('users.id', '=', 'intake_flows.created_by'),
    )
    .select(['intake_flows.created_at', 'users.id as user_id', 'users.display_name'])
    .where('intake_flows.version', '=', flow.version)
    .executeTakeFirstOrThrow();
  return {
    ...flow,
    publishedAt: row.created_at.toISOString(),
    publishedBy: row.user_id && row.display_name ? { id: row.user_id, displayName: row.display_name } : null,
  };
}

/** Publishes a new version of the flow; earlier versions stay for the requests that used them. */
export async function publishFlow(
  tx: Tx,
  tenantId: string,
  userId: string,
  definition: TFlowDefinition,
): Promise<number> {
  const ids = definition.steps.map((s) => s.id);
  if (new Set(ids).size !== ids.length)
    throw new HttpError(400, 'bad_request', 'Jeder Schritt braucht eine eigene ID.');
  if (!definition.steps.some((s) => s.field === 'concern')) {
    throw new HttpError(
      400,
      'bad_request',
      'Der Ablauf braucht einen Schritt, in dem das Anliegen beschrieben wird.',
    );
  }
  for (const step of definition.steps) {
    if (!step.prompt.de)
      throw new HttpError(400, 'bad_request', `Schritt „${step.id}“: Der deutsche Text fehlt.`);
  }
  const { version } = await currentFlow(tx);
  const next = version + 1;
  await tx
    .insertInto('intake_flows')
    .values({
      tenant_id: tenantId,
      version: next,
      definition: JSON.stringify(definition),
      created_by: userId,
    })
    .execute();
  return next;
}
