import { DATABASE_URL_VARIABLE } from './database-url.js';
import { errorMessage, StoreError, type StoreErrorCode } from './store-error.js';

/** Socket errors: the server could not be reached or the connection went away. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

/** What pg says, without a code, when a connection cannot be made or was lost. */
const LOST_CONNECTION =
  /timeout exceeded when trying to connect|connection terminated|connection timeout|not queryable|connection error/i;

/** A SQLSTATE (five characters) means the server answered; anything else came from the socket or pg itself. */
function sqlState(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export function classifyPostgresError(err: unknown): StoreErrorCode {
  const state = sqlState(err);
  if (state) {
    // 57014 statement timeout, 55P03 lock timeout.
    if (state === '57014' || state === '55P03') return 'STORE_TIMEOUT';
    // Class 08 connection exceptions; 57P01-03: the server shuts down, crashed or is starting.
    if (state.startsWith('08') || /^57P0[123]$/.test(state)) return 'STORE_UNREACHABLE';
    // Class 28 bad user or password; 3D000 no such database; 42501 no privilege.
    if (state.startsWith('28') || state === '3D000' || state === '42501') return 'STORE_REFUSED';
    return 'STORE_FAILED';
  }
  const code = (err as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return 'STORE_UNREACHABLE';
  const message = errorMessage(err);
  if (/query read timeout/i.test(message)) return 'STORE_TIMEOUT';
  if (LOST_CONNECTION.test(message)) return 'STORE_UNREACHABLE';
  return 'STORE_FAILED';
}

/**
 * Whether the connection that failed with `err` must be dropped, not reused: a server-reported
 * error leaves it usable, a lost socket or a client-side timeout does not (node-postgres#3399).
 */
export function breaksConnection(err: unknown): boolean {
  const state = sqlState(err);
  return state === undefined || state.startsWith('08') || state.startsWith('57P');
}

/** A StoreError for what pg threw, naming DATABASE_URL (password hidden) and the fix. */
export function postgresStoreError(err: unknown, where: string): StoreError {
  const code = classifyPostgresError(err);
  const at = `PostgreSQL at ${where} (${DATABASE_URL_VARIABLE})`;
  const reason = errorMessage(err) || 'no reason given';
  const messages: Record<StoreErrorCode, string> = {
    STORE_UNREACHABLE: `cannot reach ${at}: ${reason}. Check that the server is running and that ${DATABASE_URL_VARIABLE} names its host and port.`,
    STORE_REFUSED: `${at} refused casebot: ${reason}. Check the user, password and database in ${DATABASE_URL_VARIABLE}, and that the user may create tables.`,
    STORE_TIMEOUT: `${at} did not answer in time: ${reason}.`,
    STORE_FAILED: `${at} failed: ${reason}.`,
    STORE_DAMAGED: `${at} failed: ${reason}.`,
    STORE_CONFIG_INVALID: `${at} failed: ${reason}.`,
    STORE_CLOSED: 'the store is closed',
  };
  return new StoreError(code, messages[code], { cause: err });
}
