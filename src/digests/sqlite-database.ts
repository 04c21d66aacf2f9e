import Database from 'better-sqlite3';
import { type Logger, silentLogger } from '../logger.js';
import { StoreError } from '../store/store-error.js';
import { applyMigrations, recordedSchemaVersion, SQLITE_MIGRATIONS } from './sqlite-migrations.js';

/** How long a write waits for another process's transaction before failing (SQLITE_BUSY). */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

export interface OpenSqliteDatabaseOptions {
  /** How long a statement waits for another process's lock (default {@link SQLITE_BUSY_TIMEOUT_MS}). */
  busyTimeoutMs?: number;
  /** Told when the file was migrated by a newer casebot. */
  logger?: Logger;
}

/** quick_check answers on several lines, under a "*** in database main ***" banner. */
function oneLine(finding: string): string {
  return finding
    .replace(/\*\*\* in database \w+ \*\*\*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Opens (creating if needed) the store's database at `file`, in WAL mode so that readers never
 * wait for the scheduler's writes, and applies pending migrations.
 *
 * Damage is found here rather than on the first digest due days later: `quick_check` reads
 * every page (about 15 ms per MB) before anything is written, and throws a STORE_DAMAGED
 * StoreError. A file that cannot be written is found here too. The file is never changed,
 * moved or removed when opening fails, so it can still be restored or recovered.
 */
export function openSqliteDatabase(
  file: string,
  now: () => Date,
  options: OpenSqliteDatabaseOptions = {},
): Database.Database {
  const busyTimeoutMs = options.busyTimeoutMs ?? SQLITE_BUSY_TIMEOUT_MS;
  const db = new Database(file, { timeout: busyTimeoutMs });
  try {
    const check = String(db.pragma('quick_check(1)', { simple: true }));
    if (check !== 'ok') {
      throw new StoreError(
        'STORE_DAMAGED',
        `SQLite database ${file}: the integrity check failed (${oneLine(check)}); stop casebot, then restore it from a backup or move it aside (with any -wal and -shm files beside it; casebot makes a new, empty one), or set DATA_DIR to another folder; sqlite3's ".recover" command may save what is left of it`,
      );
    }
    db.pragma('journal_mode = WAL');
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    db.pragma('synchronous = NORMAL');
    const known = Math.max(...SQLITE_MIGRATIONS.map((m) => m.version));
    const recorded = recordedSchemaVersion(db);
    if (recorded > known) {
      // As on PostgreSQL during a rolling upgrade, the newer schema is left alone: its
      // migrations add, so this version's statements still work. Say so, for a rollback.
      (options.logger ?? silentLogger).warn(
        { file, schemaVersion: recorded, knownVersion: known },
        `SQLite database ${file} was last migrated by a newer casebot (schema ${recorded}, this one knows up to ${known}); going on with it. If digests fail, run the newer casebot again or restore a backup made by this version`,
      );
    }
    applyMigrations(db, SQLITE_MIGRATIONS, now);
    // SQLite opens a file it may not write as read-only, without a word: write the version
    // back to find out now rather than at the first subscription.
    db.pragma(`user_version = ${Number(db.pragma('user_version', { simple: true }))}`);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
