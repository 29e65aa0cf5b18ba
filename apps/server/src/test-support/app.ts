import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { Db } from '../db/connection.js';
import type { AppContext } from '../platform/context.js';
import { createServices } from '../platform/services.js';
import { freshDatabase } from './database.js';
import { TEST_PASSWORD } from './factories.js';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  db: Db;
  dataDir: string;
  close: () => Promise<void>;
}

/**
 * A real server (inject, no port) on a fresh database. `demo` decides whether MFA is optional; `env`
 * adds settings as the environment would (e.g. the identity provider's).
 */
export async function startTestApp(
  opts: { demo?: boolean; smtpUrl?: string; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const { db, drop } = await freshDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'lotse-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOTSE_DEMO: opts.demo === false ? '0' : '1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    SMTP_URL: opts.smtpUrl,
    ...opts.env,
  });
  const ctx: AppContext = createServices(config, db, randomBytes(32));
  const app = await buildApp(ctx, { serveWeb: false });
  await app.ready();
  return {
    app,
    ctx,
    db,
    dataDir,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

/** Signs in and returns the cookie header for further requests. */
export async function loginCookie(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed for ${username}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === '__Host-lotse');
  if (!cookie) throw new Error('no session cookie');
  return `__Host-lotse=${cookie.value}`;
}
