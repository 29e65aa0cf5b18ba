import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSecurityHeaders } from './security.js';
import { registerWebApp } from './static.js';

// A tiny web build, precompressed by the same script as the real one (apps/web/scripts/compress.js).
const compressScript = fileURLToPath(new URL('../../../../web/scripts/compress.js', import.meta.url));
const SCRIPT = '/assets/index-Ab12Cd34.js';
const script = `export const texts = ${JSON.stringify(
  Array.from({ length: 200 }, (_, i) => `Hilfe für Kinder, Jugendliche und Eltern ${i}`),
)};\n//# sourceMappingURL=index-Ab12Cd34.js.map\n`;
const IMMUTABLE = 'public, max-age=31536000, immutable';

let dist: string;
let app: FastifyInstance;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'lotse-web-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    `<!doctype html><html><head><script type="module" crossorigin src="${SCRIPT}"></script></head><body><div id="root"></div></body></html>\n`,
  );
  writeFileSync(join(dist, SCRIPT), script);
  writeFileSync(join(dist, `${SCRIPT}.map`), JSON.stringify({ version: 3, sources: [], mappings: '' }));
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  execFileSync(process.execPath, [compressScript, dist], { stdio: 'pipe' });

  app = Fastify({ logger: false });
  await registerSecurityHeaders(app);
  await registerWebApp(app, dist);
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, acceptEncoding?: string) =>
  app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('hashed assets', () => {
  it('go out as brotli when the browser accepts it, cached for a year', async () => {
    const res = await get(SCRIPT, 'gzip, deflate, br, zstd');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(brotliDecompressSync(res.rawPayload).toString('utf8')).toBe(script);
  });

  it('go out as gzip to browsers without brotli, or when brotli is refused', async () => {
    for (const accept of ['gzip, deflate', 'br;q=0, gzip', '*']) {
      const res = await get(SCRIPT, accept);
      expect(res.headers['content-encoding'], accept).toBe('gzip');
      expect(res.headers.vary, accept).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control'], accept).toBe(IMMUTABLE);
      expect(gunzipSync(res.rawPayload).toString('utf8'), accept).toBe(script);
    }
  });

  it('go out uncompressed (still varying by Accept-Encoding) when nothing else is accepted', async () => {
    for (const accept of [undefined, 'identity']) {
      const res = await get(SCRIPT, accept);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe(IMMUTABLE);
      expect(res.body).toBe(script);
    }
  });

  it('answer HEAD like GET', async () => {
    const res = await app.inject({ method: 'HEAD', url: SCRIPT, headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('do not expose the compressed siblings as files of their own; missing assets are 404', async () => {
    expect((await get(`${SCRIPT}.br`, 'br')).statusCode).toBe(404);
    expect((await get(`${SCRIPT}.gz`, 'gzip')).statusCode).toBe(404);
    expect((await get('/assets/index-Gone0000.js', 'br')).statusCode).toBe(404);
  });
});

describe('files without a content hash', () => {
  it('source maps and the favicon are revalidated on every use', async () => {
    const map = await get(`${SCRIPT}.map`, 'br');
    expect(map.statusCode).toBe(200);
    expect(map.headers['cache-control']).toBe('no-cache');
    const icon = await get('/favicon.svg', 'br');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
    // Too small to be worth compressing: sent as it is.
    expect(icon.headers['content-encoding']).toBeUndefined();
    const etag = icon.headers.etag;
    expect(etag).toBeTruthy();
    const again = await app.inject({
      method: 'GET',
      url: '/favicon.svg',
      headers: { 'if-none-match': String(etag), 'accept-encoding': 'br' },
    });
    expect(again.statusCode).toBe(304);
  });
});

describe('the page', () => {
  it('carries a fresh CSP nonce on its scripts, is never cached unchecked and not precompressed', async () => {
    const nonces: string[] = [];
    for (const url of ['/', '/anliegen', '/fachkraft/faelle?status=planning', '/index.html']) {
      const res = await get(url, 'gzip, deflate, br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-encoding'], url).toBeUndefined();
      const nonce = /<script nonce="([^"]+)"/.exec(res.body)?.[1];
      expect(nonce, url).toBeTruthy();
      expect(String(res.headers['content-security-policy']), url).toContain(`'nonce-${nonce}'`);
      nonces.push(nonce ?? '');
    }
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});
