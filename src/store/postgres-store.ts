import { createPostgresDigestStore } from '../digests/postgres-digest-store.js';
import { type Logger, silentLogger } from '../logger.js';
import { composeStore } from './compose-store.js';
import { DATABASE_URL_VARIABLE, databaseUrlSchema, redactDatabaseUrl } from './database-url.js';
import { postgresStoreError } from './postgres-errors.js';
import { migratePostgres, POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { createPostgresDb, type PostgresDb, type PostgresPoolOptions } from './postgres-pool.js';
import { createPostgresStateStore } from './postgres-state-store.js';
import type { Store } from './store.js';
import { errorMessage, StoreError } from './store-error.js';

export interface PostgresStoreOptions extends PostgresPoolOptions {
  /** DATABASE_URL. */
  url: string;
  now?: () => Date;
  logger?: Logger;
  /** Bound on conversations kept (default DEFAULT_MAX_CONVERSATIONS). */
  maxConversations?: number;
}

/** Refuses a URL that is not PostgreSQL's, naming the variable but never repeating the value. */
export function checkDatabaseUrl(url: string): string {
  const parsed = databaseUrlSchema.safeParse(url);
  if (parsed.success) return parsed.data;
  const reason = parsed.error.issues.map((issue) => issue.message).join('; ');
  throw new StoreError('STORE_CONFIG_INVALID', `${DATABASE_URL_VARIABLE} ${reason}`, { cause: parsed.error });
}

/**
 * The shared store: PostgreSQL for any number of replicas. Connects, migrates (once, whatever
 * the number of replicas starting together), and resolves when the store is usable. Fails with a
 * StoreError: `STORE_CONFIG_INVALID`, `STORE_UNREACHABLE` or `STORE_REFUSED`, naming DATABASE_URL
 * without its password. Once open, a lost database makes operations fail with `STORE_UNREACHABLE`
 * and `ping` report unhealthy; the pool reconnects by itself when the database is back.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const url = checkDatabaseUrl(options.url);
  const where = redactDatabaseUrl(url);
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  const toStoreError = (err: unknown) => postgresStoreError(err, where);
  let db: PostgresDb;
  try {
    db = createPostgresDb(url, options, logger);
  } catch (err) {
    throw new StoreError(
      'STORE_CONFIG_INVALID',
      `${DATABASE_URL_VARIABLE} cannot be used: ${errorMessage(err)}`,
      {
        cause: err,
      },
    );
  }
  try {
    const applied = await migratePostgres(db, POSTGRES_MIGRATIONS, now);
    if (applied.length > 0) logger.info({ applied, database: where }, 'store schema migrated');
  } catch (err) {
    await db.end().catch(() => undefined);
    throw toStoreError(err);
  }

  const maxConversations = options.maxConversations;
  return composeStore({
    backend: 'postgres',
    location: where,
    digests: createPostgresDigestStore(db),
    state: createPostgresStateStore(db, { now, ...(maxConversations ? { maxConversations } : {}) }),
    async probe() {
      await db.rows('SELECT 1');
    },
    close: () => db.end(),
    toStoreError,
    logger,
  });
}
