import { configDefaults, defineConfig } from 'vitest/config';

/** Test files that need a PostgreSQL server: they run in the `postgres` project, which starts one. */
const POSTGRES_TESTS = 'test/**/*.pg.test.ts';

/**
 * Test files that start other processes (`npm start`, the compiled CLI, the benchmark's phases,
 * node as an unprivileged user): the `process` project, which builds dist/ first. Everything else
 * is the `unit` project, which `npm run test:unit` runs alone. test/test-projects.test.ts checks
 * that this list names every test file that reaches node:child_process, and no other.
 */
export const PROCESS_TESTS = [
  'test/adapters/cli/cli.test.ts',
  'test/adapters/cli/import.test.ts',
  'test/adapters/lifecycle.e2e.test.ts',
  'test/adapters/ops.e2e.test.ts',
  'test/adapters/reload.e2e.test.ts',
  'test/adapters/start-damaged-state.e2e.test.ts',
  'test/adapters/start.e2e.test.ts',
  'test/bench/render-core-bench.test.ts',
  'test/cache/fingerprint-knowledge.test.ts',
  'test/deploy/dockerfile.test.ts',
  'test/digests/open-digests-disabled.test.ts',
];

export default defineConfig({
  test: {
    // e2e suites start real servers on loopback; keep them from starving each other on 2 cores.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, POSTGRES_TESTS, ...PROCESS_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'process',
          include: PROCESS_TESTS,
          // Builds dist/ once for the tests that run `npm start` and the compiled CLI.
          globalSetup: ['test/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: [POSTGRES_TESTS],
          // Started only when a file of this project runs, shared by all of them, stopped at the end.
          globalSetup: ['test/support/postgres-global-setup.ts'],
        },
      },
    ],
  },
});
