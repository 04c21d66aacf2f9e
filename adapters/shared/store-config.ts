import { z } from 'zod';
import { databaseUrlSchema } from '../../src/index.js';
import { parseEnv } from './env-config.js';

/** Where casebot keeps its state (digests), validated from the environment at start. */
export interface StoreConfig {
  /** DATA_DIR: the folder of the SQLite database (`casebot.db`), created if missing. */
  dataDir: string;
  /** DATABASE_URL: PostgreSQL instead of SQLite, for several instances sharing one state. Never logged. */
  databaseUrl?: string;
}

export const DEFAULT_DATA_DIR = 'data/';

const storeEnvSchema = z.object({
  DATA_DIR: z.string().default(DEFAULT_DATA_DIR),
  DATABASE_URL: databaseUrlSchema.optional(),
});

/** Reads the store settings; throws `ConfigError` naming every bad variable (never a URL's password). */
export function readStoreConfig(env: Record<string, string | undefined>): StoreConfig {
  const parsed = parseEnv(storeEnvSchema, env);
  return parsed.DATABASE_URL
    ? { dataDir: parsed.DATA_DIR, databaseUrl: parsed.DATABASE_URL }
    : { dataDir: parsed.DATA_DIR };
}
