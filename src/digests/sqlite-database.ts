import Database from 'better-sqlite3';
import { applyMigrations, SQLITE_MIGRATIONS } from './sqlite-migrations.js';

/** How long a write waits for another process's transaction before failing (SQLITE_BUSY). */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (creating if needed) the store's database at `file`, in WAL mode so that readers never
 * wait for the scheduler's writes, and applies pending migrations.
 */
export function openSqliteDatabase(file: string, now: () => Date): Database.Database {
  const db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    db.pragma('synchronous = NORMAL');
    applyMigrations(db, SQLITE_MIGRATIONS, now);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
