import { diagnoseSqlitePath } from './diagnose-sqlite-path.js';
import { errorMessage, StoreError, type StoreErrorCode } from './store-error.js';

const DAMAGED = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);
const REFUSED = new Set(['SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_PERM', 'SQLITE_AUTH']);
const TIMEOUT = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);
/** What creating the folder or opening the file can fail with, from Node's file system calls. */
const REFUSED_BY_FILE_SYSTEM = new Set([
  'ENOTDIR',
  'EEXIST',
  'EISDIR',
  'ENOENT',
  'EACCES',
  'EPERM',
  'EROFS',
  'ENAMETOOLONG',
  'ELOOP',
]);

function codeOf(err: unknown): StoreErrorCode {
  const code = (err as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return 'STORE_FAILED';
  // Extended codes (SQLITE_CANTOPEN_ISDIR, SQLITE_BUSY_SNAPSHOT…) belong to their primary code.
  const primary = code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1');
  if (DAMAGED.has(primary)) return 'STORE_DAMAGED';
  if (REFUSED.has(primary) || REFUSED_BY_FILE_SYSTEM.has(code)) return 'STORE_REFUSED';
  if (TIMEOUT.has(primary)) return 'STORE_TIMEOUT';
  return 'STORE_FAILED';
}

/** What to do, for the failures whose fix is known; the disk's own failures come first. */
function adviceFor(code: StoreErrorCode, err: unknown): string {
  const raw = (err as { code?: unknown } | undefined)?.code;
  if (raw === 'SQLITE_FULL' || raw === 'ENOSPC') return 'free some space on its disk';
  if (typeof raw === 'string' && (raw.startsWith('SQLITE_IOERR') || raw === 'EIO'))
    return 'the disk reported an error: check it, and restore the file from a backup if it is damaged';
  switch (code) {
    case 'STORE_DAMAGED':
      return 'the file is damaged or not a casebot database: stop casebot, then restore it from a backup or move it aside (with any -wal and -shm files beside it; casebot makes a new, empty one), or set DATA_DIR to another folder';
    case 'STORE_REFUSED':
      return 'check that DATA_DIR exists and that casebot may read and write it, or set DATA_DIR to another folder';
    case 'STORE_TIMEOUT':
      return 'another process held the database too long; only one casebot process should use a SQLite file (set DATABASE_URL to share state between several)';
    default:
      return '';
  }
}

/**
 * A StoreError for what better-sqlite3 (or creating its folder) threw on `file`, with what is in
 * the way when the path shows it and what to do. A StoreError passes through unchanged.
 */
export function sqliteStoreError(err: unknown, file: string): StoreError {
  if (err instanceof StoreError) return err;
  const code = codeOf(err);
  const onPath = code === 'STORE_REFUSED' ? diagnoseSqlitePath(file) : undefined;
  const advice = adviceFor(code, err);
  return new StoreError(
    code,
    `SQLite database ${file}: ${onPath ? `${onPath}; ` : ''}${errorMessage(err)}${advice === '' ? '' : `; ${advice}`}`,
    { cause: err },
  );
}
