import type { ContentListItem, ContentPage } from './api.ts';

/**
 * Development only: the texts straight from `content/family/<lang>/<slug>.md` when the server has
 * no content endpoint yet. In a production build `import.meta.env.DEV` is false, so neither the
 * files nor this code end up in the bundle: the real app always reads the office's texts from the API.
 */
const files: Record<string, () => Promise<string>> = import.meta.env.DEV
  ? import.meta.glob<string>('../../../../content/family/*/*.md', { query: '?raw', import: 'default' })
  : {};

export const contentFallbackAvailable = import.meta.env.DEV;

/** Splits a content file into its title (the first `# ` line) and the rest. */
export function splitTitle(markdown: string): { title: string; bodyMd: string } {
  const lines = markdown.split(/\r?\n/);
  const index = lines.findIndex((line) => line.startsWith('# '));
  if (index < 0) return { title: '', bodyMd: markdown };
  return {
    title: (lines[index] ?? '').slice(2).trim(),
    bodyMd: lines
      .slice(index + 1)
      .join('\n')
      .trim(),
  };
}

function fileFor(lang: string, slug: string): (() => Promise<string>) | undefined {
  return Object.entries(files).find(([path]) => path.endsWith(`/family/${lang}/${slug}.md`))?.[1];
}

export async function fallbackContentPage(slug: string, lang: string): Promise<ContentPage | null> {
  const load = fileFor(lang, slug) ?? fileFor('de', slug);
  if (!load) return null;
  const { title, bodyMd } = splitTitle(await load());
  return { slug, lang: fileFor(lang, slug) ? lang : 'de', title, bodyMd };
}

export async function fallbackContentList(lang: string): Promise<ContentListItem[]> {
  const slugs = new Set(
    Object.keys(files)
      .map((path) => /\/family\/[^/]+\/([^/.]+)\.md$/.exec(path)?.[1])
      .filter((slug): slug is string => Boolean(slug)),
  );
  const pages = await Promise.all([...slugs].map((slug) => fallbackContentPage(slug, lang)));
  return pages.filter((p): p is ContentPage => p !== null).map((p) => ({ slug: p.slug, title: p.title }));
}
