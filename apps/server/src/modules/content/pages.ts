import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { familyLanguages } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';

/** Shipped default texts: content/family/<lang>/<slug>.md; the office's edits live in the database. */
export const defaultContentDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../../content/family',
);

export interface ContentPage {
  slug: string;
  lang: string;
  title: string;
  bodyMd: string;
}

function parseMarkdown(slug: string, lang: string, text: string): ContentPage {
  const lines = text.split(/\r?\n/);
  const titleLine = lines.findIndex((l) => l.startsWith('# '));
  const title = titleLine >= 0 ? (lines[titleLine] ?? '').slice(2).trim() : slug;
  const body =
    titleLine >= 0 ? [...lines.slice(0, titleLine), ...lines.slice(titleLine + 1)].join('\n').trim() : text;
  return { slug, lang, title, bodyMd: body };
}

function shippedPage(slug: string, lang: string, dir = defaultContentDir): ContentPage | null {
  const file = join(dir, lang, `${slug}.md`);
  return existsSync(file) ? parseMarkdown(slug, lang, readFileSync(file, 'utf8')) : null;
}

function shippedSlugs(dir = defaultContentDir): string[] {
  const de = join(dir, 'de');
  if (!existsSync(de)) return [];
  return readdirSync(de)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** One page in the wanted language: the office's version, the shipped one, then German. */
export async function findPage(tx: Tx, slug: string, lang: string): Promise<ContentPage | null> {
  for (const l of lang === 'de' ? ['de'] : [lang, 'de']) {
    const row = await tx
      .selectFrom('content_pages')
      .select(['slug', 'lang', 'title', 'body_md'])
      .where('slug', '=', slug)
      .where('lang', '=', l)
      .executeTakeFirst();
    if (row) return { slug: row.slug, lang: row.lang, title: row.title, bodyMd: row.body_md };
    const shipped = shippedPage(slug, l);
    if (shipped) return shipped;
  }
  return null;
}

/** All page slugs with their titles in the wanted language. */
export async function listPages(tx: Tx, lang: string): Promise<{ slug: string; title: string }[]> {
  const own = await tx.selectFrom('content_pages').select('slug').distinct().execute();
  const slugs = [...new Set([...shippedSlugs(), ...own.map((r) => r.slug)])].sort();
  const pages = await Promise.all(slugs.map((slug) => findPage(tx, slug, lang)));
  return pages.filter((p): p is ContentPage => p !== null).map((p) => ({ slug: p.slug, title: p.title }));
}

/** The office changes a text (from /admin). */
export async function savePage(tx: Tx, tenantId: string, userId: string, page: ContentPage): Promise<void> {
  await tx
    .insertInto('content_pages')
    .values({
      tenant_id: tenantId,
      slug: page.slug,
      lang: page.lang,
      title: page.title,
      body_md: page.bodyMd,
      updated_by: userId,
    })
    .onConflict((oc) =>
      oc
        .columns(['tenant_id', 'slug', 'lang'])
        .doUpdateSet({ title: page.title, body_md: page.bodyMd, updated_by: userId }),
    )
    .execute();
}

export const contentLanguages = familyLanguages;
