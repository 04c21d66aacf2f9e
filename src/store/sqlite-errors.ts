import { errorMessage, StoreError, type StoreErrorCode } from './store-error.js';

const DAMAGED = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);
const REFUSED = new Set(['SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_PERM', 'SQLITE_AUTH']);
const TIMEOUT = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);

function codeOf(err: unknown): StoreErrorCode {
  const code = (err as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return 'STORE_FAILED';
  // Extended codes (SQLITE_CANTOPEN_ISDIR, SQLITE_BUSY_SNAPSHOT…) belong to their primary code.
  const primary = code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1');
  if (DAMAGED.has(primary)) return 'STORE_DAMAGED';
  if (REFUSED.has(primary)) return 'STORE_REFUSED';
  if (TIMEOUT.has(primary)) return 'STORE_TIMEOUT';
  return 'STORE_FAILED';
}

const ADVICE: Record<StoreErrorCode, string> = {
  STORE_DAMAGED:
    'the file is damaged or not a casebot database: move it aside (casebot makes a new one) or restore a backup',
  STORE_REFUSED: 'check that DATA_DIR exists and that casebot may read and write it',
  STORE_TIMEOUT:
    'another process held the database too long; only one casebot process should use a SQLite file (set DATABASE_URL to share state between several)',
  STORE_UNREACHABLE: '',
  STORE_CONFIG_INVALID: '',
  STORE_CLOSED: '',
  STORE_FAILED: '',
};

/** A StoreError for what better-sqlite3 threw on `file`, with what to do about it. */
export function sqliteStoreError(err: unknown, file: string): StoreError {
  const code = codeOf(err);
  const advice = ADVICE[code];
  return new StoreError(
    code,
    `SQLite database ${file}: ${errorMessage(err)}${advice === '' ? '' : `; ${advice}`}`,
    { cause: err },
  );
}
