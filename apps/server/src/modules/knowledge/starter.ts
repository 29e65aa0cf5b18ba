import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Tx } from '../../db/connection.js';
import { officeToday } from '../tenancy/index.js';

/** The starter knowledge every office begins with (data/knowledge), its own to change. */
export const STARTER_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../../data/knowledge');

export interface StarterArticle {
  slug: string;
  title: string;
  tags: string[];
  body: string;
}

const ZStarterPath = z.object({
  title: z.string().min(3),
  audience: z.string().min(3),
  description: z.string(),
  weeks: z.number().int().min(1).max(52),
  steps: z
    .array(
      z.object({
        week: z.number().int().min(1),
        kind: z.enum(['article', 'law', 'task', 'meeting']),
        title: z.string().min(3),
        description: z.string().default(''),
        article: z.string().optional(),
        lawRef: z.string().optional(),
      }),
    )
    .min(1),
});
export type StarterPath = z.infer<typeof ZStarterPath>;

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

/** An article file: "---\ntitle: …\ntags: [a, b]\n---\n" and Markdown. */
export function parseStarterArticle(slug: string, text: string): StarterArticle {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error(`${slug}.md: front matter (title, tags) fehlt`);
  const head = match[1] ?? '';
  const title = /^title:\s*(.+)$/m.exec(head)?.[1]?.trim();
  if (!title) throw new Error(`${slug}.md: title fehlt`);
  const tags = (/^tags:\s*\[(.*)\]$/m.exec(head)?.[1] ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  // The title is shown above the article; a first "# heading" in the file would repeat it.
  const body = text
    .slice(match[0].length)
    .trim()
    .replace(/^#\s+[^\n]*\n+/, '');
  return { slug, title, tags, body };
}

export async function readStarterKnowledge(
  dir = STARTER_DIR,
): Promise<{ articles: StarterArticle[]; path: StarterPath }> {
  const files = (await readdir(join(dir, 'articles'))).filter((f) => f.endsWith('.md')).sort();
  const articles = await Promise.all(
    files.map(async (f) =>
      parseStarterArticle(f.replace(/\.md$/, ''), await readFile(join(dir, 'articles', f), 'utf8')),
    ),
  );
  const path = ZStarterPath.parse(JSON.parse(await readFile(join(dir, 'onboarding-asd.json'), 'utf8')));
  for (const step of path.steps) {
    if (step.kind === 'article' && !articles.some((a) => a.slug === step.article)) {
      throw new Error(
        `onboarding-asd.json: Schritt „${step.title}“ nennt den unbekannten Artikel ${step.article}`,
      );
    }
  }
  return { articles, path };
}

/**
 * Gives an office that has no articles yet the starter set and the onboarding path for new ASD
 * caseworkers, owned by its first administrator (or first user). Runs at every start; an office
 * with any article (even archived ones) is left alone. Returns how many articles it wrote. Several
 * instances start at once: an advisory lock per office lets only one check and write at a time, and
 * the next one then finds the articles.
 */
export async function ensureStarterKnowledge(tx: Tx, tenantId: string): Promise<number> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('lotse:starter-knowledge'), hashtext(${tenantId}))`.execute(
    tx,
  );
  const any = await tx.selectFrom('knowledge_articles').select('id').limit(1).executeTakeFirst();
  if (any) return 0;
  const users = await tx
    .selectFrom('directory_users')
    .select(['id', 'roles'])
    .where('disabled', '=', false)
    .orderBy('display_name')
    .execute();
  const owner = users.find((u) => u.roles.includes('admin')) ?? users[0];
  if (!owner) return 0;
  const { articles, path } = await readStarterKnowledge();
  const today = officeToday();
  const reviewOn = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`.replace('-02-29', '-02-28');
  const ids = new Map(articles.map((a) => [a.slug, randomUUID()]));
  const base = { tenant_id: tenantId, owner_id: owner.id, edited_by: owner.id, review_on: reviewOn };
  await tx
    .insertInto('knowledge_articles')
    .values(
      articles.map((a) => ({
        ...base,
        id: ids.get(a.slug) ?? '',
        title: a.title,
        body: a.body,
        tags: a.tags,
        question_id: null,
        origin_office: null,
        archived_at: null,
      })),
    )
    .execute();
  await tx
    .insertInto('knowledge_article_versions')
    .values(
      articles.map((a) => ({
        tenant_id: tenantId,
        article_id: ids.get(a.slug) ?? '',
        version: 1,
        title: a.title,
        body: a.body,
        tags: a.tags,
        edited_by: owner.id,
        note: 'Startbestand von Lotse',
      })),
    )
    .execute();
  const pathId = randomUUID();
  await tx
    .insertInto('onboarding_paths')
    .values({
      tenant_id: tenantId,
      id: pathId,
      title: path.title,
      description: path.description,
      audience: path.audience,
      weeks: path.weeks,
    })
    .execute();
  await tx
    .insertInto('onboarding_steps')
    .values(
      path.steps.map((s, position) => ({
        tenant_id: tenantId,
        id: randomUUID(),
        path_id: pathId,
        position,
        week: s.week,
        kind: s.kind,
        title: s.title,
        description: s.description,
        article_id: s.article ? (ids.get(s.article) ?? null) : null,
        law_ref: s.lawRef ?? null,
      })),
    )
    .execute();
  return articles.length;
}
