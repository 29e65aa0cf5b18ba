import { randomUUID } from 'node:crypto';
import type { TCooperationKind, TPublication, TSharedArticle, ZPublishRequestSchema } from '@lotse/shared';
import type { z } from 'zod';
import { badRequest, conflict } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import type { ActorScope } from '../../platform/scope.js';
import { readArticle } from '../knowledge/index.js';
import { getCatalogue } from '../protection/index.js';
import { contentHash } from './canonical.js';
import { requireNoPersonalData } from './check-content.js';
import { officeName } from './office.js';
import { articleParts, catalogueParts, type TextPart } from './personal-data-check.js';
import { presentPublication } from './present.js';
import { publicationRow } from './publications.js';

type PublishInput = z.output<typeof ZPublishRequestSchema>;

/** What is published: its kind, title, tags, content and where it came from in the office. */
export interface Publishable {
  kind: TCooperationKind;
  title: string;
  summary: string;
  tags: string[];
  content: TSharedArticle | Record<string, unknown>;
  sourceRef: string;
  parts: TextPart[];
}

/** An own, current article or template of the office's knowledge base, as it would leave the office. */
export async function articlePublishable(
  scope: ActorScope,
  articleId: string,
  summary = '',
): Promise<Publishable> {
  const article = await readArticle(scope, articleId);
  if (article.archived)
    throw badRequest(`„${article.title}“ ist archiviert. Veröffentlichen Sie nur, was im Amt gilt.`);
  if (article.origin.kind === 'imported')
    throw badRequest(
      `„${article.title}“ ist eine Kopie ${article.origin.office ? `von ${article.origin.office}` : 'eines anderen Amtes'}. Veröffentlichen kann sie nur das Amt, von dem sie stammt.`,
    );
  const content: TSharedArticle = {
    title: article.title,
    kind: article.kind,
    body: article.body,
    tags: article.tags,
  };
  return {
    kind: article.kind,
    title: article.title,
    summary: summary || article.excerpt,
    tags: article.tags,
    content,
    sourceRef: `article:${article.id}`,
    parts: articleParts(content, summary),
  };
}

/** An imported § 8a catalogue of the office (the default catalogue is on every installation). */
async function cataloguePublishable(
  scope: ActorScope,
  id: string,
  version: string,
  summary: string,
): Promise<Publishable> {
  const entry = await getCatalogue(scope, id, version);
  if (entry.summary.source !== 'imported')
    throw badRequest(
      'Der Lotse-Standardkatalog ist in jeder Installation vorhanden und wird nicht veröffentlicht.',
    );
  const s = entry.summary;
  return {
    kind: 'protection_catalogue',
    title: s.title,
    summary:
      summary ||
      `Fassung ${s.version}: ${s.domainCount} Bereiche, ${s.riskFactorCount} Risiko- und ${s.protectiveFactorCount} Schutzfaktoren.`,
    tags: [],
    content: entry.catalogue,
    sourceRef: `catalogue:${s.id}@${s.version}`,
    parts: catalogueParts(entry.catalogue, summary),
  };
}

/**
 * Publishes an own article or template, or an imported § 8a catalogue, to the offices of the
 * installation — after checking it holds no personal data (400 with every finding, nothing
 * written). Publishing a changed version withdraws the previous one; the same version twice is 409.
 */
export async function publishTemplate(scope: ActorScope, input: PublishInput): Promise<TPublication> {
  requireOfficeAction(scope.actor, 'publish_cooperation');
  const item =
    input.source === 'article'
      ? await articlePublishable(scope, input.articleId, input.summary)
      : await cataloguePublishable(scope, input.catalogueId, input.version, input.summary);
  await requireNoPersonalData(scope, item.parts, `„${item.title}“`);
  const hash = contentHash(item.content);
  const live = await scope.tx
    .selectFrom('cooperation_publications')
    .select(['id', 'content_hash'])
    .where('publisher_tenant', '=', scope.tenantId)
    .where('source_ref', '=', item.sourceRef)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  if (live?.content_hash === hash)
    throw conflict(`„${item.title}“ ist in dieser Fassung schon veröffentlicht.`);
  const id = randomUUID();
  if (live) {
    await scope.tx
      .updateTable('cooperation_publications')
      .set({ withdrawn_at: new Date() })
      .where('id', '=', live.id)
      .execute();
    await scope.audit({
      action: 'cooperation.withdraw',
      resourceType: 'publication',
      resourceId: live.id,
      details: { replacedBy: id },
    });
  }
  await scope.tx
    .insertInto('cooperation_publications')
    .values({
      id,
      publisher_tenant: scope.tenantId,
      publisher_office: await officeName(scope),
      kind: item.kind,
      title: item.title,
      summary: item.summary.slice(0, 500),
      tags: item.tags,
      content: JSON.stringify(item.content),
      content_hash: hash,
      source_ref: item.sourceRef,
      published_by_name: scope.actor.displayName,
      published_by: scope.actor.userId,
    })
    .execute();
  await scope.audit({
    action: 'cooperation.publish',
    resourceType: 'publication',
    resourceId: id,
    details: { kind: item.kind, source: item.sourceRef },
  });
  return presentPublication(await publicationRow(scope, id), scope.actor);
}
