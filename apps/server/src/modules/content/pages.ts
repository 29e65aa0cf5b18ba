import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { familyLanguages } from '@lotse/shared';
import type { Tx } from '../../db/connection.js';

/**
 * Shipped default texts: content/family/<lang>/<slug>.md, written for everyone (German: "du"/"ihr"),
 * and, where the language has two forms of address, <slug>.formal.md for readers addressed with
 * "Sie" (parents and other adults, docs/decisions/0005). The office's edits live in the database
 * under the language code, or `<lang>_formal` for the Sie form.
 */
export const defaultContentDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../../content/family',
);

export type ContentForm = 'formal' | 'informal';

export interface ContentPage {
  slug: string;
  lang: string;
  /** `formal` when the text is the Sie form; plain texts address everyone. */
  form: 'formal' | null;
  title: string;
  bodyMd: string;
}

const FORMAL_SUFFIX = '.formal';

function parseMarkdown(slug: string, lang: string, text: string): ContentPage {
  const lines = text.split(/\r?\n/);
  const titleLine = lines.findIndex((l) => l.startsWith('# '));
  const title = titleLine >= 0 ? (lines[titleLine] ?? '').slice(2).trim() : slug;
  const body =
    titleLine >= 0 ? [...lines.slice(0, titleLine), ...lines.slice(titleLine + 1)].join('\n').trim() : text;
  return { slug, lang, form: null, title, bodyMd: body };
}

function shippedPage(
  slug: string,
  lang: string,
  formal: boolean,
  dir = defaultContentDir,
): ContentPage | null {
  const file = join(dir, lang, `${slug}${formal ? FORMAL_SUFFIX : ''}.md`);
  if (!existsSync(file)) return null;
  return { ...parseMarkdown(slug, lang, readFileSync(file, 'utf8')), form: formal ? 'formal' : null };
}

/** The database key of a page's language and form ("de", "de_formal"). */
export function storedLanguage(lang: string, form: 'formal' | null): string {
  return form === 'formal' ? `${lang}_formal` : lang;
}

function shippedSlugs(dir = defaultContentDir): string[] {
  const de = join(dir, 'de');
  if (!existsSync(de)) return [];
  return readdirSync(de)
    .filter((f) => f.endsWith('.md') && !f.endsWith(`${FORMAL_SUFFIX}.md`))
    .map((f) => f.slice(0, -3))
    .sort();
}

/**
 * One page in the wanted language and form. The office's own texts come before the shipped ones
 * (an office that rewrote a page wants every reader to see it): for a reader addressed formally the
 * office's Sie form, then its text for everyone, then the shipped Sie form, then the shipped text;
 * German when the language has no text.
 */
export async function findPage(
  tx: Tx,
  slug: string,
  lang: string,
  form: ContentForm | null = null,
): Promise<ContentPage | null> {
  const forms: ('formal' | null)[] = form === 'formal' ? ['formal', null] : [null];
  for (const l of lang === 'de' ? ['de'] : [lang, 'de']) {
    const rows = await tx
      .selectFrom('content_pages')
      .select(['lang', 'title', 'body_md'])
      .where('slug', '=', slug)
      .where(
        'lang',
        'in',
        forms.map((variant) => storedLanguage(l, variant)),
      )
      .execute();
    for (const variant of forms) {
      const row = rows.find((r) => r.lang === storedLanguage(l, variant));
      if (row) return { slug, lang: l, form: variant, title: row.title, bodyMd: row.body_md };
    }
    for (const variant of forms) {
      const shipped = shippedPage(slug, l, variant === 'formal');
      if (shipped) return shipped;
    }
  }
  return null;
}

/** All page slugs with their titles in the wanted language. */
export async function listPages(
  tx: Tx,
  lang: string,
  form: ContentForm | null = null,
): Promise<{ slug: string; title: string }[]> {
  const own = await tx.selectFrom('content_pages').select('slug').distinct().execute();
  const slugs = [...new Set([...shippedSlugs(), ...own.map((r) => r.slug)])].sort();
  const pages = await Promise.all(slugs.map((slug) => findPage(tx, slug, lang, form)));
  return pages.filter((p): p is ContentPage => p !== null).map((p) => ({ slug: p.slug, title: p.title }));
}

/** The office changes a text (from /admin). */
export async function savePage(tx: Tx, tenantId: string, userId: string, page: ContentPage): Promise<void> {
  await tx
    .insertInto('content_pages')
    .values({
      tenant_id: tenantId,
      slug: page.slug,
      lang: storedLanguage(page.lang, page.form),
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
