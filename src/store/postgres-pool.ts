import pg from 'pg';
import type { Logger } from '../logger.js';
import { breaksConnection } from './postgres-errors.js';

/** Connections per process: the answer path needs a few at a time, the scheduler one or two. */
export const DEFAULT_POOL_SIZE = 10;
/** Longest wait for a connection, so that a dead server fails requests fast instead of queueing them. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
/** Longest statement: the store's are milliseconds long; anything near this is a stuck lock or server. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;

export interface PostgresPoolOptions {
  maxConnections?: number;
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
}

/** The queries the PostgreSQL stores run: rows back, or the number of rows changed. */
export interface Sql {
  rows<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>;
  count(text: string, values?: unknown[]): Promise<number>;
}

export interface PostgresDb extends Sql {
  /** Runs `work` in one transaction on one connection: committed if it resolves, rolled back if not. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  end(): Promise<void>;
}

function sqlOn(client: pg.PoolClient): Sql {
  return {
    async rows<R extends pg.QueryResultRow>(text: string, values?: unknown[]) {
      return (await client.query<R>(text, values)).rows;
    },
    async count(text: string, values?: unknown[]) {
      return (await client.query(text, values)).rowCount ?? 0;
    },
  };
}

/**
 * A pool with connection, statement and client-side timeouts (the last for a server that went
 * silent, which no statement timeout can catch). A connection that failed in a way that leaves
 * it unusable is dropped rather than returned to the pool.
 */
export function createPostgresDb(url: string, options: PostgresPoolOptions, logger: Logger): PostgresDb {
  const statementTimeoutMs = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? DEFAULT_POOL_SIZE,
    connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs + 2_000,
    idle_in_transaction_session_timeout: statementTimeoutMs * 2,
    application_name: 'casebot',
    keepAlive: true,
  });
  // An idle connection the server closed (restart, failover) is reported here; unhandled, it would end the process.
  pool.on('error', (err) => {
    logger.warn({ err: { message: err.message } }, 'an idle PostgreSQL connection was lost');
  });

  async function withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    // A checked-out connection that dies between two queries emits 'error', which the pool no
    // longer listens to; unheard, it would end the process. The next query fails anyway.
    let lost = false;
    const onError = () => {
      lost = true;
    };
    client.on('error', onError);
    let failure: unknown;
    try {
      return await work(client);
    } catch (err) {
      failure = err;
      throw err;
    } finally {
      client.off('error', onError);
      client.release(lost || (failure !== undefined && breaksConnection(failure)));
    }
  }

  return {
    rows: (text, values) => withClient((client) => sqlOn(client).rows(text, values)),
    count: (text, values) => withClient((client) => sqlOn(client).count(text, values)),
    transaction: (work) =>
      withClient(async (client) => {
        await client.query('BEGIN');
        try {
          const result = await work(sqlOn(client));
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
      }),
    end: () => pool.end(),
  };
}
