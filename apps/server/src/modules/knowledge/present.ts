import type { TArticle, TArticleKind, TArticleSummary } from '@lotse/shared';
import type { Actor } from '../../platform/actor.js';
import { allowedArticleActions } from './policy.js';

/** An article row with its owner's and last editor's names (directory_users). */
export interface ArticleRow {
  id: string;
  title: string;
  kind: TArticleKind;
  body: string;
  tags: string[];
  owner_id: string;
  owner_name: string;
  edited_by: string;
  editor_name: string;
  version: number;
  review_on: string;
  archived_at: Date | string | null;
  origin: 'own' | 'imported';
  origin_office: string | null;
  question_id: string | null;
  updated_at: Date | string;
}

export const articleColumns = [
  'a.id',
  'a.title',
  'a.kind',
  'a.body',
  'a.tags',
  'a.owner_id',
  'o.display_name as owner_name',
  'a.edited_by',
  'e.display_name as editor_name',
  'a.version',
  'a.review_on',
  'a.archived_at',
  'a.origin',
  'a.origin_office',
  'a.question_id',
  'a.updated_at',
] as const;

/** Markdown to a plain line for lists: no headings (nor the article's own title line), emphasis, links or code marks. */
export function plainExcerpt(markdown: string, title: string, length = 220): string {
  const heading = /^\s*#\s+([^\n]*)\n/.exec(markdown);
  const body = heading && heading[1]?.trim() === title.trim() ? markdown.slice(heading[0].length) : markdown;
  const plain = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length <= length ? plain : `${plain.slice(0, length - 1).replace(/\s+\S*$/, '')} …`;
}

/** A search passage without Markdown marks and line breaks; the «» highlight marks stay. */
export const plainPassage = (passage: string) =>
  passage
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(^|\s)(#{1,6}|>|[-*+])\s+/g, '$1')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const day = (value: string | Date) =>
  (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);

export function presentSummary(r: ArticleRow, today: string): TArticleSummary {
  const reviewOn = day(r.review_on);
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    excerpt: plainExcerpt(r.body, r.title),
    tags: r.tags,
    owner: { id: r.owner_id, displayName: r.owner_name },
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
    reviewOn,
    reviewDue: r.archived_at === null && reviewOn <= today,
    archived: r.archived_at !== null,
    origin: { kind: r.origin, office: r.origin_office },
  };
}

export function presentArticle(r: ArticleRow, today: string, actor: Actor): TArticle {
  const summary = presentSummary(r, today);
  return {
    ...summary,
    body: r.body,
    editedBy: { id: r.edited_by, displayName: r.editor_name },
    questionId: r.question_id,
    allowedActions: allowedArticleActions(actor, {
      tenantId: actor.tenantId,
      ownerId: r.owner_id,
      archived: summary.archived,
    }),
  };
}
