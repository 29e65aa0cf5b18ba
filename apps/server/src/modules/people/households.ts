import type { THousehold } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';

/** Households that any of the given persons belong to, with their members among those persons. */
export async function listHouseholdsOf(tx: Tx, personIds: string[]): Promise<THousehold[]> {
  if (personIds.length === 0) return [];
  const rows = await tx
    .selectFrom('household_members as m')
    .innerJoin('households as h', (j) =>
      j.onRef('h.tenant_id', '=', 'm.tenant_id').onRef('h.id', '=', 'm.household_id'),
    )
    .select(['h.id', 'h.label', 'm.person_id'])
    .where('m.person_id', 'in', personIds)
    .orderBy('h.label')
    .execute();
  const byId = new Map<string, THousehold>();
  for (const r of rows) {
    const h = byId.get(r.id) ?? { id: r.id, label: r.label, personIds: [] };
    h.personIds.push(r.person_id);
    byId.set(r.id, h);
  }
  return [...byId.values()];
}
