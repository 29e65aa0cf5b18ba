import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import helmetHeaders from 'helmet';

const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
};
const common = {
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'no-referrer' as const },
};

/**
 * Headers for API answers, computed once by helmet: JSON is never rendered, so its CSP forbids
 * everything and needs no nonce — building a nonce policy per request would cost every API call.
 */
function apiHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmetHeaders({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
  })({} as never, res as never, () => undefined);
  return { ...headers, 'cache-control': 'no-store' };
}

/** Security headers: CSP with per-request nonces on pages, HSTS, nosniff, no caching of API answers. */
export async function registerSecurityHeaders(app: FastifyInstance) {
  const forApi = apiHeaders();
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/'))
      route.config = { ...route.config, helmet: { skipRoute: true } } as never;
  });
  await app.register(helmet, { enableCSPNonces: true, contentSecurityPolicy: { directives }, ...common });
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.headers(forApi);
  });
}
