import { generateKeyPairSync } from 'node:crypto';
import type {
  TArticle,
  TDirectoryEntry,
  TDirectoryFacets,
  TOfficeKey,
  TPackageImportResult,
  TPackageInspection,
  TPublication,
  TPublicationImportResult,
  TPublicationSummary,
  TTemplatePackage,
} from '@lotse/shared';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '../../db/connection.js';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { ensureStarterKnowledge } from '../knowledge/index.js';
import { signPackage } from './package-signature.js';
import { fingerprintOf } from './signing-key.js';

// The shared space between two offices of one installation, the region's directory and signed
// template packages, through HTTP: `office` (Jugendamt Testhausen, Clara leads a team) publishes,
// `other` (Jugendamt Anderswo, Olga a caseworker, Otto the team lead) takes copies.

let t: TestApp;
let o: Office;
let anna: string;
let clara: string;
let olga: string;
let otto: string;
let fiona: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  const ottoUser = await o.other.user({
    roles: ['team_lead', 'caseworker'],
    teams: [o.otherTeam],
    leads: [o.otherTeam],
  });
  [anna, clara, olga, otto, fiona] = (await Promise.all(
    [o.anna, o.clara, o.olga, ottoUser, o.fiona].map((u) => loginCookie(t.app, u.username)),
  )) as [string, string, string, string, string];
  for (const f of [o.office, o.other])
    await withTenant(t.db, f.tenantId, (tx) => ensureStarterKnowledge(tx, f.tenantId));
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PUT';
const call = (cookie: string, method: Method, url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

const count = (
  table: 'cooperation_publications' | 'cooperation_imports' | 'knowledge_articles',
  tenantId?: string,
) =>
  t.db.withOwner(async (ow) => {
    const rows =
      table === 'cooperation_publications'
        ? await ow.selectFrom(table).select('id').execute()
        : await ow
            .selectFrom(table)
            .select('id')
            .where('tenant_id', '=', tenantId ?? '')
            .execute();
    return rows.length;
  });
const auditCount = (action: string) =>
  t.db.withOwner(
    async (ow) =>
      (await ow.selectFrom('audit_events').select('id').where('action', '=', action).execute()).length,
  );

async function writeArticle(
  cookie: string,
  input: { title: string; kind: string; body: string; tags?: string[] },
) {
  const res = await call(cookie, 'POST', '/api/knowledge/articles', { tags: [], ...input });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as TArticle;
}

const checklistBody = [
  '# Hausbesuch bei Kindeswohlgefährdung',
  '',
  '- [ ] Zu zweit fahren, Rufbereitschaft informieren',
  '- [ ] Anlass und Gewichtige Anhaltspunkte (§ 8a Abs. 1 SGB VIII) vorher klären',
  '- [ ] Kind sehen und sprechen, Versorgung und Wohnung ansehen',
  '- [ ] Ergebnis am selben Tag dokumentieren: [Datum], [Uhrzeit], Anwesende',
].join('\n');

describe('the shared space', () => {
  let checklist: TArticle;
  let publication: TPublication;

  it('lets a team lead publish an own checklist; a caseworker may not', async () => {
    checklist = await writeArticle(clara, {
      title: 'Hausbesuch bei Kindeswohlgefährdung',
      kind: 'checklist',
      body: checklistBody,
      tags: ['kinderschutz', 'hausbesuch'],
    });
    const refused = await call(anna, 'POST', '/api/cooperation/publications', {
      source: 'article',
      articleId: checklist.id,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toMatch(/Teamleitungen und Administrator\*innen/);

    const res = await call(clara, 'POST', '/api/cooperation/publications', {
      source: 'article',
      articleId: checklist.id,
      summary: 'Was vor, beim und nach dem Hausbesuch zu tun ist.',
    });
    expect(res.statusCode, res.body).toBe(201);
    publication = res.json();
    expect(publication).toMatchObject({
      kind: 'checklist',
      title: 'Hausbesuch bei Kindeswohlgefährdung',
      office: 'Jugendamt Testhausen',
      own: true,
      importCount: 0,
      allowedActions: ['withdraw'],
      article: { kind: 'checklist', body: checklistBody, tags: ['kinderschutz', 'hausbesuch'] },
    });
    expect(publication.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await auditCount('cooperation.publish')).toBe(1);
    // The same version again is refused; nothing is published twice.
    const again = await call(clara, 'POST', '/api/cooperation/publications', {
      source: 'article',
      articleId: checklist.id,
    });
    expect(again.statusCode).toBe(409);
  });

  it('shows it to the other office, which searches, looks at and takes a copy once', async () => {
    const list = (
      await call(olga, 'GET', '/api/cooperation/publications?kind=checklist&q=Hausbesuch')
    ).json() as TPublicationSummary[];
    const seen = list.find((p) => p.id === publication.id);
    expect(seen).toMatchObject({
      own: false,
      office: 'Jugendamt Testhausen',
      importedAt: null,
      allowedActions: ['import'],
    });
    expect(
      ((await call(olga, 'GET', '/api/cooperation/publications?q=Wochenendbereitschaft')).json() as unknown[])
        .length,
    ).toBe(0);
    const detail = (
      await call(olga, 'GET', `/api/cooperation/publications/${publication.id}`)
    ).json() as TPublication;
    expect(detail.article?.body).toBe(checklistBody);

    const before = await count('knowledge_articles', o.other.tenantId);
    const res = await call(olga, 'POST', `/api/cooperation/publications/${publication.id}/import`);
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json() as TPublicationImportResult;
    expect(result.item).toMatchObject({ status: 'imported', kind: 'checklist', catalogue: null });
    expect(result.publication).toMatchObject({ importCount: 1, allowedActions: [] });
    expect(result.publication.importedAt).not.toBeNull();
    expect(await count('knowledge_articles', o.other.tenantId)).toBe(before + 1);

    const copy = (
      await call(olga, 'GET', `/api/knowledge/articles/${result.item.articleId}`)
    ).json() as TArticle;
    expect(copy).toMatchObject({
      title: 'Hausbesuch bei Kindeswohlgefährdung',
      kind: 'checklist',
      body: checklistBody,
      origin: { kind: 'imported', office: 'Jugendamt Testhausen' },
      owner: { displayName: expect.stringContaining(o.olga.username) },
    });
    // The copy is the other office's own: the publisher cannot see it.
    expect((await call(clara, 'GET', `/api/knowledge/articles/${result.item.articleId}`)).statusCode).toBe(
      404,
    );
    expect(await auditCount('cooperation.import')).toBe(1);

    const twice = await call(otto, 'POST', `/api/cooperation/publications/${publication.id}/import`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().message).toMatch(/schon übernommen/);
    const own = await call(anna, 'POST', `/api/cooperation/publications/${publication.id}/import`);
    expect(own.statusCode).toBe(409);
    expect(own.json().message).toMatch(/eigenen Amtes/);
    // The publisher sees how many offices took a copy.
    const mine = (
      await call(clara, 'GET', '/api/cooperation/publications?mine=true')
    ).json() as TPublicationSummary[];
    expect(mine.find((p) => p.id === publication.id)?.importCount).toBe(1);
  });

  it('keeps the space for office staff: planners read it, provider-free; unknown ids are 404', async () => {
    expect((await call(fiona, 'GET', '/api/cooperation/publications')).statusCode).toBe(200);
    expect(
      (await call(olga, 'GET', '/api/cooperation/publications/7e57ca5e-0000-4000-8000-00000000dead'))
        .statusCode,
    ).toBe(404);
  });

  it('refuses withdrawing another office’s publication, over HTTP and in the database', async () => {
    const res = await call(otto, 'POST', `/api/cooperation/publications/${publication.id}/withdraw`);
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/Jugendamt Testhausen/);
    // Row-level security: the other office's transaction cannot touch the row, whatever it sends.
    const updated = await withTenant(t.db, o.other.tenantId, (tx) =>
      tx
        .updateTable('cooperation_publications')
        .set({ withdrawn_at: new Date() })
        .where('id', '=', publication.id)
        .executeTakeFirst(),
    );
    expect(Number(updated.numUpdatedRows)).toBe(0);
    // Nor insert in another office's name.
    await expect(
      withTenant(t.db, o.other.tenantId, (tx) =>
        tx
          .insertInto('cooperation_publications')
          .values({
            id: '7e57ca5e-0000-4000-8000-00000000beef',
            publisher_tenant: o.office.tenantId,
            publisher_office: 'Jugendamt Testhausen',
            kind: 'article',
            title: 'Gefälscht',
            content: '{}',
            content_hash: 'a'.repeat(64),
            source_ref: 'article:x',
            published_by_name: 'x',
            published_by: o.olga.id,
          })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    // A caseworker of the publishing office may not withdraw either.
    expect(
      (await call(anna, 'POST', `/api/cooperation/publications/${publication.id}/withdraw`)).statusCode,
    ).toBe(403);
  });

  it('hides a withdrawn publication from the other office; the copy stays', async () => {
    const res = await call(clara, 'POST', `/api/cooperation/publications/${publication.id}/withdraw`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ allowedActions: [] });
    expect(res.json().withdrawnAt).not.toBeNull();
    const list = (await call(olga, 'GET', '/api/cooperation/publications')).json() as TPublicationSummary[];
    expect(list.some((p) => p.id === publication.id)).toBe(false);
    expect((await call(olga, 'GET', `/api/cooperation/publications/${publication.id}`)).statusCode).toBe(404);
    expect(
      (await call(otto, 'POST', `/api/cooperation/publications/${publication.id}/import`)).statusCode,
    ).toBe(404);
    const mine = (
      await call(clara, 'GET', '/api/cooperation/publications?mine=true')
    ).json() as TPublicationSummary[];
    expect(mine.find((p) => p.id === publication.id)?.withdrawnAt).not.toBeNull();
    expect(await auditCount('cooperation.withdraw')).toBe(1);
    // Publishing again after a withdrawal works.
    const again = await call(clara, 'POST', '/api/cooperation/publications', {
      source: 'article',
      articleId: checklist.id,
    });
    expect(again.statusCode, again.body).toBe(201);
  });

  it('replaces the live publication when a changed version is published', async () => {
    const letter = await writeArticle(clara, {
      title: 'Einladung zum Hilfeplangespräch',
      kind: 'letter',
      body: 'Sehr geehrte/r [Name],\n\nwir laden Sie zum Hilfeplangespräch am [Datum] um [Uhrzeit] ein.',
    });
    const first = (
      await call(clara, 'POST', '/api/cooperation/publications', { source: 'article', articleId: letter.id })
    ).json() as TPublication;
    const saved = await call(clara, 'PUT', `/api/knowledge/articles/${letter.id}`, {
      title: letter.title,
      kind: 'letter',
      body: `${letter.body}\n\nBringen Sie gern eine Person Ihres Vertrauens mit.`,
      tags: [],
      baseVersion: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const second = await call(clara, 'POST', '/api/cooperation/publications', {
      source: 'article',
      articleId: letter.id,
    });
    expect(second.statusCode, second.body).toBe(201);
    const live = (
      await call(olga, 'GET', '/api/cooperation/publications?kind=letter')
    ).json() as TPublicationSummary[];
    expect(live.map((p) => p.id)).toEqual([second.json().id]);
    expect(live[0]?.id).not.toBe(first.id);
  });

  it('refuses personal data with every finding listed, and writes nothing', async () => {
    const person = await call(anna, 'POST', '/api/cases', {
      title: 'Unterstützung Familie Wiesenthal',
      helpType: 'p31_spfh',
      teamId: o.nord,
      persons: [
        {
          role: 'child',
          person: {
            firstName: 'Jolanda',
            lastName: 'Wiesenthal',
            birthDate: '2016-04-02',
            gender: 'female',
            postcode: '12101',
          },
        },
      ],
    });
    expect(person.statusCode, person.body).toBe(201);
    const note = await writeArticle(clara, {
      title: 'Gute Praxis: Gespräch mit einem Schulkind',
      kind: 'article',
      body: [
        'Im Gespräch mit Jolanda half ein ruhiger Raum.',
        'Rückfragen an jolanda.w@example.org oder 030 7654321.',
        'Aktenzeichen 2025-NORD-0007, geboren am 02.04.2016.',
      ].join('\n'),
    });
    const publications = await count('cooperation_publications');
    const res = await call(clara, 'POST', '/api/cooperation/publications', {
      source: 'article',
      articleId: note.id,
    });
    expect(res.statusCode).toBe(400);
    const body = res.json() as { message: string; fields: Record<string, string> };
    expect(Object.values(body.fields)).toEqual([
      'Zeile 1: Name einer Person aus den Akten des Amtes „Jolanda“',
      'Zeile 2: E-Mail-Adresse „jolanda.w@example.org“',
      'Zeile 2: Telefonnummer „030 7654321“',
      'Zeile 3: Aktenzeichen „2025-NORD-0007“',
      'Zeile 3: Datum (z. B. Geburtsdatum) „02.04.2016“',
    ]);
    expect(body.message).toMatch(
      /^„Gute Praxis: Gespräch mit einem Schulkind“ enthält Angaben, die auf Personen hinweisen können/,
    );
    expect(body.message).toContain('Zeile 2: E-Mail-Adresse „jolanda.w@example.org“');
    expect(await count('cooperation_publications')).toBe(publications);
    // The other office knows no Jolanda: its own persons are what count for it.
    const elsewhere = await writeArticle(otto, {
      title: 'Gespräch mit Kindern',
      kind: 'article',
      body: 'Jolanda ist ein schöner Name.',
    });
    expect(
      (
        await call(otto, 'POST', '/api/cooperation/publications', {
          source: 'article',
          articleId: elsewhere.id,
        })
      ).statusCode,
    ).toBe(201);
  });

  it('publishes every starter article without findings', async () => {
    const list = (await call(clara, 'GET', '/api/knowledge/articles')).json() as {
      id: string;
      origin: { kind: string };
      title: string;
    }[];
    const starter = list.filter(
      (a) => a.origin.kind === 'own' && !/Hausbesuch|Hilfeplangespräch|Gute Praxis/.test(a.title),
    );
    expect(starter.length).toBeGreaterThanOrEqual(8);
    for (const a of starter) {
      const res = await call(clara, 'POST', '/api/cooperation/publications', {
        source: 'article',
        articleId: a.id,
      });
      expect(res.statusCode, `${a.title}: ${res.body}`).toBe(201);
    }
  });

  it('refuses to republish a copy, and publishes an imported § 8a catalogue for a team lead to take', async () => {
    const copies = (await call(olga, 'GET', '/api/knowledge/articles')).json() as {
      id: string;
      origin: { kind: string };
    }[];
    const copy = copies.find((a) => a.origin.kind === 'imported');
    const res = await call(otto, 'POST', '/api/cooperation/publications', {
      source: 'article',
      articleId: copy?.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/Kopie von Jugendamt Testhausen/);

    const own = (await call(clara, 'GET', '/api/protection-catalogues/lotse-default')).json() as {
      catalogue: Record<string, unknown>;
    };
    const catalogue = {
      ...own.catalogue,
      id: 'testhausen-bogen',
      version: '2026-1',
      title: 'Einschätzungsbogen Testhausen',
    };
    expect((await call(clara, 'POST', '/api/protection-catalogues', catalogue)).statusCode).toBe(201);
    const standard = await call(clara, 'POST', '/api/cooperation/publications', {
      source: 'protection_catalogue',
      catalogueId: 'lotse-default',
      version: String(own.catalogue.version),
    });
    expect(standard.statusCode).toBe(400);
    const published = await call(clara, 'POST', '/api/cooperation/publications', {
      source: 'protection_catalogue',
      catalogueId: 'testhausen-bogen',
      version: '2026-1',
    });
    expect(published.statusCode, published.body).toBe(201);
    const pub = published.json() as TPublication;
    expect(pub).toMatchObject({
      kind: 'protection_catalogue',
      title: 'Einschätzungsbogen Testhausen',
      article: null,
    });
    // Caseworkers do not import catalogues; the team lead does.
    const listed = (
      await call(olga, 'GET', '/api/cooperation/publications?kind=protection_catalogue')
    ).json() as TPublicationSummary[];
    expect(listed.find((p) => p.id === pub.id)?.allowedActions).toEqual([]);
    expect((await call(olga, 'POST', `/api/cooperation/publications/${pub.id}/import`)).statusCode).toBe(403);
    const taken = await call(otto, 'POST', `/api/cooperation/publications/${pub.id}/import`);
    expect(taken.statusCode, taken.body).toBe(201);
    expect((taken.json() as TPublicationImportResult).item.catalogue).toEqual({
      id: 'testhausen-bogen',
      version: '2026-1',
    });
    const theirs = await call(otto, 'GET', '/api/protection-catalogues/testhausen-bogen?version=2026-1');
    expect(theirs.statusCode, theirs.body).toBe(200);
  });
});

describe('signed template packages', () => {
  let pkg: TTemplatePackage;
  let key: TOfficeKey;
  let letterId: string;

  it('exports own templates signed with the office key', async () => {
    key = (await call(clara, 'GET', '/api/cooperation/key')).json();
    expect(key.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    // The same key next time.
    expect(((await call(anna, 'GET', '/api/cooperation/key')).json() as TOfficeKey).fingerprint).toBe(
      key.fingerprint,
    );

    const letter = await writeArticle(clara, {
      title: 'Mitteilung über die Zuständigkeit',
      kind: 'letter',
      body: 'Sehr geehrte/r [Name],\n\nfür Ihr Anliegen ist ab [Datum] das Jugendamt [Ort] zuständig.',
      tags: ['zuständigkeit'],
    });
    letterId = letter.id;
    const goals = await writeArticle(clara, {
      title: 'Zielkatalog Schulbesuch',
      kind: 'goal_catalogue',
      body: '- Das Kind geht an mindestens vier Tagen pro Woche zur Schule.\n- Die Eltern halten Kontakt zur Klassenleitung.',
    });
    expect((await call(anna, 'GET', `/api/cooperation/packages/export?ids=${letter.id}`)).statusCode).toBe(
      403,
    );
    const res = await call(clara, 'GET', `/api/cooperation/packages/export?ids=${letter.id},${goals.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="lotse-vorlagen-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    pkg = res.json();
    expect(pkg).toMatchObject({
      format: 'lotse-template-package',
      version: 1,
      office: 'Jugendamt Testhausen',
    });
    expect(pkg.items.map((i) => [i.kind, i.title])).toEqual([
      ['letter', 'Mitteilung über die Zuständigkeit'],
      ['goal_catalogue', 'Zielkatalog Schulbesuch'],
    ]);
    expect(pkg.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(await auditCount('cooperation.package_export')).toBe(1);
  });

  it('shows the signer’s fingerprint and refuses a wrong one', async () => {
    const inspect = await call(otto, 'POST', '/api/cooperation/packages/inspect', { package: pkg });
    expect(inspect.statusCode, inspect.body).toBe(200);
    expect(inspect.json() as TPackageInspection).toMatchObject({
      office: 'Jugendamt Testhausen',
      fingerprint: key.fingerprint,
      items: [{ kind: 'letter' }, { kind: 'goal_catalogue' }],
    });
    const before = await count('knowledge_articles', o.other.tenantId);
    const wrong = await call(otto, 'POST', '/api/cooperation/packages/import', {
      package: pkg,
      trustedFingerprint: '0000 1111 2222 3333 4444 5555 6666 7777',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toMatch(/Fingerabdruck passt nicht/);
    expect(await count('knowledge_articles', o.other.tenantId)).toBe(before);
    // Caseworkers do not take packages in.
    const caseworker = await call(olga, 'POST', '/api/cooperation/packages/import', {
      package: pkg,
      trustedFingerprint: key.fingerprint,
    });
    expect(caseworker.statusCode).toBe(403);
  });

  it('refuses a package changed by one character', async () => {
    const tampered = structuredClone(pkg);
    const item = tampered.items[0] as unknown as { content: { body: string } };
    item.content.body = item.content.body.replace('[Ort]', '[Orr]');
    for (const changed of [tampered, { ...pkg, office: 'Jugendamt Testhausem' }]) {
      const res = await call(otto, 'POST', '/api/cooperation/packages/import', {
        package: changed,
        trustedFingerprint: key.fingerprint,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/Signatur des Pakets stimmt nicht/);
    }
    // A key swapped for another office's key does not verify either.
    const other = (await call(otto, 'GET', '/api/cooperation/key')).json() as TOfficeKey;
    const swapped = await call(otto, 'POST', '/api/cooperation/packages/inspect', {
      package: { ...pkg, publicKey: other.publicKey },
    });
    expect(swapped.statusCode).toBe(400);
    const garbage = await call(otto, 'POST', '/api/cooperation/packages/inspect', {
      package: { ...pkg, signature: 'AAAA' },
    });
    expect(garbage.statusCode).toBe(400);
  });

  it('imports into the other office with the right fingerprint (spaces and case do not matter), once', async () => {
    const res = await call(otto, 'POST', '/api/cooperation/packages/import', {
      package: pkg,
      trustedFingerprint: key.fingerprint.replaceAll(' ', '').toLowerCase(),
    });
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json() as TPackageImportResult;
    expect(result.items.map((i) => i.status)).toEqual(['imported', 'imported']);
    const copy = (
      await call(olga, 'GET', `/api/knowledge/articles/${result.items[0]?.articleId}`)
    ).json() as TArticle;
    expect(copy).toMatchObject({
      title: 'Mitteilung über die Zuständigkeit',
      kind: 'letter',
      tags: ['zuständigkeit'],
      origin: { kind: 'imported', office: 'Jugendamt Testhausen' },
    });
    expect(copy.id).not.toBe(letterId);
    const again = (
      await call(otto, 'POST', '/api/cooperation/packages/import', {
        package: pkg,
        trustedFingerprint: key.fingerprint,
      })
    ).json() as TPackageImportResult;
    expect(again.items.map((i) => i.status)).toEqual(['skipped', 'skipped']);
    expect(await auditCount('cooperation.package_import')).toBe(2);
    // The office that signed it does not import its own package.
    expect(
      (await call(clara, 'POST', '/api/cooperation/packages/inspect', { package: pkg })).statusCode,
    ).toBe(409);
  });

  it('checks packages from other installations for personal data too, and imports clean ones', async () => {
    // Another installation: its own key, signed as Lotse signs.
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const foreign = (body: string) =>
      signPackage(
        {
          format: 'lotse-template-package',
          version: 1,
          office: 'Jugendamt Fernstadt',
          createdAt: new Date().toISOString(),
          publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
          items: [
            {
              kind: 'letter',
              title: 'Terminbestätigung',
              summary: '',
              content: { title: 'Terminbestätigung', kind: 'letter', body, tags: [] },
            },
          ],
        },
        privateKey,
      );
    const fingerprint = fingerprintOf(publicKey);
    const before = await count('knowledge_articles', o.other.tenantId);
    const named = await call(otto, 'POST', '/api/cooperation/packages/import', {
      package: foreign('Liebe Frau [Name],\nRückfragen bitte an info@fernstadt.example.'),
      trustedFingerprint: fingerprint,
    });
    expect(named.statusCode).toBe(400);
    expect(Object.values(named.json().fields as Record<string, string>)).toEqual([
      'Zeile 2: E-Mail-Adresse „info@fernstadt.example“',
    ]);
    expect(named.json().message).toMatch(/^„Terminbestätigung“ im Paket enthält Angaben/);
    expect(await count('knowledge_articles', o.other.tenantId)).toBe(before);

    const clean = foreign('Liebe Frau [Name],\nwir bestätigen den Termin am [Datum].');
    const inspected = (
      await call(otto, 'POST', '/api/cooperation/packages/inspect', { package: clean })
    ).json() as TPackageInspection;
    expect(inspected).toMatchObject({ office: 'Jugendamt Fernstadt', fingerprint });
    const res = await call(otto, 'POST', '/api/cooperation/packages/import', {
      package: clean,
      trustedFingerprint: fingerprint,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await count('knowledge_articles', o.other.tenantId)).toBe(before + 1);
  });

  it('refuses to export what holds personal data', async () => {
    const withMail = await writeArticle(otto, {
      title: 'Mit Adresse',
      kind: 'letter',
      body: 'Antwort an info@anderswo.example',
    });
    const bad = await call(otto, 'GET', `/api/cooperation/packages/export?ids=${withMail.id}`);
    expect(bad.statusCode).toBe(400);
    expect(Object.values(bad.json().fields as Record<string, string>)).toEqual([
      'Zeile 1: E-Mail-Adresse „info@anderswo.example“',
    ]);
  });
});

describe('the directory of experts and services', () => {
  let entry: TDirectoryEntry;

  it('takes entries from any office staff, shared with every office', async () => {
    const res = await call(anna, 'POST', '/api/cooperation/directory', {
      name: 'Dolmetscherdienst Sprachbrücke',
      kind: 'interpreting',
      topics: ['Dolmetschen', 'Elterngespräch'],
      languages: ['ar', 'tr', 'uk', 'fa', 'ru'],
      region: 'Testhausen und Anderswo',
      postcodes: ['12101'],
      phone: '030 555 0101',
      email: 'einsatz@sprachbruecke.example',
      website: 'https://sprachbruecke.example',
      notes: 'Einsätze mit zwei Werktagen Vorlauf, in Krisen auch am selben Tag.',
    });
    expect(res.statusCode, res.body).toBe(201);
    entry = res.json();
    expect(entry).toMatchObject({
      office: 'Jugendamt Testhausen',
      own: true,
      allowedActions: ['edit'],
      topics: ['dolmetschen', 'elterngespräch'],
    });
    for (const body of [
      {
        name: 'Kinder- und Jugendpsychiatrie Testhausen',
        kind: 'child_psychiatry',
        topics: ['diagnostik', 'krise'],
        languages: ['de', 'en'],
      },
      {
        name: 'Insoweit erfahrene Fachkraft – Kinderschutzzentrum',
        kind: 'experienced_professional',
        topics: ['kinderschutz', 'fallberatung'],
        languages: ['de', 'tr'],
      },
    ]) {
      expect((await call(olga, 'POST', '/api/cooperation/directory', body)).statusCode).toBe(201);
    }
    const bad = await call(anna, 'POST', '/api/cooperation/directory', {
      name: 'X',
      kind: 'psychic',
      website: 'http://unsicher.example',
    });
    expect(bad.statusCode).toBe(400);
    expect(await auditCount('cooperation.directory_create')).toBe(3);
  });

  it('finds by words, topic, language, kind and postcode', async () => {
    const search = async (query: string) =>
      ((await call(olga, 'GET', `/api/cooperation/directory${query}`)).json() as TDirectoryEntry[]).map(
        (e) => e.name,
      );
    expect(await search('?language=uk')).toEqual(['Dolmetscherdienst Sprachbrücke']);
    expect(await search('?language=tr')).toEqual([
      'Dolmetscherdienst Sprachbrücke',
      'Insoweit erfahrene Fachkraft – Kinderschutzzentrum',
    ]);
    expect(await search('?topic=kinderschutz')).toEqual([
      'Insoweit erfahrene Fachkraft – Kinderschutzzentrum',
    ]);
    expect(await search('?topic=kinderschutz&language=uk')).toEqual([]);
    expect(await search('?q=Psychiatrie')).toEqual(['Kinder- und Jugendpsychiatrie Testhausen']);
    expect(await search('?q=Dolmetsch&kind=interpreting')).toEqual(['Dolmetscherdienst Sprachbrücke']);
    expect(await search('?postcode=12101')).toHaveLength(3);
    expect(await search('?postcode=12999')).not.toContain('Dolmetscherdienst Sprachbrücke');
    const facets = (await call(anna, 'GET', '/api/cooperation/directory/facets')).json() as TDirectoryFacets;
    expect(facets.languages[0]).toEqual({ language: 'de', count: 2 });
    expect(facets.topics.map((f) => f.topic)).toContain('kinderschutz');
  });

  it('lets only the adding office change an entry', async () => {
    const seen = (
      (await call(olga, 'GET', '/api/cooperation/directory?language=uk')).json() as TDirectoryEntry[]
    )[0];
    expect(seen).toMatchObject({ own: false, allowedActions: [] });
    const input = {
      name: 'Dolmetscherdienst Sprachbrücke',
      kind: 'interpreting',
      languages: ['ar'],
      notes: 'geändert',
    };
    const refused = await call(olga, 'PUT', `/api/cooperation/directory/${entry.id}`, input);
    expect(refused.statusCode).toBe(403);
    const updated = await withTenant(t.db, o.other.tenantId, (tx) =>
      tx
        .updateTable('cooperation_directory')
        .set({ notes: 'gekapert' })
        .where('id', '=', entry.id)
        .executeTakeFirst(),
    );
    expect(Number(updated.numUpdatedRows)).toBe(0);
    const res = await call(clara, 'PUT', `/api/cooperation/directory/${entry.id}`, {
      ...input,
      languages: ['ar', 'uk', 'dgs'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ languages: ['ar', 'uk', 'dgs'], notes: 'geändert', phone: null });
    expect(await auditCount('cooperation.directory_update')).toBe(1);
  });

  it('counts imports only through the guarded function', async () => {
    const [row] = (
      await withTenant(t.db, o.other.tenantId, (tx) =>
        sql<{
          n: number;
        }>`SELECT lotse_cooperation_count_imports(id) AS n FROM cooperation_publications WHERE kind = 'checklist' AND withdrawn_at IS NOT NULL`.execute(
          tx,
        ),
      )
    ).rows;
    expect(Number(row?.n)).toBe(1);
  });
});
