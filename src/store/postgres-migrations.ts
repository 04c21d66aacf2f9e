import type { Migration } from './migration.js';
import type { PostgresDb } from './postgres-pool.js';

/**
 * The PostgreSQL schema, oldest first, with the versions of SQLITE_MIGRATIONS. Instants are
 * `timestamptz`; case lists are `text[]`; a schedule is its JSON text, as in SQLite.
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'subscriptions, deliveries, channel case history, case catalogue',
    sql: `
      CREATE TABLE subscriptions (
        id text PRIMARY KEY,
        platform text NOT NULL CHECK (platform IN ('slack', 'discord')),
        team_id text NOT NULL DEFAULT '',
        channel_id text NOT NULL,
        schedule text NOT NULL,
        timezone text NOT NULL,
        country text,
        topic text,
        count integer NOT NULL CHECK (count BETWEEN 1 AND 10),
        created_by text,
        created_at timestamptz NOT NULL,
        active_since timestamptz NOT NULL,
        paused_by text CHECK (paused_by IN ('user', 'error')),
        paused_reason text,
        paused_at timestamptz
      );
      CREATE INDEX subscriptions_by_channel ON subscriptions (platform, team_id, channel_id);

      CREATE TABLE deliveries (
        id text PRIMARY KEY,
        subscription_id text NOT NULL,
        platform text NOT NULL,
        team_id text NOT NULL DEFAULT '',
        channel_id text NOT NULL,
        scheduled_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('claimed', 'retrying', 'sent', 'failed', 'skipped')),
        late boolean NOT NULL DEFAULT false,
        case_ids text[] NOT NULL DEFAULT '{}',
        new_case_ids text[] NOT NULL DEFAULT '{}',
        attempts integer NOT NULL DEFAULT 0,
        claimed_at timestamptz NOT NULL,
        lease_until timestamptz,
        next_attempt_at timestamptz,
        last_error_kind text,
        sent_at timestamptz,
        message_id text,
        error text,
        UNIQUE (subscription_id, scheduled_at)
      );
      CREATE INDEX deliveries_unfinished ON deliveries (status) WHERE status IN ('claimed', 'retrying');
      CREATE INDEX deliveries_sent_by_channel ON deliveries (platform, team_id, channel_id, sent_at)
        WHERE status = 'sent';

      CREATE TABLE channel_cases (
        platform text NOT NULL,
        team_id text NOT NULL,
        channel_id text NOT NULL,
        case_id text NOT NULL,
        rank integer NOT NULL,
        sent_at timestamptz NOT NULL,
        PRIMARY KEY (platform, team_id, channel_id, case_id)
      );

      CREATE TABLE known_cases (
        case_id text PRIMARY KEY,
        first_seen_at timestamptz NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: 'claims of inbound events, contexts, conversations, leases',
    sql: `
      CREATE TABLE claims (
        key text PRIMARY KEY,
        claimed_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX claims_by_expiry ON claims (expires_at);

      CREATE TABLE contexts (
        id text PRIMARY KEY,
        value text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX contexts_by_expiry ON contexts (expires_at);

      CREATE TABLE conversations (
        key text PRIMARY KEY,
        value text NOT NULL,
        updated_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX conversations_by_expiry ON conversations (expires_at);
      CREATE INDEX conversations_by_update ON conversations (updated_at);

      CREATE TABLE leases (
        name text PRIMARY KEY,
        holder text NOT NULL,
        acquired_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
    `,
  },
];

/** Key of the advisory lock that serialises migrations: "casebot" in ASCII, unlikely to meet another application's. */
export const MIGRATION_LOCK_KEY = '27973170944438132';
/** How long migrating may take, the wait for another replica's migration included. */
export const MIGRATION_TIMEOUT_MS = 5 * 60_000;

/**
 * Brings the schema up to date in one transaction under an advisory lock: replicas starting
 * together wait for the first, then find nothing left to do; a failed migration leaves nothing
 * half done. Versions newer than `migrations` (applied by a newer casebot) are left alone.
 * Returns the versions applied.
 */
export async function migratePostgres(
  db: PostgresDb,
  migrations: readonly Migration[],
  now: () => Date,
): Promise<number[]> {
  return db.transaction(async (sql) => {
    await sql.rows(`SET LOCAL statement_timeout = ${MIGRATION_TIMEOUT_MS}`);
    await sql.rows('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await sql.rows(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      description text NOT NULL,
      applied_at timestamptz NOT NULL
    )`);
    const done = new Set(
      (await sql.rows<{ version: number }>('SELECT version FROM schema_migrations')).map(
        (row) => row.version,
      ),
    );
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await sql.rows(migration.sql);
      await sql.rows('INSERT INTO schema_migrations (version, description, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.description,
        now(),
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
