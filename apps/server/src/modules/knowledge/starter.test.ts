import { ZKnowledgeTag } from '@lotse/shared';
import { describe, expect, it } from 'vitest';
import { parseStarterArticle, readStarterKnowledge } from './starter.js';

describe('starter knowledge (data/knowledge)', () => {
  it('has articles with a title, valid tags and no repeated title line, and a path whose steps resolve', async () => {
    const { articles, path } = await readStarterKnowledge();
    expect(articles.length).toBeGreaterThanOrEqual(8);
    for (const a of articles) {
      expect(a.title.length, a.slug).toBeGreaterThan(5);
      expect(a.tags.length, a.slug).toBeGreaterThan(0);
      for (const tag of a.tags) expect(ZKnowledgeTag.safeParse(tag).success, `${a.slug}: ${tag}`).toBe(true);
      expect(a.body.startsWith('#'), a.slug).toBe(false);
      expect(a.body.length, a.slug).toBeGreaterThan(1000);
    }
    expect(path.weeks).toBe(8);
    expect(
      path.steps.filter((s) => s.kind === 'article').every((s) => articles.some((a) => a.slug === s.article)),
    ).toBe(true);
  });

  it('refuses a file without front matter and reads tags from it', () => {
    expect(() => parseStarterArticle('x', '# Nur Text')).toThrow(/front matter/);
    const parsed = parseStarterArticle('x', '---\ntitle: Titel\ntags: [A, b c]\n---\n# Titel\n\nText');
    expect(parsed).toEqual({ slug: 'x', title: 'Titel', tags: ['a', 'b c'], body: 'Text' });
  });
});
