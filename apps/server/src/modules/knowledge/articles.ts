import { randomUUID } from 'node:crypto';
import type { TArticle, TArticleKind, TArticleSummary, TArticleVersion } from '@lotse/shared';
import { conflict, HttpError } from '../../platform/errors.js';
import { requireOfficeAction } from '../../platform/policy.js';
import { type ActorScope, NotVisibleError } from '../../platform/scope.js';
import { officeToday } from '../tenancy/index.js';
import { canOnArticle } from './policy.js';
import { type ArticleRow, articleColumns, presentArticle, presentSummary } from './present.js';

export type ArticleInput = {
  title: string;
  kind?: TArticleKind | undefined;
  body: string;
  tags: string[];
  reviewOn?: string | undefined;
};
export type ArticleUpdate = ArticleInput & { baseVersion: number; note: string };

const articleQuery = (scope: ActorScope) =>
  scope.tx
    .selectFrom('knowledge_articles as a')
    .innerJoin('directory_users as o', 'o.id', 'a.owner_id')
    .innerJoin('directory_users as e', 'e.id', 'a.edited_by')
    .select(articleColumns);

/** A year from today: the default day to check an article is still right. */
const inOneYear = (today: string) =>
  `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`.replace('-02-29', '-02-28');

async function articleRow(scope: ActorScope, id: string): Promise<ArticleRow> {
  const row = await articleQuery(scope).where('a.id', '=', id).executeTakeFirst();
  if (!row) throw new NotVisibleError('article', id, 'Artikel');
  return row as ArticleRow;
}

/** One article, for everyone in the office (office knowledge, no personal data: not audited). */
export async function readArticle(scope: ActorScope, id: string): Promise<TArticle> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  return presentArticle(await articleRow(scope, id), officeToday(), scope.actor);
}

/** The office's articles, newest change first; by tag, due for review, or the archive. */
export async function listArticles(
  scope: ActorScope,
  filter: {
    tag?: string | undefined;
    kind?: TArticleKind | undefined;
    reviewDue?: boolean | undefined;
    archived: boolean;
  },
): Promise<TArticleSummary[]> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  const today = officeToday();
  let query = articleQuery(scope).where('a.archived_at', filter.archived ? 'is not' : 'is', null);
  if (filter.tag) query = query.where((eb) => eb(eb.val(filter.tag), '=', eb.fn.any('a.tags')));
  if (filter.kind) query = query.where('a.kind', '=', filter.kind);
  if (filter.reviewDue) query = query.where('a.review_on', '<=', today);
  const rows = await query.orderBy('a.updated_at', 'desc').limit(500).execute();
  return rows.map((r) => presentSummary(r as ArticleRow, today));
}

/** Tags in use and how many articles carry each, most used first. */
export async function listTags(scope: ActorScope): Promise<{ tag: string; count: number }[]> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  const rows = await scope.tx
    .selectFrom((eb) =>
      eb
        .selectFrom('knowledge_articles')
        .select((e) => e.fn<string>('unnest', ['tags']).as('tag'))
        .where('archived_at', 'is', null)
        .as('t'),
    )
    .select(['t.tag', (eb) => eb.fn.countAll<string>().as('count')])
    .groupBy('t.tag')
    .orderBy('count', 'desc')
    .orderBy('t.tag')
    .execute();
  return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
}

/** Writes a new article as version 1, owned by the writer. */
export async function createArticle(
  scope: ActorScope,
  input: ArticleInput,
  extra: { questionId?: string; origin?: { office: string } } = {},
): Promise<TArticle> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  const today = officeToday();
  const id = randomUUID();
  const tags = [...new Set(input.tags)];
  await scope.tx
    .insertInto('knowledge_articles')
    .values({
      tenant_id: scope.tenantId,
      id,
      title: input.title,
      kind: input.kind ?? 'article',
      body: input.body,
      tags,
      owner_id: scope.actor.userId,
      edited_by: scope.actor.userId,
      review_on: input.reviewOn ?? inOneYear(today),
      question_id: extra.questionId ?? null,
      origin: extra.origin ? 'imported' : 'own',
      origin_office: extra.origin?.office ?? null,
    })
    .execute();
  await scope.tx
    .insertInto('knowledge_article_versions')
    .values({
      tenant_id: scope.tenantId,
      article_id: id,
      version: 1,
      title: input.title,
      body: input.body,
      tags,
      edited_by: scope.actor.userId,
      note: extra.questionId ? 'Aus einer beantworteten Frage' : '',
    })
    .execute();
  await scope.audit({ action: 'knowledge.article_create', resourceType: 'article', resourceId: id });
  return presentArticle(await articleRow(scope, id), today, scope.actor);
}

