import { configDefaults, defineConfig } from 'vitest/config';

/** Test files that need a PostgreSQL server: they run in the `postgres` project, which starts one. */
const POSTGRES_TESTS = 'test/**/*.pg.test.ts';

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
          exclude: [...configDefaults.exclude, POSTGRES_TESTS],
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
