import type { TLawHit, TLawParagraph, TLawToc } from '@lotse/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCookie, startTestApp, type TestApp } from '../../test-support/app.js';
import { buildOffice, type Office } from '../../test-support/office.js';
import { ensureLawImported } from './import-law.js';

let t: TestApp;
let o: Office;
let anna: string;

beforeAll(async () => {
  t = await startTestApp();
  o = await buildOffice(t.db);
  anna = await loginCookie(t.app, o.anna.username);
});
afterAll(() => t.close());

const get = (url: string, cookie = anna) => t.app.inject({ method: 'GET', url, headers: { cookie } });

describe('GET /api/law/:book/:paragraph', () => {
  it('gives § 8a SGB VIII with subsections, sentences, citations and anchors', async () => {
    const res = await get('/api/law/sgb8/8a');
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as TLawParagraph;
    expect(p.ref).toBe('§ 8a SGB VIII');
    expect(p.title).toBe('Schutzauftrag bei Kindeswohlgefährdung');
    expect(p.text).toContain('Kindeswohl');
    expect(p.text.startsWith('(1) Werden dem Jugendamt gewichtige Anhaltspunkte')).toBe(true);
    expect(p.subsections.map((s) => s.anchor)).toEqual([
      'abs-1',
      'abs-2',
      'abs-3',
      'abs-4',
      'abs-5',
      'abs-6',
    ]);
    const abs4 = p.subsections[3]?.sentences[1];
    expect(abs4).toMatchObject({ ref: '§ 8a Abs. 4 Satz 2 SGB VIII', anchor: 'abs-4-satz-2' });
    expect(abs4?.text).toMatch(/^In den Vereinbarungen sind die Kriterien/);
    expect(p.previous).toBe('8');
    expect(p.next).toBe('8b');
    expect(p.officialUrl).toBe('https://www.gesetze-im-internet.de/sgb_8/__8a.html');
  });

  it('has KKG, SGB I and SGB X too', async () => {
    expect((await get('/api/law/kkg/4')).json()).toMatchObject({ ref: '§ 4 KKG' });
    expect((await get('/api/law/sgb1/35')).json()).toMatchObject({
      ref: '§ 35 SGB I',
      title: 'Sozialgeheimnis',
    });
    expect((await get('/api/law/sgb10/67')).json()).toMatchObject({ ref: '§ 67 SGB X' });
  });

  it('answers 404 for a paragraph that does not exist and 400 for a malformed one', async () => {
    const missing = await get('/api/law/sgb8/9999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toContain('§ 9999 SGB VIII');
    expect((await get('/api/law/sgb8/999')).statusCode).toBe(404);
    expect((await get('/api/law/bgb/1666')).statusCode).toBe(400);
    expect((await get('/api/law/sgb8/8a%3B%20DROP')).statusCode).toBe(400);
  });

  it('is for signed-in users only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/law/sgb8/8a' })).statusCode).toBe(401);
  });
});

describe('GET /api/law/search', () => {
  const search = async (q: string, extra = '') => {
    const res = await get(`/api/law/search?q=${encodeURIComponent(q)}${extra}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as TLawHit[];
  };

  it('finds § 36 for "Hilfeplan Mitwirkung" first, with the best sentence highlighted', async () => {
    const hits = await search('Hilfeplan Mitwirkung');
    expect(hits[0]).toMatchObject({ ref: '§ 36 SGB VIII', title: 'Mitwirkung, Hilfeplan' });
    expect(hits[0]?.highlighted).toMatch(/«Hilfeplan»|«Mitwirkung»/);
    expect(hits[0]?.sentenceRef).toMatch(/^§ 36 Abs\. \d Satz \d SGB VIII$/);
  });

  it('matches German word forms and compounds by prefix', async () => {
    const hits = await search('Kindeswohl');
    expect(hits.map((h) => h.ref)).toContain('§ 8a SGB VIII');
    const sozialgeheimnis = await search('Sozialgeheimnis', '&book=sgb1');
    expect(sozialgeheimnis[0]?.ref).toBe('§ 35 SGB I');
    expect(sozialgeheimnis.every((h) => h.book === 'sgb1')).toBe(true);
  });

  it('leads a citation straight to its place', async () => {
    const [first] = await search('§ 8a Abs. 4');
    expect(first).toMatchObject({ ref: '§ 8a SGB VIII', anchor: 'abs-4-satz-1' });
    expect((await search('42a'))[0]?.ref).toBe('§ 42a SGB VIII');
  });

  it('gives nothing, not an error, for words that are not in the law or only stop words', async () => {
    expect(await search('Quantenchromodynamik')).toEqual([]);
    expect(await search('und der die')).toEqual([]);
    expect(await search("'); DROP TABLE law_norms; --")).toEqual(expect.any(Array));
  });

  it('refuses empty, too long and malformed queries with a reason', async () => {
    for (const url of [
      '/api/law/search',
      '/api/law/search?q=a',
      `/api/law/search?q=${'x'.repeat(201)}`,
      '/api/law/search?q=Hilfe&limit=0',
      '/api/law/search?q=Hilfe&book=bgb',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().message, url).toBeTruthy();
    }
  });
});

describe('the import', () => {
  it('lists every book and imports nothing again while the texts are unchanged', async () => {
    const toc = (await get('/api/law')).json() as TLawToc;
    expect(toc.map((b) => b.abbreviation)).toEqual(['SGB VIII', 'SGB I', 'SGB X', 'KKG']);
    expect(toc[0]?.paragraphs.length).toBeGreaterThan(150);
    expect(await ensureLawImported(t.db)).toEqual([]);
  });
});
