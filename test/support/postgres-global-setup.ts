import type { TestProject } from 'vitest/node';
import { startPostgresServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the tests' PostgreSQL server; test-database.ts makes a database per test from it. */
    postgresUrl: string;
  }
}

/**
 * vitest globalSetup of the `postgres` project (test files named *.pg.test.ts): one server for
 * all of them, started only when one of them runs. TEST_DATABASE_URL names a server to use
 * instead (its user must be allowed to create databases).
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide('postgresUrl', given);
    return undefined;
  }
  const server = await startPostgresServer();
  process.stderr.write(
    `PostgreSQL ${server.version} for the tests (${server.binaries.source}: ${server.binaries.postgres}) started in ${Math.round(server.startMs)} ms\n`,
  );
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
