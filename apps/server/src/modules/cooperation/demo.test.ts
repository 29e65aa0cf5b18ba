import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZDirectoryInputSchema, ZSharedArticleSchema } from '@lotse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, withTenant } from '../../db/connection.js';
import { demoDirectory, demoSharedTemplates } from '../../demo/neighbour-cooperation.js';
import { NEIGHBOUR_TENANT_ID, neighbourLogins, seedNeighbourOffice } from '../../demo/neighbour-office.js';
import { DEMO_TENANT_ID, seedDemoData } from '../../demo/seed.js';
import { KeyRing } from '../../platform/crypto.js';
import { sealedTextFor } from '../../platform/sealed-text.js';
import { freshDatabase } from '../../test-support/database.js';
import { STARTER_DIR } from '../knowledge/index.js';
import { contentHash } from './canonical.js';
import { personalDataIn } from './check-content.js';
import { articleParts, describeFinding } from './personal-data-check.js';

/** Lotse's starter articles (data/knowledge/articles): title and Markdown after the front matter. */
function starterArticles(): { slug: string; title: string; body: string; tags: string[] }[] {
  const dir = join(STARTER_DIR, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const head = /^---\n([\s\S]*?)\n---\n/.exec(text);
      const title = /^title:\s*(.+)$/m.exec(head?.[1] ?? '')?.[1] ?? f;
      return { slug: f, title, body: text.slice(head?.[0].length ?? 0), tags: [] };
    });
}

// The demo installation: Musterstadt (about a thousand cases) and Nachbarstadt next to it. The
// personal data check knows Musterstadt's persons, finds a real demo person and lets Lotse's
// starter articles and the seeded templates through.

let db: Db;
let drop: () => Promise<void>;
const keys = new KeyRing(randomBytes(32));

beforeAll(async () => {
  ({ db, drop } = await freshDatabase());
  await seedDemoData({ db, keys });
  await seedNeighbourOffice({ db });
}, 180_000);
afterAll(() => drop());

const check = (parts: ReturnType<typeof articleParts>) =>
  withTenant(db, DEMO_TENANT_ID, async (tx) =>
    (await personalDataIn({ tx, sealed: sealedTextFor(keys, tx, DEMO_TENANT_ID) }, parts)).map(
      describeFinding,
    ),
  );

describe('the neighbour office', () => {
  it('has its staff, the starter knowledge and is seeded once', async () => {
    expect(neighbourLogins.map((l) => l.username)).toEqual(['lea.nachbar', 'tim.nachbar', 'admin.nachbar']);
    const staff = await withTenant(db, NEIGHBOUR_TENANT_ID, (tx) =>
      tx.selectFrom('users').select(['username', 'roles']).orderBy('username').execute(),
    );
    expect(staff.map((s) => s.username)).toEqual(['admin.nachbar', 'lea.nachbar', 'tim.nachbar']);
    const articles = starterArticles();
    const theirs = await withTenant(db, NEIGHBOUR_TENANT_ID, (tx) =>
      tx.selectFrom('knowledge_articles').select('title').execute(),
    );
    expect(theirs).toHaveLength(articles.length);
    expect(await seedNeighbourOffice({ db })).toEqual({ seeded: false });
  });

  it('seeds only what the contracts accept', () => {
    for (const t of demoSharedTemplates)
      expect(ZSharedArticleSchema.safeParse({ ...t }).success, t.title).toBe(true);
    for (const { neighbour: _, ...e } of demoDirectory) {
      const parsed = ZDirectoryInputSchema.safeParse(e);
      expect(parsed.success ? [] : parsed.error.issues, e.name).toEqual([]);
    }
  });

  it('shares two Musterstadt templates and a directory of the region with it', async () => {
    const shared = await withTenant(db, NEIGHBOUR_TENANT_ID, (tx) =>
      tx
        .selectFrom('cooperation_publications')
        .select(['title', 'kind', 'publisher_office', 'content', 'content_hash'])
        .where('withdrawn_at', 'is', null)
        .orderBy('published_at')
        .execute(),
    );
    expect(shared.map((p) => [p.kind, p.title, p.publisher_office])).toEqual([
      ['checklist', 'Hausbesuch bei Kindeswohlgefährdung', 'Jugendamt Musterstadt'],
      ['letter', 'Einladung zum Hilfeplangespräch', 'Jugendamt Musterstadt'],
    ]);
    for (const p of shared) {
      const content = (typeof p.content === 'string' ? JSON.parse(p.content) : p.content) as {
        title: string;
        body: string;
        tags: string[];
      };
      expect(p.content_hash).toBe(contentHash(content));
      // What Musterstadt published passes its own check.
      expect(await check(articleParts(content)), p.title).toEqual([]);
    }
    const directory = await withTenant(db, NEIGHBOUR_TENANT_ID, (tx) =>
      tx.selectFrom('cooperation_directory').select(['name', 'languages', 'added_by_tenant']).execute(),
    );
    expect(directory.length).toBeGreaterThanOrEqual(15);
    expect(directory.length).toBeLessThanOrEqual(25);
    expect(directory.find((d) => d.name === 'Dolmetscherdienst Sprachbrücke')?.languages).toEqual(
      expect.arrayContaining(['ar', 'tr', 'uk', 'fa', 'ru']),
    );
    expect(new Set(directory.map((d) => d.added_by_tenant))).toEqual(
      new Set([DEMO_TENANT_ID, NEIGHBOUR_TENANT_ID]),
    );
  });
});

describe('the personal data check in the demo office', () => {
  it('finds Lena Schneider, a person of the demo cases', async () => {
    const findings = await check(
      articleParts({
        title: 'Vermerk',
        body: 'Hausbesuch bei Familie Schneider.\nLena war freundlich.',
        tags: [],
      }),
    );
    expect(findings).toEqual([
      'Zeile 1: Name einer Person aus den Akten des Amtes „Schneider“',
      'Zeile 2: Name einer Person aus den Akten des Amtes „Lena“',
    ]);
  });

  it('lets every starter article through, in good time', async () => {
    const articles = starterArticles();
    expect(articles.length).toBeGreaterThanOrEqual(8);
    for (const article of articles) {
      const started = Date.now();
      expect(await check(articleParts(article)), article.slug).toEqual([]);
      expect(Date.now() - started, `${article.slug} took too long`).toBeLessThan(5000);
    }
  });
});
