import {
  type TEcomap,
  type TEcomapInput,
  type TEcomapKind,
  type TEcomapNode,
  type TEcomapQuality,
  type TPerspectivesAction,
  ZEcomapInputSchema,
} from '@lotse/shared';
import { sql } from 'kysely';
import type { ActorScope } from '../../platform/scope.js';
import { authorizePerspectives } from './case-access.js';
import { sealContexts } from './contexts.js';

// Ökokarte: the people and services around the child, by closeness and by how they affect the family.
const labelContext = sealContexts.ecomapLabel;
const noteContext = sealContexts.ecomapNote;

/** The case's ecomap as it is stored, labels and notes opened. Unaudited: for reads and write answers. */
async function ecomapDetail(
  scope: ActorScope,
  caseId: string,
  allowedActions: TPerspectivesAction[],
): Promise<TEcomap> {
  const { tx, sealed } = scope;
  const head = await tx
    .selectFrom('ecomaps as m')
    .innerJoin('directory_users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'm.tenant_id').onRef('u.id', '=', 'm.updated_by'),
    )
    .select(['m.updated_by', 'u.display_name', 'm.updated_at'])
    .where('m.case_id', '=', caseId)
    .executeTakeFirst();
  const rows = await tx
    .selectFrom('ecomap_nodes')
    .select(['id', 'kind', 'closeness', 'quality', 'label_enc', 'note_enc'])
    .where('case_id', '=', caseId)
    .orderBy('position')
    .execute();
  const nodes: TEcomapNode[] = [];
  for (const n of rows)
    nodes.push({
      id: n.id,
      kind: n.kind as TEcomapKind,
      closeness: n.closeness,
      quality: n.quality as TEcomapQuality,
      label: await sealed.open(n.label_enc, labelContext(caseId, n.id)),
      note: await sealed.open(n.note_enc, noteContext(caseId, n.id)),
    });
  return {
    caseId,
    nodes,
    updatedBy: head ? { id: head.updated_by, displayName: head.display_name } : null,
    updatedAt: head ? new Date(head.updated_at).toISOString() : null,
    allowedActions,
  };
}

/** The case's ecomap (empty before anyone drew one); audited as a read. */
export async function getEcomap(scope: ActorScope, caseId: string): Promise<TEcomap> {
  const allowedActions = await authorizePerspectives(scope, caseId, 'read');
  const map = await ecomapDetail(scope, caseId, allowedActions);
  await scope.audit({
    action: 'perspectives.ecomap_read',
    resourceType: 'ecomap',
    resourceId: caseId,
    caseId,
    details: { nodes: map.nodes.length },
  });
  return map;
}

/** Replaces the case's ecomap with the nodes given (the form always sends the whole map). */
export async function saveEcomap(scope: ActorScope, caseId: string, input: TEcomapInput): Promise<TEcomap> {
  const allowedActions = await authorizePerspectives(scope, caseId, 'edit_ecomap');
  const { nodes } = ZEcomapInputSchema.parse(input);
  const { tx, actor, sealed } = scope;
  const before = await tx.selectFrom('ecomap_nodes').select('id').where('case_id', '=', caseId).execute();
  await tx
    .insertInto('ecomaps')
    .values({ tenant_id: actor.tenantId, case_id: caseId, updated_by: actor.userId })
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'case_id'])
        .doUpdateSet({ updated_by: actor.userId, updated_at: sql<Date>`now()` }),
    )
    .execute();
  await tx.deleteFrom('ecomap_nodes').where('case_id', '=', caseId).execute();
  const rows = [];
  for (const [position, n] of nodes.entries())
    rows.push({
      tenant_id: actor.tenantId,
      case_id: caseId,
      id: n.id,
      position,
      kind: n.kind,
      closeness: n.closeness,
      quality: n.quality,
      label_enc: await sealed.seal(n.label, labelContext(caseId, n.id)),
      note_enc: n.note ? await sealed.seal(n.note, noteContext(caseId, n.id)) : null,
    });
  if (rows.length > 0) await tx.insertInto('ecomap_nodes').values(rows).execute();
  const beforeIds = new Set(before.map((b) => b.id));
  const afterIds = new Set(nodes.map((n) => n.id));
  await scope.audit({
    action: 'perspectives.ecomap_update',
    resourceType: 'ecomap',
    resourceId: caseId,
    caseId,
    details: {
      added: nodes.filter((n) => !beforeIds.has(n.id)).length,
      removed: before.filter((b) => !afterIds.has(b.id)).length,
      nodes: nodes.length,
    },
  });
  return ecomapDetail(scope, caseId, allowedActions);
}
