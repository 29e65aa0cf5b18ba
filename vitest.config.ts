import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/*
 * Unit and integration tests. Without TEST_DATABASE_URL every server test runs on the embedded PGlite.
 * With it (CI), every server test runs on that PostgreSQL server — the production engine — and PGlite,
 * the engine of `npm start`, keeps the tests about the engine itself: database and row-level security,
 * platform (scopes, audit chain, encryption at rest, HTTP guards), the demo data and the CLIs.
 * Each project migrates one database from scratch per run (test-support/global-setup.ts).
 */
const server = ['apps/server/src/**/*.test.ts'];
const engineTests = [
  'apps/server/src/db/**/*.test.ts',
  'apps/server/src/platform/**/*.test.ts',
  'apps/server/src/demo/**/*.test.ts',
  'apps/server/src/cli/**/*.test.ts',
];
const withPostgres = Boolean(process.env.TEST_DATABASE_URL);
const globalSetup = ['apps/server/src/test-support/global-setup.ts'];

export default defineConfig({
  test: {
    // Test files spend much of their time waiting (PostgreSQL, throttle waits, the audit sealer's
    // mark age): more workers than cores pay off (CI, 2 cores: 343 s with 2 workers, 224 s with 4,
    // but with 4 a busy machine timed out password hashing; 3 it is, with room in the timeout).
    maxWorkers: Math.max(3, availableParallelism()),
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Files in one worker share the loaded modules (the server's import graph took most of the run:
    // 181 s of 264 s). Every file still starts its own app on its own database; no test mocks
    // modules or changes the environment, so nothing leaks between files.
    isolate: false,
    projects: [
      { extends: true, test: { name: 'shared', include: ['packages/shared/src/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'pglite',
          include: withPostgres ? engineTests : server,
          globalSetup,
          env: { LOTSE_TEST_ENGINE: 'pglite' },
        },
      },
      ...(withPostgres
        ? [
            {
              extends: true,
              test: {
                name: 'postgres',
                include: server,
                globalSetup,
                env: { LOTSE_TEST_ENGINE: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
