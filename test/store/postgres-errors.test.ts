import { describe, expect, it } from 'vitest';
import {
  breaksConnection,
  classifyPostgresError,
  postgresStoreError,
} from '../../src/store/postgres-errors.js';

/** An error as pg or Node raise it: a message and maybe a code. */
const error = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('PostgreSQL errors', () => {
  it.each([
    ['connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED', 'STORE_UNREACHABLE', true],
    ['getaddrinfo ENOTFOUND db.internal', 'ENOTFOUND', 'STORE_UNREACHABLE', true],
    ['read ECONNRESET', 'ECONNRESET', 'STORE_UNREACHABLE', true],
    ['timeout exceeded when trying to connect', undefined, 'STORE_UNREACHABLE', true],
    ['Connection terminated unexpectedly', undefined, 'STORE_UNREACHABLE', true],
    ['Query read timeout', undefined, 'STORE_TIMEOUT', true],
    ['terminating connection due to administrator command', '57P01', 'STORE_UNREACHABLE', true],
    ['the database system is starting up', '57P03', 'STORE_UNREACHABLE', true],
    ['connection failure', '08006', 'STORE_UNREACHABLE', true],
    ['password authentication failed for user "casebot"', '28P01', 'STORE_REFUSED', false],
    ['database "casebot" does not exist', '3D000', 'STORE_REFUSED', false],
    ['permission denied for schema public', '42501', 'STORE_REFUSED', false],
    ['canceling statement due to statement timeout', '57014', 'STORE_TIMEOUT', false],
    ['canceling statement due to lock timeout', '55P03', 'STORE_TIMEOUT', false],
    ['duplicate key value violates unique constraint', '23505', 'STORE_FAILED', false],
    ['something odd', undefined, 'STORE_FAILED', true],
  ])('%s (%s) is %s; the connection is dropped: %s', (message, code, expected, dropped) => {
    const err = error(message, code);
    expect(classifyPostgresError(err)).toBe(expected);
    expect(breaksConnection(err)).toBe(dropped);
  });

  it('names DATABASE_URL and the fix, and keeps the cause', () => {
    const cause = error('connect ECONNREFUSED 10.0.0.5:5432', 'ECONNREFUSED');
    const err = postgresStoreError(cause, 'postgres://casebot:***@10.0.0.5:5432/casebot');
    expect(err).toMatchObject({ code: 'STORE_UNREACHABLE', cause });
    expect(err.message).toBe(
      'cannot reach PostgreSQL at postgres://casebot:***@10.0.0.5:5432/casebot (DATABASE_URL): connect ECONNREFUSED 10.0.0.5:5432. Check that the server is running and that DATABASE_URL names its host and port.',
    );
  });
});
