import type { TAssessment, TFactorKind, TProtectionCatalogue } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';
import { findCatalogue } from './catalogues.js';
import { isoDay } from './dates.js';
import { openPart, type SealedAssessment } from './sealed.js';

/** The kind (risk or protective) of every factor of a catalogue. */
export function factorKinds(catalogue: TProtectionCatalogue): Map<string, TFactorKind> {
  return new Map(catalogue.domains.flatMap((d) => d.factors.map((f) => [f.key, f.kind] as const)));
}

/** How many factors of each kind were rated, and how often each scale point was given. */
export function countRatings(ratings: SealedAssessment['ratings'], kinds: Map<string, TFactorKind>) {
  const counts = {
    risk: { rated: 0, byValue: [0, 0, 0, 0] },
    protective: { rated: 0, byValue: [0, 0, 0, 0] },
  };
  for (const r of ratings) {
    const kind = kinds.get(r.factorKey);
    if (!kind) continue;
    counts[kind].rated += 1;
    counts[kind].byValue[r.rating] = (counts[kind].byValue[r.rating] ?? 0) + 1;
  }
  return counts;
}

/** Every assessment of the procedures given, oldest first, ratings opened. Unaudited. */
export async function readAssessments(
  scope: { tx: Tx; sealed: SealedText },
  procedureIds: string[],
): Promise<Map<string, TAssessment[]>> {
  const byProcedure = new Map<string, TAssessment[]>();
  if (procedureIds.length === 0) return byProcedure;
  const rows = await scope.tx
    .selectFrom('protection_assessments as a')
    .innerJoin('directory_users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.created_by'),
    )
    .select([
      'a.id',
      'a.procedure_id',
      'a.catalogue_id',
      'a.catalogue_version',
      'a.assessed_on',
      'a.ratings_enc',
      'a.created_by',
      'u.display_name',
      'a.created_at',
    ])
    .where('a.procedure_id', 'in', procedureIds)
    .orderBy('a.assessed_on')
    .orderBy('a.created_at')
    .execute();
  const catalogues = new Map<string, Map<string, TFactorKind>>();
  for (const row of rows) {
    const key = `${row.catalogue_id}@${row.catalogue_version}`;
    if (!catalogues.has(key)) {
      const catalogue = await findCatalogue(scope.tx, row.catalogue_id, row.catalogue_version);
      catalogues.set(key, catalogue ? factorKinds(catalogue) : new Map());
    }
    const sealed = await openPart<SealedAssessment>(scope.sealed, 'assessment', row.id, row.ratings_enc);
    const counts = countRatings(sealed.ratings, catalogues.get(key) ?? new Map());
    const list = byProcedure.get(row.procedure_id) ?? [];
    list.push({
      id: row.id,
      catalogueId: row.catalogue_id,
      catalogueVersion: row.catalogue_version,
      assessedOn: isoDay(row.assessed_on),
      ratings: sealed.ratings,
      summary: sealed.summary,
      risk: counts.risk,
      protective: counts.protective,
      createdBy: { id: row.created_by, displayName: row.display_name },
      createdAt: new Date(row.created_at).toISOString(),
    });
    byProcedure.set(row.procedure_id, list);
  }
  return byProcedure;
}
