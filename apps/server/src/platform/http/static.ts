import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app. index.html gets the request's CSP nonce on its script tags, and every
 * path outside /api answers with it, so the client-side router can take over (SPA fallback).
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
    index: false,
    serve: true,
    prefix: '/',
  });
  const sendIndex = (reply: import('fastify').FastifyReply) => {
    const nonce = (reply as unknown as { cspNonce?: { script: string } }).cspNonce?.script ?? '';
    const html = indexHtml.replaceAll('<script', `<script nonce="${nonce}"`);
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
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
    if (/\.[a-z0-9]+$/i.test(path) && existsSync(join(distDir, path))) return reply.sendFile(path.slice(1));
    if (path.startsWith('/assets/')) return reply.status(404).send('Not found');
    return sendIndex(reply);
  });
}
