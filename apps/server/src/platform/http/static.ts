import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Vite names every file under /assets/ after its content: a new build brings new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (the page, favicon, source maps) is checked with the server on every use. */
const REVALIDATE = 'no-cache';
/** Siblings written by apps/web/scripts/compress.js; served in place of the file, never on their own. */
const COMPRESSED = /\.(br|gz)$/;

function cacheControlFor(distDir: string, file: string): string {
  const path = relative(distDir, file).split(sep).join('/');
  return path.startsWith('assets/') && !/\.map(\.(br|gz))?$/.test(path) ? IMMUTABLE : REVALIDATE;
}

/**
 * Serves the built web app. index.html gets the request's CSP nonce on its script tags, and every
 * path outside /api answers with it, so the client-side router can take over (SPA fallback).
 *
 * Static files go out precompressed (`.br`/`.gz` from the web build, chosen by Accept-Encoding,
 * with `Vary: Accept-Encoding`); hashed assets may be cached for a year, the rest is revalidated.
 * The page itself (about 1 KB, a fresh nonce each time) is sent uncompressed.
 */
export async function registerWebApp(app: FastifyInstance, distDir: string) {
  const indexFile = join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn(
      `Web-Oberfläche nicht gebaut (${indexFile} fehlt): nur die API läuft. "npm run build" baut sie.`,
    );
    return;
  }
  const indexHtml = readFileSync(indexFile, 'utf8');
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    // index.html is answered below (with a nonce); compressed siblings are no routes of their own.
    globIgnore: ['index.html', '**/*.br', '**/*.gz'],
    index: false,
    serve: true,
    prefix: '/',
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, file) => {
      reply.header('cache-control', cacheControlFor(distDir, file));
    },
  });
  const sendIndex = (reply: FastifyReply) => {
    const nonce = (reply as unknown as { cspNonce?: { script: string } }).cspNonce?.script ?? '';
    const html = indexHtml.replaceAll('<script', `<script nonce="${nonce}"`);
    return reply.header('cache-control', REVALIDATE).type('text/html; charset=utf-8').send(html);
  };
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, (_request, reply) =>
    sendIndex(reply),
  );
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply
        .status(404)
        .send({ error: 'not_found', message: `Unbekannte Adresse: ${request.url.split('?')[0]}` });
    }
    const path = request.url.split('?')[0] ?? '/';
    if (path === '/index.html') return sendIndex(reply);
    // Files that appeared after the start (a new build while the server runs).
    if (/\.[a-z0-9]+$/i.test(path) && !COMPRESSED.test(path) && existsSync(join(distDir, path))) {
      return reply.sendFile(path.slice(1));
    }
    if (path.startsWith('/assets/')) return reply.status(404).send('Not found');
    return sendIndex(reply);
  });
}
