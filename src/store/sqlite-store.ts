import type Database from 'better-sqlite3';
import { openSqliteDatabase, SQLITE_BUSY_TIMEOUT_MS } from '../digests/sqlite-database.js';
import { createSqliteDigestStore } from '../digests/sqlite-digest-store.js';
import { type Logger, silentLogger } from '../logger.js';
import { composeStore } from './compose-store.js';
import { type SqliteCheckpointer, startSqliteCheckpointer } from './sqlite-checkpointer.js';
import { sqliteStoreError } from './sqlite-errors.js';
import { createSqliteStateStore } from './sqlite-state-store.js';
import type { Store } from './store.js';

export interface SqliteStoreOptions {
  /** The database file (created with its schema if missing), or `:memory:`. */
  file: string;
  now?: () => Date;
  logger?: Logger;
  /** Bound on conversations kept (default DEFAULT_MAX_CONVERSATIONS). */
  maxConversations?: number;
  /** How long a statement waits for another process's lock (default SQLITE_BUSY_TIMEOUT_MS). */
  busyTimeoutMs?: number;
}

/**
 * The embedded store: one SQLite file for one process (two processes on one file are safe but
 * wait for each other's writes). Fails with a StoreError naming the file: `STORE_DAMAGED` when
 * it is not a database or fails the integrity check, `STORE_REFUSED` when it cannot be opened or
 * written (the message says what is in the way), `STORE_TIMEOUT` when another process holds it.
 */
export function openSqliteStore(options: SqliteStoreOptions): Store {
  const { file } = options;
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  let db: Database.Database;
  try {
    db = openSqliteDatabase(file, now, {
      logger,
      ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
    });
  } catch (err) {
    throw sqliteStoreError(err, file);
  }
  const maxConversations = options.maxConversations;
  // A file's WAL is written back by a worker thread, so no request waits for it (an in-memory
  // database has no WAL).
  const checkpointer: SqliteCheckpointer | undefined =
    file === ':memory:'
      ? undefined
      : startSqliteCheckpointer({
          db,
          file,
          busyTimeoutMs: options.busyTimeoutMs ?? SQLITE_BUSY_TIMEOUT_MS,
          logger,
        });
  return composeStore({
    backend: 'sqlite',
    location: file,
    digests: createSqliteDigestStore(db),
    state: createSqliteStateStore(db, { now, ...(maxConversations ? { maxConversations } : {}) }),
    async probe() {
      db.prepare('SELECT COUNT(*) FROM schema_migrations').get();
    },
    async close() {
      await checkpointer?.close();
      db.close();
    },
    toStoreError: (err) => sqliteStoreError(err, file),
    logger,
  });
}
