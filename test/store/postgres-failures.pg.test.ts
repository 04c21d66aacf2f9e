import { createServer, type Socket } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openStore, type Store, StoreError } from '../../src/index.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres-migrations.js';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import { recordingLogger } from '../support/recording-logger.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { createTestDatabase, type TestDatabase, withClient } from '../support/test-database.js';

const WRONG_PASSWORD = 'wrong-password-never-printed';

async function failure(promise: Promise<unknown>): Promise<StoreError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StoreError);
  return err as StoreError;
}

/** Names DATABASE_URL and keeps `secret` out of the message and of everything a logger would print. */
function expectSafe(err: StoreError, secret: string): void {
  expect(err.message).toContain('(DATABASE_URL)');
  expect(err.message).not.toContain(secret);
  expect(inspect(err, { depth: 10 })).not.toContain(secret);
}

function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.href;
}

describe('PostgreSQL store: failures', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  async function database(): Promise<TestDatabase> {
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    return db;
  }
  function keep(store: Store): Store {
    cleanups.push(() => store.close());
    return store;
  }
  async function proxyTo(url: string): Promise<{ proxy: TcpProxy; url: string }> {
    const target = new URL(url);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
    cleanups.push(() => proxy.close());
    target.port = String(proxy.port);
    return { proxy, url: target.href };
  }

  it('migrates once when three replicas start together on a new database', async () => {
    const db = await database();
    const loggers = [recordingLogger(), recordingLogger(), recordingLogger()];
    const stores = await Promise.all(loggers.map((logger) => openPostgresStore({ url: db.url, logger })));
    stores.forEach(keep);
    const migrated = loggers.flatMap((logger) =>
      logger.entries.filter((e) => e.msg === 'store schema migrated'),
    );
    expect(migrated.map((e) => e.obj.applied)).toEqual([POSTGRES_MIGRATIONS.map((m) => m.version)]);
    const versions = await withClient(db.url, async (client) => {
      const { rows } = await client.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      return rows.map((row) => row.version);
    });
    expect(versions).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
    expect(await stores[2]!.claims.claim('after-migration', 1_000)).toBe(true);
  });

  it('refuses a closed port with STORE_UNREACHABLE, naming DATABASE_URL without the password', async () => {
    const { proxy, url } = await proxyTo(inject('postgresUrl'));
    await proxy.cut();
    const err = await failure(
      openStore({ databaseUrl: withPassword(url, WRONG_PASSWORD), dataDir: '/nonexistent' }),
    );
    expect(err.code).toBe('STORE_UNREACHABLE');
    expect(err.message).toContain(`127.0.0.1:${proxy.port}`);
    expect(err.message).toContain(':***@');
    expectSafe(err, WRONG_PASSWORD);
  });

  it('gives up on a server that accepts but never answers after the connect timeout, as STORE_UNREACHABLE', async () => {
    const held: Socket[] = [];
    const silent = createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      for (const socket of held) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const url = `postgres://casebot:${WRONG_PASSWORD}@127.0.0.1:${port}/casebot`;
    const err = await failure(openPostgresStore({ url, connectTimeoutMs: 300 }));
    expect(err.code).toBe('STORE_UNREACHABLE');
    expectSafe(err, WRONG_PASSWORD);
  });

  it('reports a wrong password and a missing database as STORE_REFUSED, with what to check', async () => {
    const db = await database();
    const wrong = await failure(openPostgresStore({ url: withPassword(db.url, WRONG_PASSWORD) }));
    expect(wrong.code).toBe('STORE_REFUSED');
    expect(wrong.message).toMatch(/password authentication failed/);
    expect(wrong.message).toMatch(/Check the user, password and database in DATABASE_URL/);
    expectSafe(wrong, WRONG_PASSWORD);

    const missing = new URL(db.url);
    missing.pathname = '/no_such_database';
    const absent = await failure(openPostgresStore({ url: missing.href }));
    expect(absent.code).toBe('STORE_REFUSED');
    expect(absent.message).toMatch(/no_such_database/);
    expectSafe(absent, new URL(db.url).password);
  });

  it('reports unhealthy and fails calls as STORE_UNREACHABLE while the database is down, and recovers when it is back', async () => {
    const db = await database();
    const { proxy, url } = await proxyTo(db.url);
    const logger = recordingLogger();
    const store = keep(await openPostgresStore({ url, logger, connectTimeoutMs: 1_000 }));
    expect(await store.claims.claim('before', 60_000)).toBe(true);
    expect(await store.ping()).toMatchObject({ type: 'healthy', backend: 'postgres' });

    await proxy.cut();
    const down = await store.ping();
    expect(down).toMatchObject({ type: 'unhealthy', error: { code: 'STORE_UNREACHABLE' } });
    const err = await failure(store.claims.claim('during', 60_000));
    expect(err.code).toBe('STORE_UNREACHABLE');
    expectSafe(err, new URL(db.url).password);
    expect((await failure(store.digests.listSubscriptions())).code).toBe('STORE_UNREACHABLE');

    await proxy.restore();
    expect(await store.ping()).toMatchObject({ type: 'healthy' });
    expect(await store.claims.claim('before', 60_000)).toBe(false);
    expect(await store.claims.claim('during', 60_000)).toBe(true);
    expect(JSON.stringify(logger.entries)).not.toContain(new URL(db.url).password);
  });

  it('ends a statement stuck behind a lock with STORE_TIMEOUT, and the connection stays usable', async () => {
    const db = await database();
    const store = keep(await openPostgresStore({ url: db.url, statementTimeoutMs: 300, maxConnections: 1 }));
    await withClient(db.url, async (client) => {
      await client.query('BEGIN');
      await client.query('LOCK TABLE claims IN ACCESS EXCLUSIVE MODE');
      const err = await failure(store.claims.claim('locked', 60_000));
      expect(err.code).toBe('STORE_TIMEOUT');
      expect(await store.ping()).toMatchObject({ type: 'healthy' });
      await client.query('ROLLBACK');
    });
    expect(await store.claims.claim('locked', 60_000)).toBe(true);
  });

  it('is opened by openStore when DATABASE_URL is set, located without its password', async () => {
    const db = await database();
    const store = keep(await openStore({ databaseUrl: db.url, dataDir: '/nonexistent' }));
    expect(store.backend).toBe('postgres');
    expect(store.location).toBe(db.url.replace(`:${new URL(db.url).password}@`, ':***@'));
  });
});
