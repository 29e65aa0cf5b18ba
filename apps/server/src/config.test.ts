import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('settings from the environment', () => {
  it('defaults to the embedded database in demo mode on port 3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, databaseUrl: undefined, demo: true, dataDir: './data' });
  });

  it('shows the demo office on the family pages in demo mode (the demo has a second office)', () => {
    expect(loadConfig({}).officeSlug).toBe('musterstadt');
    expect(loadConfig({ OFFICE_SLUG: 'nachbarstadt' }).officeSlug).toBe('nachbarstadt');
    expect(loadConfig({ DATABASE_URL: 'postgres://x@localhost/db' }).officeSlug).toBeUndefined();
  });

  it('turns demo mode off with a PostgreSQL server unless asked for', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x@localhost/db' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', LOTSE_DEMO: '1' }).demo).toBe(true);
  });

  it('refuses to start in production without a master key, or with demo mode', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x@h/d' })).toThrow(
      /MASTER_KEY fehlt/,
    );
    const key = Buffer.alloc(32, 1).toString('base64');
    expect(() => loadConfig({ NODE_ENV: 'production', MASTER_KEY: key, LOTSE_DEMO: '1' })).toThrow(
      ConfigError,
    );
    expect(
      loadConfig({ NODE_ENV: 'production', MASTER_KEY: key, DATABASE_URL: 'postgres://x@h/d' }).demo,
    ).toBe(false);
  });

  it('names every invalid setting in plain words', () => {
    try {
      loadConfig({ PORT: 'abc', MASTER_KEY: 'zu-kurz', SMTP_URL: 'http://mail' });
      expect.unreachable();
    } catch (error) {
      const text = (error as Error).message;
      expect(text).toContain('PORT');
      expect(text).toContain('MASTER_KEY muss 32 Byte in Base64 sein');
      expect(text).toContain('SMTP_URL');
    }
  });
});
