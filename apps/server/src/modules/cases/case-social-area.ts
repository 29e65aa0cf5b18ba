import { sql } from 'kysely';
import type { Tx } from '../../db/connection.js';
import type { ActorScope } from '../../platform/scope.js';

/*
 * Which social area (Sozialraum) a case lies in follows from its children concerned:
 *
 *   The case takes the area of its youngest child concerned whose address resolves to an area.
 *   Children without a birth date count as older than every child with one; between equals, the
 *   one recorded first wins. When no child concerned has a known area, the case keeps the area it
 *   has: an incomplete address or one outside the office does not drop it from its area's lists.
 *   Closed cases keep the area they were closed in.
 *
 * Why the youngest: the help usually lasts longest for the youngest child, and the rule gives one
 * answer for any family. The rule is applied when the case is opened and again whenever an address,
 * a birth date or a role of one of its persons changes, and when a child is added.
 */

/** The area the rule gives for a case, or null when no child concerned has a known area. */
export async function socialAreaFromChildren(tx: Tx, caseId: string): Promise<string | null> {
  const row = await tx
    .selectFrom('case_persons as cp')
    .innerJoin('persons as p', (j) =>
      j.onRef('p.tenant_id', '=', 'cp.tenant_id').onRef('p.id', '=', 'cp.person_id'),
    )
    .select('p.social_area_id')
    .where('cp.case_id', '=', caseId)
    .where('cp.role', '=', 'child')
    .where('p.social_area_id', 'is not', null)
    .orderBy(sql`p.birth_date DESC NULLS LAST`)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .limit(1)
    .executeTakeFirst();
  return row?.social_area_id ?? null;
}

/**
 * Applies the rule to the given cases (open ones only) and records each change of area in the
 * audit log as an update of that case.
 */
export async function refreshCaseSocialAreas(
  { tx, audit }: ActorScope,
  caseIds: string[],
  cause: { personId: string },
): Promise<void> {
  if (caseIds.length === 0) return;
  const cases = await tx
    .selectFrom('cases')
    .select(['id', 'social_area_id'])
    .where('id', 'in', [...new Set(caseIds)])
    .where('status', '!=', 'closed')
    .execute();
  for (const c of cases) {
    const area = await socialAreaFromChildren(tx, c.id);
    if (area === null || area === c.social_area_id) continue;
    await tx
      .updateTable('cases')
      .set({ social_area_id: area, updated_at: sql<Date>`now()` })
      .where('id', '=', c.id)
      .execute();
    await audit({
      action: 'case.update',
      resourceType: 'case',
      resourceId: c.id,
      caseId: c.id,
      details: { fields: ['socialArea'], from: c.social_area_id, to: area, personId: cause.personId },
    });
  }
}

/** The open and closed cases a person belongs to, in any role. */
export async function casesOfPerson(tx: Tx, personId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('case_persons')
    .select('case_id')
    .where('person_id', '=', personId)
    .execute();
  return rows.map((r) => r.case_id);
}
