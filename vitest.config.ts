import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // e2e suites start real servers on loopback; keep them from starving each other on 2 cores.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
