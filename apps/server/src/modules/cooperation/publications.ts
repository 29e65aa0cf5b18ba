import type { TCooperationKind, TPublication, TPublicationSummary } from '@lotse/shared';
import { sql } from 'kysely';
import { germanPrefixQuery, searchTerms } from '../../platform/full-text.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import {
  type PublicationRow,
  presentPublication,
  presentPublicationSummary,
  publicationColumns,
} from './present.js';

/** Publications with when the caller's office imported each (RLS shows only its own imports). */
export const publicationQuery = (scope: ActorScope) =>
  scope.tx
    .selectFrom('cooperation_publications as p')
    .select(publicationColumns)
    .select(
      sql<Date | null>`(SELECT min(i.imported_at) FROM cooperation_imports i WHERE i.publication_id = p.id)`.as(
        'imported_at',
      ),
    );

/**
 * The shared space: every office's live publications, newest first, by kind and words; or the own
 * office's publications, withdrawn ones included. No personal data in there (checked when published),
 * so nothing is audited.
 */
export async function listPublications(
  scope: ActorScope,
  filter: { kind?: TCooperationKind | undefined; q?: string | undefined; mine: boolean },
): Promise<TPublicationSummary[]> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  let query = publicationQuery(scope);
  query = filter.mine
    ? query.where('p.publisher_tenant', '=', scope.tenantId)
    : query.where('p.withdrawn_at', 'is', null);
  if (filter.kind) query = query.where('p.kind', '=', filter.kind);
  const terms = searchTerms(filter.q ?? '');
  if (terms.length > 0) {
    const all = germanPrefixQuery(terms, 'all');
    query = query.where(sql<boolean>`p.search @@ ${all}`).orderBy(sql`ts_rank_cd(p.search, ${all})`, 'desc');
  }
  const rows = await query.orderBy('p.published_at', 'desc').limit(300).execute();
  return rows.map((row) => presentPublicationSummary(row as PublicationRow, scope.actor));
}

/** The row of a live publication (any office's) or of one of the own office's; 404 otherwise. */
export async function publicationRow(
  scope: ActorScope,
  id: string,
): Promise<PublicationRow & { content: unknown; source_ref: string }> {
  const row = await publicationQuery(scope)
    .select(['p.content', 'p.source_ref'])
    .where('p.id', '=', id)
    .where((eb) => eb.or([eb('p.withdrawn_at', 'is', null), eb('p.publisher_tenant', '=', scope.tenantId)]))
    .executeTakeFirst();
  if (!row) throw new NotVisibleError('publication', id, 'Veröffentlichung');
  return row as PublicationRow & { content: unknown; source_ref: string };
}

/** One publication with its content, to look at before taking a copy. */
export async function readPublication(scope: ActorScope, id: string): Promise<TPublication> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  return presentPublication(await publicationRow(scope, id), scope.actor);
}
