import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from '../../src/digests/sqlite-migrations.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres-migrations.js';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { createTestDatabase, withClient } from '../support/test-database.js';
import { tempDir } from './digest-fixtures.js';
import { describeDigestStoreContract } from './digest-store-contract.js';

describeDigestStoreContract('PostgreSQL', async () => {
  const database = await createTestDatabase();
  return {
    async open() {
      const store = await openPostgresStore({ url: database.url });
      return { digests: store.digests, close: () => store.close() };
    },
    remove: () => database.drop(),
  };
});

/** Table and column names of a database, sorted: `table.column`. */
async function postgresColumns(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    return rows.map((row) => row.name).sort();
  });
}

function sqliteColumns(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all();
    return tables
      .flatMap((table) =>
        db
          .prepare<[string], string>('SELECT name FROM pragma_table_info(?)')
          .pluck()
          .all(table)
          .map((column) => `${table}.${column}`),
      )
      .sort();
  } finally {
    db.close();
  }
}

describe('PostgreSQL schema', () => {
  it('has the versions, tables and columns of the SQLite schema', async () => {
    const database = await createTestDatabase();
    const dir = tempDir();
    try {
      await (await openPostgresStore({ url: database.url })).close();
      await openSqliteStore({ file: dir.file }).close();
      expect(POSTGRES_MIGRATIONS.map((m) => [m.version, m.description])).toEqual(
        SQLITE_MIGRATIONS.map((m) => [m.version, m.description]),
      );
      const columns = await postgresColumns(database.url);
      expect(columns).toContain('deliveries.scheduled_at');
      expect(columns).toEqual(sqliteColumns(dir.file));
    } finally {
      await database.drop();
      dir.remove();
    }
  });
});
