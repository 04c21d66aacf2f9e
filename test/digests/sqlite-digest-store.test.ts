import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from '../../src/digests/sqlite-migrations.js';
import { tempDir } from './digest-fixtures.js';
import { describeDigestStoreContract } from './digest-store-contract.js';
import { openSqliteDigestStore } from './open-sqlite-digest-store.js';

describeDigestStoreContract('SQLite', async () => {
  const dir = tempDir();
  return {
    async open() {
      const digests = openSqliteDigestStore(dir.file);
      return { digests, close: () => digests.close() };
    },
    async remove() {
      dir.remove();
    },
  };
});

describe('openSqliteDigestStore', () => {
  const dirs: Array<{ remove(): void }> = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) dir.remove();
  });

  it('creates the schema once, in WAL mode, recording each migration', async () => {
    const dir = tempDir();
    dirs.push(dir);
    await openSqliteDigestStore(dir.file).close();
    await openSqliteDigestStore(dir.file).close();
    const db = new Database(dir.file, { readonly: true });
    try {
      const versions = SQLITE_MIGRATIONS.map((m) => m.version);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(Math.max(...versions));
      expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(
        versions,
      );
    } finally {
      db.close();
    }
  });
});
