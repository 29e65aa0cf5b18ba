import { defineConfig } from 'vitest/config';

// Unit and integration tests. Integration tests run on PGlite; with TEST_DATABASE_URL set they run
// a second time against that PostgreSQL server (project "postgres").
const integration = ['apps/server/src/**/*.test.ts'];
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'shared', include: ['packages/shared/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'pglite', include: integration, env: { LOTSE_TEST_ENGINE: 'pglite' } } },
      ...(withPostgres
        ? [
            {
              extends: true,
              test: { name: 'postgres', include: integration, env: { LOTSE_TEST_ENGINE: 'postgres' } },
            },
          ]
        : []),
    ],
  },
});
