// The store's public surface: src/index.ts re-exports it.
export { DATABASE_URL_VARIABLE, databaseUrlSchema, redactDatabaseUrl } from './database-url.js';
export { type OpenStoreOptions, openStore, STORE_FILE, sqliteStoreFile } from './open-store.js';
export { openSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export {
  type ClaimStore,
  CONTEXT_ID_LENGTH,
  type ContextStore,
  type ConversationStore,
  type JsonValue,
  type LeaseHolder,
  type LeaseStore,
  type Store,
  type StoreBackend,
  type StoreHealth,
  type SweepReport,
} from './store.js';
export { StoreError, type StoreErrorCode } from './store-error.js';
export { DEFAULT_MAX_CONVERSATIONS, MAX_TTL_MS, MAX_VALUE_BYTES } from './store-values.js';