/** Saves a new version; refused (409) when someone else saved since the editor opened it. */
export async function updateArticle(scope: ActorScope, id: string, input: ArticleUpdate): Promise<TArticle> {
  const current = await articleRow(scope, id);
  const facts = {
    tenantId: scope.tenantId,
    ownerId: current.owner_id,
    archived: current.archived_at !== null,
  };
  if (!canOnArticle(scope.actor, 'edit', facts)) {
    throw new HttpError(403, 'forbidden', 'Archivierte Artikel können nicht mehr bearbeitet werden.');
  }
  if (input.baseVersion !== current.version) {
    throw conflict(
      `Der Artikel wurde inzwischen von ${current.editor_name} geändert (Version ${current.version}). Bitte laden Sie ihn neu und übernehmen Sie Ihre Änderungen.`,
    );
  }
  const version = current.version + 1;
  const tags = [...new Set(input.tags)];
  const updated = await scope.tx
    .updateTable('knowledge_articles')
    .set({
      title: input.title,
      body: input.body,
      tags,
      review_on: input.reviewOn ?? current.review_on,
      edited_by: scope.actor.userId,
      version,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .where('version', '=', current.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1)
    throw conflict('Der Artikel wurde gerade geändert. Bitte laden Sie ihn neu.');
  await scope.tx
    .insertInto('knowledge_article_versions')
    .values({
      tenant_id: scope.tenantId,
      article_id: id,
      version,
      title: input.title,
      body: input.body,
      tags,
      edited_by: scope.actor.userId,
      note: input.note,
    })
    .execute();
  await scope.audit({
    action: 'knowledge.article_update',
    resourceType: 'article',
    resourceId: id,
    details: { version },
  });
  return presentArticle(await articleRow(scope, id), officeToday(), scope.actor);
}

/** Takes an article out of search and lists (it stays readable by link, with its history). */
export async function archiveArticle(scope: ActorScope, id: string): Promise<TArticle> {
  const current = await articleRow(scope, id);
  const facts = {
    tenantId: scope.tenantId,
    ownerId: current.owner_id,
    archived: current.archived_at !== null,
  };
  if (!canOnArticle(scope.actor, 'archive', facts)) {
    throw new HttpError(
      403,
      'forbidden',
      facts.archived
        ? 'Der Artikel ist bereits archiviert.'
        : 'Archivieren dürfen die verantwortliche Person, Teamleitungen und Administrator*innen.',
    );
  }
  await scope.tx
    .updateTable('knowledge_articles')
    .set({ archived_at: new Date() })
    .where('id', '=', id)
    .execute();
  await scope.audit({ action: 'knowledge.article_archive', resourceType: 'article', resourceId: id });
  return presentArticle(await articleRow(scope, id), officeToday(), scope.actor);
}

/** Every version of an article, newest first, with who changed it and why. */
export async function articleVersions(scope: ActorScope, id: string): Promise<TArticleVersion[]> {
  requireOfficeAction(scope.actor, 'use_knowledge');
  await articleRow(scope, id);
  const rows = await scope.tx
    .selectFrom('knowledge_article_versions as v')
    .innerJoin('directory_users as e', 'e.id', 'v.edited_by')
    .select([
      'v.version',
      'v.title',
      'v.body',
      'v.tags',
      'v.edited_by',
      'e.display_name',
      'v.edited_at',
      'v.note',
    ])
    .where('v.article_id', '=', id)
    .orderBy('v.version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    title: r.title,
    body: r.body,
    tags: r.tags,
    editedBy: { id: r.edited_by, displayName: r.display_name },
    editedAt: new Date(r.edited_at).toISOString(),
    note: r.note,
  }));
}

/** A copy of another office's published article or template, owned by whoever imports it. */
export const importSharedArticle = (scope: ActorScope, input: ArticleInput, office: string) =>
  createArticle(scope, input, { origin: { office } });
