// Precompresses the built web app: writes `<file>.br` and `<file>.gz` next to every compressible
// file in dist/, so the server sends static assets compressed without compressing per request
// (@fastify/static `preCompressed`). Runs after `vite build` (see package.json); a file only gets a
// compressed sibling if that is actually smaller. Source maps stay uncompressed: only developer
// tools load them, and brotli at full quality would triple the build time.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.webmanifest',
  '.txt',
  '.xml',
  '.ico',
  '.wasm',
]);
/**
 * Below this, compression saves next to nothing. (The bundler's shared runtime chunk, under 1 kB
 * since ECharts became a lazy chunk of its own, is loaded on every page and still shrinks by 40 %.)
 */
const MIN_BYTES = 512;

const brotli = promisify(brotliCompress);
const deflate = promisify(gzip);

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function compress(file) {
  const source = await readFile(file);
  if (source.length < MIN_BYTES) return { br: 0, gz: 0, raw: source.length };
  const [br, gz] = await Promise.all([
    brotli(source, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
    deflate(source, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  const written = { br: 0, gz: 0, raw: source.length };
  if (br.length < source.length) {
    await writeFile(`${file}.br`, br);
    written.br = br.length;
  }
  if (gz.length < source.length) {
    await writeFile(`${file}.gz`, gz);
    written.gz = gz.length;
  }
  return written;
}

const dist = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));
const files = (await filesUnder(dist)).filter((f) => COMPRESSIBLE.has(extname(f).toLowerCase()));
const results = await Promise.all(files.map(async (file) => ({ file, ...(await compress(file)) })));

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
let raw = 0;
let br = 0;
for (const r of results) {
  raw += r.raw;
  br += r.br || r.raw;
}
const count = results.filter((r) => r.br || r.gz).length;
console.log(
  `precompressed ${count} of ${files.length} files in ${relative(process.cwd(), dist) || '.'} ` +
    `(brotli and gzip; ${kb(raw)} -> ${kb(br)} with brotli)`,
);
