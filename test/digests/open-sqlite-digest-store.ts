import type { DigestStore } from '../../src/digests/digest-store.js';
import { openSqliteDatabase } from '../../src/digests/sqlite-database.js';
import { createSqliteDigestStore } from '../../src/digests/sqlite-digest-store.js';

/**
 * The digest store alone on a SQLite file (casebot opens it inside the whole store, see
 * openSqliteStore); `close()` closes the file.
 */
export function openSqliteDigestStore(file: string, options: { now?: () => Date } = {}): DigestStore {
  return createSqliteDigestStore(openSqliteDatabase(file, options.now ?? (() => new Date())));
}
