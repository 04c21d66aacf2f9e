/**
 * Why a store operation failed, stable for tests, metrics and operators:
 * - `STORE_CONFIG_INVALID`: DATABASE_URL is not a usable PostgreSQL URL.
 * - `STORE_UNREACHABLE`: no connection to the database (down, wrong host or port, network).
 * - `STORE_REFUSED`: the server answered but refused (password, missing database, permissions).
 * - `STORE_TIMEOUT`: a statement or lock wait ran past its time limit.
 * - `STORE_DAMAGED`: the SQLite file is not a database or is corrupt.
 * - `STORE_CLOSED`: the store was closed.
 * - `STORE_FAILED`: anything else the database reported.
 */
export type StoreErrorCode =
  | 'STORE_CONFIG_INVALID'
  | 'STORE_UNREACHABLE'
  | 'STORE_REFUSED'
  | 'STORE_TIMEOUT'
  | 'STORE_DAMAGED'
  | 'STORE_CLOSED'
  | 'STORE_FAILED';

/** A failed store operation; the message says what to fix and never carries a password. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** The message of anything thrown, for wrapping it. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
