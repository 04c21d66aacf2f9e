import type Database from 'better-sqlite3';
import type { StateStore } from './state-store.js';
import {
  checkName,
  checkTtl,
  DEFAULT_MAX_CONVERSATIONS,
  decodeValue,
  encodeValue,
  isContextId,
  newContextId,
  storageKey,
} from './store-values.js';

/**
 * Claims, contexts, conversations and leases in SQLite (tables of migration 2). Times are
 * milliseconds from `now`; each decision is one statement, so two connections to one file
 * cannot both win a claim or a lease.
 */
export function createSqliteStateStore(
  db: Database.Database,
  options: { now: () => Date; maxConversations?: number },
): StateStore {
  const { now } = options;
  const maxConversations = options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS;
  const ms = () => now().getTime();

  const claim = db.prepare<{ key: string; now: number; expires: number }>(
    `INSERT INTO claims (key, claimed_at, expires_at) VALUES (@key, @now, @expires)
      ON CONFLICT (key) DO UPDATE SET claimed_at = excluded.claimed_at, expires_at = excluded.expires_at
      WHERE claims.expires_at <= @now`,
  );
  const putContext = db.prepare(
    'INSERT INTO contexts (id, value, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const getContext = db
    .prepare<[string, number], string>('SELECT value FROM contexts WHERE id = ? AND expires_at > ?')
    .pluck();
  const getConversation = db
    .prepare<[string, number], string>('SELECT value FROM conversations WHERE key = ? AND expires_at > ?')
    .pluck();
  const setConversation = db.prepare(
    `INSERT INTO conversations (key, value, updated_at, expires_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
        expires_at = excluded.expires_at`,
  );
  const acquire = db.prepare<{ name: string; holder: string; now: number; expires: number }>(
    `INSERT INTO leases (name, holder, acquired_at, expires_at) VALUES (@name, @holder, @now, @expires)
      ON CONFLICT (name) DO UPDATE SET
        acquired_at = CASE WHEN leases.holder = excluded.holder THEN leases.acquired_at ELSE excluded.acquired_at END,
        holder = excluded.holder, expires_at = excluded.expires_at
      WHERE leases.expires_at <= @now OR leases.holder = excluded.holder`,
  );
  const renew = db.prepare('UPDATE leases SET expires_at = ? WHERE name = ? AND holder = ?');
  const holder = db.prepare<[string, number], { holder: string; acquired_at: number; expires_at: number }>(
    'SELECT holder, acquired_at, expires_at FROM leases WHERE name = ? AND expires_at > ?',
  );
  const sweep = db.transaction((at: number) => ({
    claims: db.prepare('DELETE FROM claims WHERE expires_at <= ?').run(at).changes,
    contexts: db.prepare('DELETE FROM contexts WHERE expires_at <= ?').run(at).changes,
    conversations:
      db.prepare('DELETE FROM conversations WHERE expires_at <= ?').run(at).changes +
      db
        .prepare(
          `DELETE FROM conversations WHERE key IN
            (SELECT key FROM conversations ORDER BY updated_at DESC, key LIMIT -1 OFFSET ?)`,
        )
        .run(maxConversations).changes,
    leases: db.prepare('DELETE FROM leases WHERE expires_at <= ?').run(at).changes,
  }));

  return {
    claims: {
      async claim(key, ttlMs) {
        checkTtl(ttlMs);
        const at = ms();
        return claim.run({ key: storageKey(key), now: at, expires: at + ttlMs }).changes === 1;
      },
      async release(key) {
        db.prepare('DELETE FROM claims WHERE key = ?').run(storageKey(key));
      },
    },
    contexts: {
      async put(value, ttlMs) {
        checkTtl(ttlMs);
        const text = encodeValue(value);
        const id = newContextId();
        const at = ms();
        putContext.run(id, text, at, at + ttlMs);
        return id;
      },
      async get(id) {
        if (!isContextId(id)) return undefined;
        const text = getContext.get(id, ms());
        return text === undefined ? undefined : decodeValue(text);
      },
    },
    conversations: {
      async get(key) {
        const text = getConversation.get(storageKey(key), ms());
        return text === undefined ? undefined : decodeValue(text);
      },
      async set(key, value, ttlMs) {
        checkTtl(ttlMs);
        const text = encodeValue(value);
        const at = ms();
        setConversation.run(storageKey(key), text, at, at + ttlMs);
      },
      async delete(key) {
        db.prepare('DELETE FROM conversations WHERE key = ?').run(storageKey(key));
      },
    },
    leases: {
      async acquire(name, by, ttlMs) {
        checkName('lease name', name);
        checkName('holder', by);
        checkTtl(ttlMs);
        const at = ms();
        return acquire.run({ name, holder: by, now: at, expires: at + ttlMs }).changes === 1;
      },
      async renew(name, by, ttlMs) {
        checkName('lease name', name);
        checkName('holder', by);
        checkTtl(ttlMs);
        return renew.run(ms() + ttlMs, name, by).changes === 1;
      },
      async release(name, by) {
        checkName('lease name', name);
        checkName('holder', by);
        db.prepare('DELETE FROM leases WHERE name = ? AND holder = ?').run(name, by);
      },
      async holder(name) {
        checkName('lease name', name);
        const row = holder.get(name, ms());
        return row
          ? { holder: row.holder, acquiredAt: new Date(row.acquired_at), expiresAt: new Date(row.expires_at) }
          : undefined;
      },
    },
    async sweep() {
      return sweep(ms());
    },
  };
}
