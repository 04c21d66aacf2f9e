import type Database from 'better-sqlite3';
import { openSqliteDatabase } from '../digests/sqlite-database.js';
import { createSqliteDigestStore } from '../digests/sqlite-digest-store.js';
import { type Logger, silentLogger } from '../logger.js';
import { guardErrors } from './guard-errors.js';
import { sqliteStoreError } from './sqlite-errors.js';
import { createSqliteStateStore } from './sqlite-state-store.js';
import { withAutoSweep } from './state-store.js';
import type { Store } from './store.js';
import { StoreError } from './store-error.js';

export interface SqliteStoreOptions {
  /** The database file (created with its schema if missing), or `:memory:`. */
  file: string;
  now?: () => Date;
  logger?: Logger;
  /** Bound on conversations kept (default DEFAULT_MAX_CONVERSATIONS). */
  maxConversations?: number;
}

/**
 * The embedded store: one SQLite file for one process (two processes on one file are safe but
 * wait for each other's writes). Fails with a StoreError: `STORE_DAMAGED` when the file is not a
 * database, `STORE_REFUSED` when it cannot be opened.
 */
export function openSqliteStore(options: SqliteStoreOptions): Store {
  const { file } = options;
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  let db: Database.Database;
  try {
    db = openSqliteDatabase(file, now);
  } catch (err) {
    throw sqliteStoreError(err, file);
  }
  let closed = false;
  const guard = <T extends object>(target: T): T =>
    guardErrors(
      target,
      (err) => sqliteStoreError(err, file),
      () => closed,
    );
  const state = withAutoSweep(
    createSqliteStateStore(db, {
      now,
      ...(options.maxConversations ? { maxConversations: options.maxConversations } : {}),
    }),
    (err) => logger.warn({ err }, 'could not sweep expired state from the store'),
  );

  return {
    backend: 'sqlite',
    location: file,
    digests: { ...guard(createSqliteDigestStore(db)), close: async () => {} },
    claims: guard(state.claims),
    contexts: guard(state.contexts),
    conversations: guard(state.conversations),
    leases: guard(state.leases),
    sweep: guard({ sweep: state.sweep }).sweep,
    async ping() {
      const started = performance.now();
      if (closed) {
        return {
          type: 'unhealthy',
          backend: 'sqlite',
          error: new StoreError('STORE_CLOSED', 'the store is closed'),
        };
      }
      try {
        db.prepare('SELECT COUNT(*) FROM schema_migrations').get();
        return { type: 'healthy', backend: 'sqlite', latencyMs: performance.now() - started };
      } catch (err) {
        return { type: 'unhealthy', backend: 'sqlite', error: sqliteStoreError(err, file) };
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
