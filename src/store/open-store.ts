import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { diagnoseSqlitePath } from './diagnose-sqlite-path.js';
import { openSqliteStore } from './sqlite-store.js';
import type { Store } from './store.js';
import { errorMessage, StoreError } from './store-error.js';

/** The SQLite file inside DATA_DIR (the digests' database of earlier versions, kept as it is). */
export const STORE_FILE = 'casebot.db';

export interface OpenStoreOptions {
  /** DATABASE_URL: PostgreSQL when set (and not empty), else SQLite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** DATA_DIR: the folder of the SQLite file, created if missing. */
  dataDir: string;
  now?: () => Date;
  logger?: Logger;
}

/** The SQLite file `openStore` uses without DATABASE_URL: what a caller moves aside when it is damaged. */
export function sqliteStoreFile(dataDir: string): string {
  return join(dataDir, STORE_FILE);
}

/**
 * Opens the store the configuration asks for: PostgreSQL when DATABASE_URL is set, else SQLite
 * in DATA_DIR. Fails with a StoreError whose `code` says what to do: `STORE_CONFIG_INVALID`
 * (fix DATABASE_URL), `STORE_UNREACHABLE` (retry later, or exit), `STORE_REFUSED` (fix
 * credentials or permissions), `STORE_DAMAGED` (the SQLite file is not a database).
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const common = {
    ...(options.now ? { now: options.now } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
  };
  const url = options.databaseUrl?.trim();
  if (url) {
    // pg takes ~100 ms to load: only deployments that use it pay for it.
    const { openPostgresStore } = await import('./postgres-store.js');
    return openPostgresStore({ url, ...common });
  }
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch (err) {
    const inTheWay = diagnoseSqlitePath(sqliteStoreFile(options.dataDir));
    throw new StoreError(
      'STORE_REFUSED',
      `cannot create DATA_DIR ${options.dataDir}: ${inTheWay ? `${inTheWay}; ` : ''}${errorMessage(err)}; set DATA_DIR to a folder casebot may write`,
      { cause: err },
    );
  }
  return openSqliteStore({ file: sqliteStoreFile(options.dataDir), ...common });
}
