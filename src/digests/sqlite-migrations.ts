import type Database from 'better-sqlite3';
import type { Migration } from '../store/migration.js';

export type { Migration };

/**
 * The SQLite schema of the store (digests, then the state of src/store), oldest first. Times
 * are milliseconds since the epoch (UTC). postgres-migrations.ts keeps the same versions.
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'subscriptions, deliveries, channel case history, case catalogue',
    sql: `
      CREATE TABLE subscriptions (
        id TEXT PRIMARY KEY,
        platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
        team_id TEXT NOT NULL DEFAULT '',
        channel_id TEXT NOT NULL,
        schedule TEXT NOT NULL,
        timezone TEXT NOT NULL,
        country TEXT,
        topic TEXT,
        count INTEGER NOT NULL CHECK (count BETWEEN 1 AND 10),
        created_by TEXT,
        created_at INTEGER NOT NULL,
        active_since INTEGER NOT NULL,
        paused_by TEXT CHECK (paused_by IN ('user', 'error')),
        paused_reason TEXT,
        paused_at INTEGER
      );
      CREATE INDEX subscriptions_by_channel ON subscriptions (platform, team_id, channel_id);

      CREATE TABLE deliveries (
        id TEXT PRIMARY KEY,
        subscription_id TEXT NOT NULL,
        platform TEXT NOT NULL,
        team_id TEXT NOT NULL DEFAULT '',
        channel_id TEXT NOT NULL,
        scheduled_at INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'retrying', 'sent', 'failed', 'skipped')),
        late INTEGER NOT NULL DEFAULT 0,
        case_ids TEXT NOT NULL DEFAULT '[]',
        new_case_ids TEXT NOT NULL DEFAULT '[]',
        attempts INTEGER NOT NULL DEFAULT 0,
        claimed_at INTEGER NOT NULL,
        lease_until INTEGER,
        next_attempt_at INTEGER,
        last_error_kind TEXT,
        sent_at INTEGER,
        message_id TEXT,
        error TEXT,
        UNIQUE (subscription_id, scheduled_at)
      );
      CREATE INDEX deliveries_unfinished ON deliveries (status) WHERE status IN ('claimed', 'retrying');
      CREATE INDEX deliveries_sent_by_channel ON deliveries (platform, team_id, channel_id, sent_at)
        WHERE status = 'sent';

      CREATE TABLE channel_cases (
        platform TEXT NOT NULL,
        team_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        rank INTEGER NOT NULL,
        sent_at INTEGER NOT NULL,
        PRIMARY KEY (platform, team_id, channel_id, case_id)
      ) WITHOUT ROWID;

      CREATE TABLE known_cases (
        case_id TEXT PRIMARY KEY,
        first_seen_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    description: 'claims of inbound events, contexts, conversations, leases',
    sql: `
      CREATE TABLE claims (
        key TEXT PRIMARY KEY,
        claimed_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX claims_by_expiry ON claims (expires_at);

      CREATE TABLE contexts (
        id TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX contexts_by_expiry ON contexts (expires_at);

      CREATE TABLE conversations (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX conversations_by_expiry ON conversations (expires_at);
      CREATE INDEX conversations_by_update ON conversations (updated_at);

      CREATE TABLE leases (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        acquired_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `,
  },
];

/**
 * The newest schema version the database records (0 when new), read without writing anything:
 * the highest migration in `schema_migrations`, or `user_version` when that is higher.
 */
export function recordedSchemaVersion(db: Database.Database): number {
  const hasTable = db
    .prepare<[], number>("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .pluck()
    .get();
  const recorded = hasTable
    ? (db.prepare<[], number | null>('SELECT MAX(version) FROM schema_migrations').pluck().get() ?? 0)
    : 0;
  const userVersion = Number(db.pragma('user_version', { simple: true }));
  return Math.max(recorded, Number.isFinite(userVersion) ? userVersion : 0);
}

/**
 * Brings the schema up to date: each pending migration runs in its own IMMEDIATE transaction
 * (so two processes starting together serialise, and the second sees the first's work) and is
 * recorded in `schema_migrations` and `PRAGMA user_version`. Returns the versions applied.
 */
export function applyMigrations(
  db: Database.Database,
  migrations: readonly Migration[],
  now: () => Date,
): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const applied: number[] = [];
  const isApplied = db.prepare<[number], number>('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)',
  );
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const apply = db.transaction(() => {
      if (isApplied.get(migration.version)) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.description, now().getTime());
      db.pragma(`user_version = ${migration.version}`);
      applied.push(migration.version);
    });
    apply.immediate();
  }
  return applied;
}
