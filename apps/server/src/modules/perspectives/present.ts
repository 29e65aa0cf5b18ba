import type {
  TPerspective,
  TPerspectiveCatalogue,
  TPerspectiveEntry,
  TPerspectiveRound,
  TRatingValue,
  TRecordedAs,
} from '@lotse/shared';
import { perspectives } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';
import type { SealedText } from '../../platform/sealed-text.js';

import { sealContexts } from './contexts.js';

const commentContext = sealContexts.comment;

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * The case's rating rounds (newest first) with every entry and rating, comments opened; what leaves
 * the server. Unaudited: the callers audit the read or the write.
 */
export async function readRounds(
  { tx, sealed }: { tx: Tx; sealed: SealedText },
  catalogue: TPerspectiveCatalogue,
  where: { caseId: string; roundId?: string },
): Promise<TPerspectiveRound[]> {
  let query = tx
    .selectFrom('perspective_rounds as r')
    .innerJoin('directory_users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'r.tenant_id').onRef('u.id', '=', 'r.created_by'),
    )
    .select([
      'r.id',
      'r.case_id',
      'r.rated_on',
      'r.help_plan_id',
      'r.help_plan_version',
      'r.catalogue_id',
      'r.catalogue_version',
      'r.created_by',
      'u.display_name as created_name',
      'r.created_at',
    ])
    .where('r.case_id', '=', where.caseId);
  if (where.roundId) query = query.where('r.id', '=', where.roundId);
  const rounds = await query.orderBy('r.rated_on', 'desc').orderBy('r.created_at', 'desc').execute();
  if (rounds.length === 0) return [];
  const ids = rounds.map((r) => r.id);
  const entries = await tx
    .selectFrom('perspective_entries as e')
    .innerJoin('directory_users as u', (j) =>
      j.onRef('u.tenant_id', '=', 'e.tenant_id').onRef('u.id', '=', 'e.entered_by'),
    )
    .select([
      'e.round_id',
      'e.perspective',
      'e.recorded_as',
      'e.entered_by',
      'u.display_name',
      'e.entered_at',
    ])
    .where('e.round_id', 'in', ids)
    .execute();
  const ratings = await tx
    .selectFrom('perspective_ratings')
    .select(['round_id', 'perspective', 'dimension', 'value', 'comment_enc'])
    .where('round_id', 'in', ids)
    .execute();
  const order = new Map(catalogue.dimensions.map((d, i) => [d.id, i]));
  const rank = (dimension: string) => order.get(dimension) ?? order.size;
  const ratingsOf = new Map<string, TPerspectiveEntry['ratings']>();
  for (const r of ratings) {
    const key = `${r.round_id}:${r.perspective}`;
    const list = ratingsOf.get(key) ?? [];
    list.push({
      dimension: r.dimension,
      value: r.value === null ? null : (r.value as TRatingValue),
      comment: await sealed.open(r.comment_enc, commentContext(r.round_id, r.perspective, r.dimension)),
    });
    ratingsOf.set(key, list);
  }
  return rounds.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    ratedOn: r.rated_on,
    helpPlan:
      r.help_plan_id && r.help_plan_version ? { planId: r.help_plan_id, version: r.help_plan_version } : null,
    catalogue: { id: r.catalogue_id, version: r.catalogue_version },
    createdBy: { id: r.created_by, displayName: r.created_name },
    createdAt: iso(r.created_at),
    entries: entries
      .filter((e) => e.round_id === r.id)
      .sort(
        (a, b) =>
          perspectives.indexOf(a.perspective as TPerspective) -
          perspectives.indexOf(b.perspective as TPerspective),
      )
      .map((e) => ({
        perspective: e.perspective as TPerspective,
        recordedAs: e.recorded_as as TRecordedAs | null,
        enteredBy: { id: e.entered_by, displayName: e.display_name },
        enteredAt: iso(e.entered_at),
        ratings: (ratingsOf.get(`${r.id}:${e.perspective}`) ?? []).sort(
          (a, b) => rank(a.dimension) - rank(b.dimension),
        ),
      })),
  }));
}
