import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store, StoreError, sqliteStoreFile } from '../../src/index.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import {
  BAD_FOLDERS,
  checkpoint,
  DAMAGES,
  scramblePages,
  snapshot,
  testSubscription,
  writeHealthyDatabase,
  writeNewerDatabase,
} from '../digests/damaged-databases.js';
import { tempDir } from '../digests/digest-fixtures.js';
import { recordingLogger } from '../support/recording-logger.js';

/** The StoreError that `run` throws or rejects with; the test fails on anything else. */
async function storeError(run: () => unknown): Promise<StoreError> {
  let caught: unknown;
  try {
    await run();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(StoreError);
  return caught as StoreError;
}

describe('opening a SQLite store that cannot be used', () => {
  const dirs: Array<ReturnType<typeof tempDir>> = [];
  const stores: Store[] = [];
  const holders: Database.Database[] = [];
  const folder = () => {
    const dir = tempDir();
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    for (const holder of holders.splice(0)) holder.close();
    for (const store of stores.splice(0)) await store.close();
    for (const dir of dirs.splice(0)) dir.remove();
  });

  it.each(DAMAGES)('$name: $code naming the file and the fix, the file left as it was', async (damage) => {
    const { dir, file } = folder();
    await damage.make(file);
    const before = snapshot(file);
    const error = await storeError(() => openStore({ dataDir: dir }));
    expect(error.code).toBe(damage.code);
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/restore it from a backup or move it aside/);
    expect(error.message).toContain('DATA_DIR');
    expect(error.message).not.toContain('\n'); // one log line
    expect(snapshot(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it.each(BAD_FOLDERS)('$name: STORE_REFUSED, saying what is in the way', async ({ make }) => {
    const { dir } = folder();
    const dataDir = make(dir);
    const error = await storeError(() => openStore({ dataDir }));
    expect(error.code).toBe('STORE_REFUSED');
    expect(error.message).toMatch(/ is a file, not a folder; | is a folder, not a database file; /);
    expect(error.message).toContain('DATA_DIR');
  });

  it('a database another program holds locked: STORE_TIMEOUT, and it opens once the lock is gone', async () => {
    const { file } = folder();
    await writeHealthyDatabase(file);
    const holder = new Database(file);
    holders.push(holder);
    holder.exec('BEGIN IMMEDIATE');
    const error = await storeError(() => openSqliteStore({ file, busyTimeoutMs: 0 }));
    expect(error.code).toBe('STORE_TIMEOUT');
    expect(error.message).toContain(file);
    holder.exec('ROLLBACK');
    const store = openSqliteStore({ file, busyTimeoutMs: 0 });
    stores.push(store);
    expect(await store.digests.listSubscriptions()).toHaveLength(40);
  });

  it('a database a newer casebot migrated: opened, as PostgreSQL does in a rolling upgrade, with a warning', async () => {
    const { file } = folder();
    await writeNewerDatabase(file);
    const logger = recordingLogger();
    const store = openSqliteStore({ file, logger });
    stores.push(store);
    expect(await store.digests.listSubscriptions()).toHaveLength(40);
    const warning = logger.entries.find((e) => e.level === 'warn');
    expect(warning?.obj).toEqual({ file, schemaVersion: 7, knownVersion: 2 });
    expect(warning?.msg).toMatch(/newer casebot .*restore a backup/);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get()).toBe(7);
    } finally {
      db.close();
    }
  });

  it('opens a healthy database with data in it, saying nothing (the checks are not over-eager)', async () => {
    const { dir, file } = folder();
    await writeHealthyDatabase(file, 3);
    const logger = recordingLogger();
    const store = await openStore({ dataDir: dir, logger });
    stores.push(store);
    expect(store.location).toBe(sqliteStoreFile(dir));
    expect((await store.digests.listSubscriptions()).map((s) => s.id)).toEqual(['s0', 's1', 's2']);
    expect(logger.entries.filter((e) => e.level !== 'debug' && e.level !== 'info')).toEqual([]);
  });
});

describe('a SQLite store that fails while casebot runs', () => {
  const dirs: Array<ReturnType<typeof tempDir>> = [];
  const stores: Store[] = [];
  const holders: Database.Database[] = [];
  const opened = async () => {
    const dir = tempDir();
    dirs.push(dir);
    await writeHealthyDatabase(dir.file, 5);
    const store = openSqliteStore({ file: dir.file, busyTimeoutMs: 0 });
    stores.push(store);
    return { file: dir.file, store };
  };
  afterEach(async () => {
    for (const holder of holders.splice(0)) holder.close();
    for (const store of stores.splice(0)) await store.close();
    for (const dir of dirs.splice(0)) dir.remove();
  });

  it('damaged under it: every digest call rejects with STORE_DAMAGED naming the file', async () => {
    const { file, store } = await opened();
    expect(await store.digests.listSubscriptions()).toHaveLength(5);
    checkpoint(file);
    scramblePages(file);
    for (const call of [
      () => store.digests.listSubscriptions(),
      () => store.digests.getSubscription('s1'),
      () => store.digests.createSubscription(testSubscription('new')),
      () => store.digests.dueDeliveries(new Date()),
    ]) {
      const error = await storeError(call);
      expect(error.code).toBe('STORE_DAMAGED');
      expect(error.message).toContain(file);
    }
    expect((await store.ping()).type).toBe('unhealthy');
  });

  it('locked by another program: writes reject with STORE_TIMEOUT, reads go on, writes work again after', async () => {
    const { file, store } = await opened();
    const holder = new Database(file);
    holders.push(holder);
    holder.exec('BEGIN IMMEDIATE');
    const error = await storeError(() => store.digests.createSubscription(testSubscription('new')));
    expect(error.code).toBe('STORE_TIMEOUT');
    expect(await store.digests.listSubscriptions()).toHaveLength(5);
    holder.exec('ROLLBACK');
    expect(await store.digests.createSubscription(testSubscription('new'))).toBe(true);
  });

  it('never writes beside a file that is not a database', async () => {
    const dir = tempDir();
    dirs.push(dir);
    await DAMAGES[0]!.make(dir.file);
    await storeError(() => openSqliteStore({ file: dir.file }));
    expect(existsSync(`${dir.file}-wal`)).toBe(false);
    expect(readFileSync(dir.file, 'utf8')).toMatch(/^subscriptions: weekly/);
  });
});

describe('the integrity check', () => {
  it('is what finds damage in a page nothing reads at start', async () => {
    const dir = tempDir();
    try {
      await DAMAGES.find((d) => d.name === 'a database with one damaged index page')!.make(dir.file);
      const error = await storeError(() => openSqliteStore({ file: dir.file }));
      expect(error.message).toMatch(/the integrity check failed \(Tree \d+ page \d+: /);
    } finally {
      dir.remove();
    }
  });
});
